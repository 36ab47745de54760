/** A translation key with its values, or null when the text is not one the interface knows. */
export interface LabelKey {
  key: string;
  values: Record<string, number | string>;
}

// The comparisons of the product's person model (packages/linkage, presets/person-settings.ts).
const COMPARISONS = new Set(['name', 'birthDate', 'sex', 'nationality', 'province']);

/** The `linkage:comparisons.*` key of a comparison's name, or null for one not in the product's model. */
export function comparisonKey(comparison: string): string | null {
  return COMPARISONS.has(comparison) ? `comparisons.${comparison}` : null;
}

// The engine describes each level in English words (comparison-kinds.ts, describeLevel); these
// patterns turn those words back into a level kind and its numbers, to say them in either language.
const FIXED_LEVELS: Record<string, string> = {
  missing: 'missing',
  'all other': 'else',
  'exact match': 'exact',
  'same words in another order': 'tokensAnyOrder',
  'equivalent spelling': 'equivalentSpelling',
  'same consonants': 'sameConsonants',
  'same date': 'sameDay',
  'same month (partial date)': 'sameMonth',
  'same year (partial date)': 'sameYear',
  'same as far as both are known': 'samePrecision',
  'day and month swapped': 'dayMonthSwapped',
  equal: 'equal',
};

const NUMBERED_LEVELS: Array<[RegExp, string, string]> = [
  [/^Jaro–Winkler ≥ ([\d.]+)$/, 'jaroWinkler', 'threshold'],
  [/^similar \(≥ ([\d.]+)\)$/, 'tokenSet', 'threshold'],
  [/^at most (\d+) edits?$/, 'levenshtein', 'count'],
  [/^at most (\d+) typos?$/, 'damerauLevenshtein', 'count'],
  [/^date differs by (\d+) typing errors?$/, 'dateTypo', 'count'],
  [/^within (\d+) days$/, 'withinDays', 'count'],
  [/^within (\d+) years?$/, 'withinYears', 'count'],
  [/^within (\d+) %$/, 'withinRelative', 'percent'],
  [/^within ([\d.]+)$/, 'withinAbsolute', 'distance'],
];

/**
 * The `linkage:levels.*` key of a level's label as the engine words it ("within 1 year" →
 * `levels.withinYears` with count 1), or null for wording it does not know (shown as it is).
 */
export function levelKey(label: string): LabelKey | null {
  const fixed = FIXED_LEVELS[label];
  if (fixed) return { key: `levels.${fixed}`, values: {} };
  const swapped = /^swapped with (.+)$/.exec(label);
  if (swapped) return { key: 'levels.swapped', values: { column: swapped[1]! } };
  for (const [pattern, name, valueName] of NUMBERED_LEVELS) {
    const match = pattern.exec(label);
    if (match) return { key: `levels.${name}`, values: { [valueName]: Number(match[1]) } };
  }
  return null;
}

/**
 * The weight of a pair before any comparison — the prior, log2 of the odds that two records
 * picked at random are the same person — found as the pair's match weight less what every
 * comparison added.
 */
export function priorWeightOf(candidate: { weight: number; reasons: ReadonlyArray<{ weight: number }> }): number {
  return candidate.weight - candidate.reasons.reduce((sum, reason) => sum + reason.weight, 0);
}

/** The widest absolute weight among contributions (at least 1 bit), to scale bars alike. */
export function contributionScale(weights: readonly number[]): number {
  return Math.max(1, ...weights.map((weight) => Math.abs(weight)));
}
