import type { ColumnKind, LevelDefinition } from './settings';

/** How a kind's raw values are normalised; columns are encoded once per column and normaliser. */
export type Normaliser = 'name' | 'place' | 'exact' | 'identifier' | 'text' | 'date' | 'number';

/** The normaliser of each kind. */
export const normaliserOfKind: Record<ColumnKind, Normaliser> = {
  personName: 'name',
  familyName: 'name',
  givenName: 'name',
  place: 'place',
  exact: 'exact',
  freeText: 'text',
  identifier: 'identifier',
  date: 'date',
  number: 'number',
};

/** Whether the exact level of a kind gets a term-frequency adjustment unless told otherwise. */
export const termFrequencyByDefault: Record<ColumnKind, boolean> = {
  personName: true, familyName: true, givenName: true, place: true, exact: true,
  freeText: false, identifier: false, date: false, number: false,
};

/**
 * Default levels of each kind, strongest first. They follow Splink's comparison library where it
 * has one (names: exact then Jaro–Winkler bands; dates: exact, one typo, within a year …) and add
 * what ctip's names and dates need: any token order, equivalent spellings across romanisations,
 * swapped given and family names, partial dates and day/month swaps.
 */
export function defaultLevels(kind: ColumnKind, hasSwap: boolean): LevelDefinition[] {
  switch (kind) {
    case 'personName':
      return [
        { type: 'exact' }, { type: 'tokensAnyOrder' }, { type: 'equivalentSpelling' }, { type: 'sameConsonants' },
        { type: 'tokenSet', threshold: 0.92 }, { type: 'tokenSet', threshold: 0.8 },
      ];
    case 'familyName':
    case 'givenName':
      return [
        { type: 'exact' },
        ...(hasSwap ? [{ type: 'swapped', threshold: 0.92 } as const] : []),
        { type: 'equivalentSpelling' },
        { type: 'tokenSet', threshold: 0.92 }, { type: 'tokenSet', threshold: 0.8 },
      ];
    case 'place':
      // Edit distance, not Jaro–Winkler: place names share long prefixes (Kampong Cham, Kampong
      // Thom), which Jaro–Winkler rewards; one typo or variant letter is what a respelling makes.
      return [{ type: 'exact' }, { type: 'equivalentSpelling' }, { type: 'damerauLevenshtein', maxDistance: 1 }];
    case 'exact':
      return [{ type: 'exact' }];
    case 'freeText':
      return [{ type: 'exact' }, { type: 'jaroWinkler', threshold: 0.9 }, { type: 'jaroWinkler', threshold: 0.7 }];
    case 'identifier':
      return [{ type: 'exact' }, { type: 'damerauLevenshtein', maxDistance: 1 }, { type: 'damerauLevenshtein', maxDistance: 2 }];
    case 'date':
      return [
        { type: 'sameDay' }, { type: 'dateTypo', maxDistance: 1 }, { type: 'dayMonthSwapped' },
        { type: 'withinDays', days: 31 }, { type: 'sameAtPrecision', precision: 'month' },
        { type: 'sameAtPrecision', precision: 'year' }, { type: 'withinYears', years: 1 }, { type: 'withinYears', years: 5 },
      ];
    case 'number':
      return [{ type: 'withinAbsolute', distance: 0 }, { type: 'withinRelative', ratio: 0.1 }];
  }
}

/** Which level types make sense on which normalised column. */
export function isLevelAllowed(level: LevelDefinition['type'], normaliser: Normaliser): boolean {
  const dateLevels = ['sameDay', 'sameAtPrecision', 'dateTypo', 'dayMonthSwapped', 'withinDays', 'withinYears'];
  const numberLevels = ['withinAbsolute', 'withinRelative'];
  if (normaliser === 'date') return dateLevels.includes(level);
  if (normaliser === 'number') return numberLevels.includes(level);
  return !dateLevels.includes(level) && !numberLevels.includes(level);
}

/** Words describing a level, for explanations and the administrators' model view. */
export function describeLevel(level: LevelDefinition, swapWith?: string): string {
  switch (level.type) {
    case 'exact': return 'exact match';
    case 'tokensAnyOrder': return 'same words in another order';
    case 'equivalentSpelling': return 'equivalent spelling';
    case 'sameConsonants': return 'same consonants';
    case 'jaroWinkler': return `Jaro–Winkler ≥ ${level.threshold}`;
    case 'tokenSet': return `similar (≥ ${level.threshold})`;
    case 'levenshtein': return `at most ${level.maxDistance} edit${level.maxDistance === 1 ? '' : 's'}`;
    case 'damerauLevenshtein': return `at most ${level.maxDistance} typo${level.maxDistance === 1 ? '' : 's'}`;
    case 'swapped': return `swapped with ${swapWith ?? 'the other column'}`;
    case 'sameDay': return 'same date';
    case 'sameAtPrecision': return level.precision === 'month' ? 'same month (partial date)' : level.precision === 'year' ? 'same year (partial date)' : 'same as far as both are known';
    case 'dateTypo': return `date differs by ${level.maxDistance} typing error${level.maxDistance === 1 ? '' : 's'}`;
    case 'dayMonthSwapped': return 'day and month swapped';
    case 'withinDays': return `within ${level.days} days`;
    case 'withinYears': return `within ${level.years} year${level.years === 1 ? '' : 's'}`;
    case 'withinAbsolute': return level.distance === 0 ? 'equal' : `within ${level.distance}`;
    case 'withinRelative': return `within ${Math.round(level.ratio * 100)} %`;
  }
}
