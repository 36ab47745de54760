import type { ReferenceStatistic } from '@ctip/contracts';

/**
 * How to say a published figure: the translation key of its qualifier (`about 500`, `more
 * than 1,000`, `200–300`, not available) and the formatted numbers to put in it.
 */
export function describeStatisticValue(
  statistic: Pick<ReferenceStatistic, 'value' | 'upperValue' | 'qualifier'>,
  format: (value: number) => string,
): { key: string; value: string; upper: string } {
  if (statistic.value === null || statistic.qualifier === 'not_available') return { key: 'not_available', value: '', upper: '' };
  const value = format(statistic.value);
  if (statistic.qualifier === 'range') {
    return statistic.upperValue === null ? { key: 'exact', value, upper: '' } : { key: 'range', value, upper: format(statistic.upperValue) };
  }
  return { key: statistic.qualifier, value, upper: '' };
}
