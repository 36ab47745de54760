/** What a column holds; decides how it is normalised and which comparison levels it gets. */
export type ColumnKind =
  | 'personName' // a whole name in any script and order; alternatives separated by "|"
  | 'familyName'
  | 'givenName'
  | 'date' // possibly partial: year, year-month or full date
  | 'place'
  | 'exact' // compared only for equality (sex, nationality, postcode …)
  | 'freeText'
  | 'identifier' // document or phone numbers: typing errors matter, order does not
  | 'number';

/** The column kinds, for validation and help texts. */
export const columnKinds: readonly ColumnKind[] = [
  'personName', 'familyName', 'givenName', 'date', 'place', 'exact', 'freeText', 'identifier', 'number',
];

/**
 * One comparison level. Levels are tried in order and the first that holds is the pair's level;
 * a "missing" level (either value absent, no weight) comes before them and an "all other" level
 * after them, both implicitly.
 */
export type LevelDefinition =
  | { type: 'exact'; termFrequency?: boolean }
  | { type: 'tokensAnyOrder' }
  | { type: 'equivalentSpelling' }
  | { type: 'sameConsonants' }
  | { type: 'jaroWinkler'; threshold: number }
  | { type: 'tokenSet'; threshold: number }
  | { type: 'levenshtein'; maxDistance: number }
  | { type: 'damerauLevenshtein'; maxDistance: number }
  | { type: 'swapped'; threshold: number }
  | { type: 'sameDay' }
  | { type: 'sameAtPrecision'; precision?: 'month' | 'year' }
  | { type: 'dateTypo'; maxDistance: number }
  | { type: 'dayMonthSwapped' }
  | { type: 'withinDays'; days: number }
  | { type: 'withinYears'; years: number }
  | { type: 'withinAbsolute'; distance: number }
  | { type: 'withinRelative'; ratio: number };

/** The level types, for validation. */
export const levelTypes: readonly LevelDefinition['type'][] = [
  'exact', 'tokensAnyOrder', 'equivalentSpelling', 'sameConsonants', 'jaroWinkler', 'tokenSet', 'levenshtein',
  'damerauLevenshtein', 'swapped', 'sameDay', 'sameAtPrecision', 'dateTypo', 'dayMonthSwapped',
  'withinDays', 'withinYears', 'withinAbsolute', 'withinRelative',
];

/** One comparison: a column, its kind and (optionally) its own levels. */
export interface ComparisonSettings {
  /** Unique name in the model; defaults to the column. */
  name?: string;
  column: string;
  kind: ColumnKind;
  /** Another column whose value is often entered here by mistake (given and family name). */
  swapWith?: string;
  /** Term-frequency adjustment on the exact level; default true for names, places and exact kinds. */
  termFrequency?: boolean;
  /** Levels replacing the kind's defaults, in order. */
  levels?: LevelDefinition[];
}

/** How a column's value becomes a blocking key. */
export type KeyTransform =
  | 'value' // the normalised value (each alternative of a name)
  | 'tokens' // each token on its own: records sharing any token
  | 'phonetic' // the phonetic key of the whole value (tokens sorted)
  | 'phoneticTokens' // each token's phonetic key (and Chinese surname group)
  | 'skeleton' // the consonant skeletons of the tokens, sorted
  | 'skeletonTokens' // each token's consonant skeleton (and Chinese surname group)
  | 'sortedTokens' // the tokens in sorted order
  | 'year' // the year of a date
  | `prefix:${number}`; // the first n characters of the value

/**
 * One part of a blocking rule: records agree on the transformed column. With `columns`, the
 * values of several text columns are read together, so { "columns": ["given_name", "surname"],
 * "transform": "sortedTokens" } pairs records whose names agree in either order.
 */
export interface KeyPart {
  column?: string;
  columns?: string[];
  transform?: KeyTransform;
}

/** Pairs agreeing on every part. Written as a list of columns or parts, or with a name. */
export type BlockingRule = Array<string | KeyPart> | { name?: string; on: Array<string | KeyPart> };

/** Everything the engine needs to know about a linkage job, as written in a settings file. */
export interface LinkageSettings {
  comparisons: ComparisonSettings[];
  /** Pairs to score: the union of these rules, each pair once. */
  blockingRules: BlockingRule[];
  /** Rules that (almost) only true matches satisfy; with `deterministicRecall` they give the prior. */
  deterministicRules?: BlockingRule[];
  /** Share of all true matches the deterministic rules are believed to find (default 0.9). */
  deterministicRecall?: number;
  /** Rules whose pairs train m by expectation–maximisation; default: the blocking rules. */
  trainingRules?: BlockingRule[];
  /** A rule generating more pairs than this is refused before any work (default 50 million). */
  maxPairsPerRule?: number;
  /** Random pairs sampled to estimate u (default 1 million). */
  uSamplePairs?: number;
  /** Pairs of one training rule used by EM at most (default 2 million, sampled evenly). */
  trainingPairsPerRule?: number;
  /** Seed of every random choice; the same seed gives the same model and results (default 42). */
  seed?: number;
  /** Column holding record identifiers, carried into outputs but never compared. */
  idColumn?: string;
}

/** Defaults applied by `resolveSettings`. */
export const settingDefaults = {
  deterministicRecall: 0.9,
  maxPairsPerRule: 50_000_000,
  uSamplePairs: 1_000_000,
  trainingPairsPerRule: 2_000_000,
  seed: 42,
} as const;
