import type { CountryPack, ReferenceStatistic } from './country-pack';
import { loadCountryPack } from './load-country-pack';
import type { StatisticBreakdown } from './schemas/statistic-schema';

/** What to look for; every field given must match. */
export interface StatisticFilter {
  indicator?: string;
  /** Exact ISO period as stored (`2024`, `2006/2008`). */
  period?: string | null;
  /** Id of the cited source document. */
  documentId?: string;
  /** The row's breakdown must be exactly this one: `{}` selects national totals only. */
  breakdown?: StatisticBreakdown;
}

/**
 * Returns the reference statistics matching `filter`, in file order. The same figure reported
 * by two documents comes back twice, once per source.
 *
 * @throws CountryPackError when the default pack cannot be loaded.
 */
export function findStatistics(filter: StatisticFilter, pack: CountryPack = loadCountryPack()): ReferenceStatistic[] {
  return pack.statistics.filter((statistic) =>
    (filter.indicator === undefined || statistic.indicator === filter.indicator) &&
    (filter.period === undefined || statistic.period === filter.period) &&
    (filter.documentId === undefined || statistic.source.documentId === filter.documentId) &&
    (filter.breakdown === undefined || isSameBreakdown(statistic.breakdown, filter.breakdown)));
}

function isSameBreakdown(actual: StatisticBreakdown, wanted: StatisticBreakdown): boolean {
  const actualEntries = Object.entries(actual).filter(([, value]) => value !== undefined);
  const wantedEntries = Object.entries(wanted).filter(([, value]) => value !== undefined);
  return actualEntries.length === wantedEntries.length &&
    wantedEntries.every(([key, value]) => actual[key as keyof StatisticBreakdown] === value);
}
