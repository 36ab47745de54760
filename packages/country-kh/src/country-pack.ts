import type { Country } from './schemas/country-schema';
import type { LawArticle } from './schemas/law-article-schema';
import type { Law } from './schemas/law-schema';
import type { OcIndex } from './schemas/oc-index-schema';
import type { Organisation } from './schemas/organisation-schema';
import type { Place } from './schemas/place-schema';
import type { Province } from './schemas/province-schema';
import type { Source } from './schemas/source-schema';
import type { Indicator, StatisticRecord } from './schemas/statistic-schema';
import type { Vocabularies } from './schemas/vocabulary-schema';

/** A statistic's source with the cited document's title, publisher and date filled in. */
export interface ResolvedStatisticSource {
  documentId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  section: string | null;
  page: string | null;
}

/** A published figure with its source resolved (see reference-statistics.json). */
export type ReferenceStatistic = Omit<StatisticRecord, 'source'> & { source: ResolvedStatisticSource };

/** Everything the package's data files hold, validated and cross-checked. Loaded packs are frozen. */
export interface CountryPack {
  provinces: Province[];
  countries: Country[];
  places: Place[];
  organisations: Organisation[];
  laws: Law[];
  lawArticles: LawArticle[];
  ocIndex: OcIndex;
  indicators: Indicator[];
  statistics: ReferenceStatistic[];
  sources: Source[];
  vocabularies: Vocabularies;
}

/** The data files of the pack, by the key their parsed content goes under. */
export const countryPackFiles = {
  provinces: 'provinces.json',
  countries: 'countries.json',
  places: 'places.json',
  organisations: 'organisations.json',
  laws: 'laws.json',
  lawArticles: 'law-articles.json',
  ocIndex: 'oc-index.json',
  indicators: 'indicators.json',
  statistics: 'reference-statistics.json',
  sources: 'sources.json',
  vocabularies: 'vocabularies.json',
} as const;

/** The raw JSON content of each data file, as read from disk and before validation. */
export type RawCountryPackFiles = Record<keyof typeof countryPackFiles, unknown>;
