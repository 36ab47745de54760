import { parsePartialDate } from '../comparators/partial-date';
import type { LinkageRecord } from '../encode/encode-records';
import type { BlockingRule, ColumnKind, ComparisonSettings, LinkageSettings } from '../model/settings';

const patterns: Array<[RegExp, ColumnKind | 'id']> = [
  [/^(rec_?id|record_?id|id|uuid|unique_?id|row_?id|key)$/i, 'id'],
  [/family|surname|last_?name|lastname/i, 'familyName'],
  [/given|first_?name|firstname|forename|middle/i, 'givenName'],
  [/^(name|full_?name|person|person_?name|names|alias(es)?)$/i, 'personName'],
  [/birth|dob|date/i, 'date'],
  [/^(sex|gender)$/i, 'exact'],
  [/nationality|citizenship|country|state$|^state/i, 'exact'],
  [/post_?code|zip|phone|mobile|passport|id_?(no|number)|document|soc_sec|ssn|national_?id|number$/i, 'identifier'],
  [/address|street_?name|road/i, 'freeText'],
  [/province|city|suburb|town|village|district|commune|place|region|khet|srok/i, 'place'],
];

function kindFromValues(values: string[]): ColumnKind {
  const present = values.filter((value) => value.trim().length > 0);
  if (present.length === 0) return 'exact';
  const dates = present.filter((value) => /\d/.test(value) && parsePartialDate(value) !== null && !/^\d{1,3}$/.test(value.trim())).length;
  if (dates / present.length > 0.8 && present.some((value) => /[-/]|^\d{8}$/.test(value.trim()))) return 'date';
  const digits = present.filter((value) => /^[\d\s\-+()]+$/.test(value.trim())).length;
  if (digits / present.length > 0.8) return 'identifier';
  const averageWords = present.reduce((sum, value) => sum + value.trim().split(/\s+/).length, 0) / present.length;
  if (averageWords > 2.5) return 'freeText';
  return new Set(present).size <= 30 ? 'exact' : 'place';
}

/**
 * Proposes settings for data whose columns nobody has described: each column's kind from its
 * name (given_name, surname, dob, postcode, province …) or, failing that, from a sample of its
 * values; given and family names may be swapped; blocking on each name, date and identifier and
 * on names in either order; the prior from identifiers or names with dates. A starting point to
 * print, review and save — the CLI uses it when no settings file is given.
 */
export function proposeSettings(columns: readonly string[], sample: readonly LinkageRecord[] = []): LinkageSettings {
  const comparisons: ComparisonSettings[] = [];
  let idColumn: string | undefined;
  for (const column of columns) {
    const match = patterns.find(([pattern]) => pattern.test(column));
    if (match?.[1] === 'id') {
      idColumn ??= column;
      continue;
    }
    const kind = match ? match[1] as ColumnKind : kindFromValues(sample.slice(0, 2000).map((record) => String(record[column] ?? '')));
    comparisons.push({ column, kind });
  }
  const family = comparisons.find((comparison) => comparison.kind === 'familyName');
  const given = comparisons.find((comparison) => comparison.kind === 'givenName');
  if (family && given) {
    family.swapWith = given.column;
    given.swapWith = family.column;
  }
  const of = (kind: ColumnKind) => comparisons.filter((comparison) => comparison.kind === kind).map((comparison) => comparison.column);
  const names = of('personName');
  const dates = of('date');
  const identifiers = of('identifier');
  const places = of('place');
  const blockingRules: BlockingRule[] = [];
  const deterministicRules: BlockingRule[] = [];
  if (family && given) {
    blockingRules.push([given.column, family.column]);
    blockingRules.push([{ columns: [given.column, family.column], transform: 'sortedTokens' }]);
    for (const date of dates) deterministicRules.push([{ columns: [given.column, family.column], transform: 'sortedTokens' }, date]);
  }
  for (const name of names) {
    blockingRules.push([{ column: name, transform: 'sortedTokens' }]);
    blockingRules.push([{ column: name, transform: 'phonetic' }]);
    for (const date of dates) deterministicRules.push([{ column: name, transform: 'sortedTokens' }, date]);
  }
  for (const date of dates) blockingRules.push([date]);
  for (const identifier of identifiers) {
    blockingRules.push([identifier]);
    deterministicRules.push([identifier]);
  }
  for (const place of places) if (dates[0]) blockingRules.push([place, { column: dates[0], transform: 'year' }]);
  if (blockingRules.length === 0 && comparisons[0]) blockingRules.push([comparisons[0].column]);
  return {
    ...(idColumn ? { idColumn } : {}),
    comparisons,
    blockingRules,
    ...(deterministicRules.length > 0 ? { deterministicRules } : {}),
  };
}
