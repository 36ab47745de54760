import { describeLevel } from './comparison-kinds';
import type { ResolvedSettings } from './resolve-settings';
import type { ColumnKind, LevelDefinition, LinkageSettings } from './settings';

/** Name of the model format. */
export const modelFormat = 'ctip-linkage-model';
/** Version of the model format; a stored model with another version is refused. */
export const modelVersion = 1;

/** One level of a trained comparison, as stored and shown to administrators. */
export interface ModelLevel {
  /** Words for the level ("exact match", "within 1 year", "missing", "all other"). */
  label: string;
  type: LevelDefinition['type'] | 'missing' | 'else';
  /** P(level | match); null for the missing level, which adds no weight. */
  m: number | null;
  /** P(level | non-match); null for the missing level. */
  u: number | null;
  /** log2(m / u): the evidence this level adds to the match weight. */
  weight: number;
  /**
   * Whether agreement at this level is adjusted by the term frequency of what is shared (the
   * value at the exact level; the sorted tokens, phonetic key or consonant skeleton at the
   * equivalence levels of names), and the numerator of that adjustment: u for the exact level,
   * the chance that two random records share such a key for the others.
   */
  termFrequency: boolean;
  termFrequencyBase: number | null;
}

/**
 * Term-frequency tables: value → share of records holding it, and the same for the equivalence
 * keys of names (sorted tokens, phonetic keys, consonant skeletons, as canonical text); unseen
 * values count as `minimum` (one record).
 */
export interface TermFrequencyTable {
  minimum: number;
  values: Record<string, number>;
  keys?: { sorted: Record<string, number>; phonetic: Record<string, number>; skeleton: Record<string, number> };
}

/** One trained comparison. Level 0 is "missing", the last is "all other". */
export interface ModelComparison {
  name: string;
  column: string;
  kind: ColumnKind;
  swapWith?: string;
  levels: ModelLevel[];
  termFrequencies?: TermFrequencyTable;
  /** Training sessions (rule names) that estimated m; empty when m kept its default. */
  trainedBy: string[];
}

/** How the parameters were estimated: enough to reproduce and to judge them. */
export interface TrainingReport {
  seed: number;
  recordCount: number;
  uSamplePairs: number;
  /** How the prior was estimated: deterministic rules with their recall, or EM on the blocked pairs. */
  priorMethod: 'deterministicRules' | 'blockedPairs';
  deterministicPairs: number;
  blockedPairs: number;
  expectedMatches: number;
  totalPairs: number;
  sessions: Array<{ rule: string; pairs: number; iterations: number; converged: boolean; probabilityMatch: number; trained: string[] }>;
  warnings: string[];
}

/**
 * A trained Fellegi–Sunter model: serialisable JSON that can be stored with its version, shown to
 * administrators (m, u and weight per level) and loaded again to score new records.
 */
export interface LinkageModel {
  format: typeof modelFormat;
  version: typeof modelVersion;
  settings: LinkageSettings;
  probabilityTwoRandomRecordsMatch: number;
  /** log2 of the prior odds: the starting point of every match weight. */
  priorWeight: number;
  comparisons: ModelComparison[];
  training: TrainingReport;
}

/** Flat numeric form of a model used while scoring (and sent to workers). */
export interface ScoringTable {
  priorWeight: number;
  /** Offset of comparison c's levels in `weights`. */
  levelOffset: Int32Array;
  levelCount: Int32Array;
  weights: Float64Array;
  /** Numerator of each level's term-frequency adjustment, 0 where there is none (same layout as weights). */
  termFrequencyBase: Float64Array;
}

/** Builds the scoring table of a model. */
export function createScoringTable(model: LinkageModel): ScoringTable {
  const count = model.comparisons.length;
  const levelOffset = new Int32Array(count);
  const levelCount = new Int32Array(count);
  let total = 0;
  model.comparisons.forEach((comparison, index) => {
    levelOffset[index] = total;
    levelCount[index] = comparison.levels.length;
    total += comparison.levels.length;
  });
  const weights = new Float64Array(total);
  const termFrequencyBase = new Float64Array(total);
  model.comparisons.forEach((comparison, index) => {
    comparison.levels.forEach((level, levelIndex) => {
      weights[levelOffset[index]! + levelIndex] = level.weight;
      if (level.termFrequency && level.termFrequencyBase !== null && level.termFrequencyBase > 0) {
        termFrequencyBase[levelOffset[index]! + levelIndex] = level.termFrequencyBase;
      }
    });
  });
  return { priorWeight: model.priorWeight, levelOffset, levelCount, weights, termFrequencyBase };
}

/**
 * The weight a term-frequency adjustment adds to agreement on something of frequency f:
 * log2(base / f) — for an exact match base is u, so the level's total becomes log2(m / f): a
 * shared rare name counts for more than a shared common one. 0 when f is unknown (0).
 */
export function termFrequencyAdjustment(base: number, frequency: number): number {
  return frequency > 0 && base > 0 ? Math.log2(base / frequency) : 0;
}

/** Match probability of a match weight (log2 odds). */
export function probabilityOfWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Match weight (log2 odds) of a probability; ±Infinity at 1 and 0. */
export function weightOfProbability(probability: number): number {
  return Math.log2(probability / (1 - probability));
}

/** The labels and types of a resolved comparison's levels, missing first and "all other" last. */
export function levelSkeleton(settings: ResolvedSettings, comparisonIndex: number): Array<Pick<ModelLevel, 'label' | 'type' | 'termFrequency'>> {
  const comparison = settings.comparisons[comparisonIndex]!;
  const isNameLike = comparison.normaliser === 'name' || comparison.normaliser === 'place';
  return [
    { label: 'missing', type: 'missing', termFrequency: false },
    ...comparison.levels.map((level) => ({
      label: describeLevel(level, comparison.swapWith),
      type: level.type,
      termFrequency: level.type === 'exact'
        ? level.termFrequency === true
        : comparison.termFrequency && (level.type === 'tokensAnyOrder' || (isNameLike && (level.type === 'equivalentSpelling' || level.type === 'sameConsonants'))),
    })),
    { label: 'all other', type: 'else', termFrequency: false },
  ];
}
