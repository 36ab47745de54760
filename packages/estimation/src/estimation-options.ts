import { DEFAULT_AIC_THRESHOLD } from './aic-stepwise-selection';
import { EstimationError } from './estimation-error';
import { DEFAULT_STEPWISE_THRESHOLD } from './stepwise-selection';

/** How the model is chosen. */
export type EstimationMethod = 'stepwise' | 'aic' | 'bic' | 'downhill' | 'main' | 'fixed';

/** Bootstrap settings for the BCa interval. */
export interface BootstrapOptions {
  /** Number of replicates (1,000 in the published analyses); 0 for none. */
  replicates: number;
  /** 32-bit unsigned seed; the same seed gives the same interval whatever the number of workers. Default 1234. */
  seed?: number;
  /** Worker threads besides the main thread; default one per further core. 0 runs on the main thread only. */
  workers?: number;
  /**
   * BIC only: how many of the original data's best models each replicate chooses among (SCV 2024's
   * ntop). Default: all of them when there are at most 1,000, else the best 100 (the
   * MultipleSystemsEstimation default for five and six lists).
   */
  topModels?: number;
  /** Include every replicate's estimate in the result (unbounded ones as null). */
  includeReplicates?: boolean;
}

/** Options of {@link estimatePopulation}. Every field is optional. */
export interface EstimationOptions {
  method?: EstimationMethod;
  /** p-value threshold: stepwise (default 0.02) or the AIC method's Wald test (default 0.05). */
  threshold?: number;
  /** Highest interaction order for 'bic' and 'downhill'. */
  maxOrder?: number;
  /** The model for method 'fixed': interactions as lists of list names, e.g. [['LA', 'NG']]. */
  interactions?: ReadonlyArray<readonly string[]>;
  /** Confidence levels of every interval (default 0.95 and 0.8). */
  confidenceLevels?: readonly number[];
  /** Whether to compute the multinomial profile-likelihood interval (default true). */
  profile?: boolean;
  bootstrap?: BootstrapOptions | null;
}

/** Options with defaults filled in and checked. */
export interface ResolvedOptions {
  method: EstimationMethod;
  threshold: number;
  maxOrder: number;
  interactions: ReadonlyArray<readonly string[]>;
  confidenceLevels: number[];
  profile: boolean;
  bootstrap: { replicates: number; seed: number; workers: number | null; topModels: number | null; includeReplicates: boolean } | null;
}

const METHODS: readonly EstimationMethod[] = ['stepwise', 'aic', 'bic', 'downhill', 'main', 'fixed'];
/** Above this many valid models, the BIC bootstrap uses only the best {@link DEFAULT_TOP_MODELS} unless told otherwise. */
export const ALL_MODELS_LIMIT = 1000;
/** Models kept for the BIC bootstrap when there are too many to use all. */
export const DEFAULT_TOP_MODELS = 100;
/** Largest bootstrap the engine accepts in one call. */
export const MAXIMUM_REPLICATES = 100_000;

/**
 * Default highest interaction order for the exhaustive BIC search, as in the MultipleSystemsEstimation
 * package: 1 for two lists, 2 for three, 3 for four or five, 2 beyond.
 */
export function defaultBicMaxOrder(listCount: number): number {
  if (listCount <= 2) return 1;
  if (listCount === 3) return 2;
  if (listCount <= 5) return 3;
  return 2;
}

/**
 * Fills in defaults and checks every option.
 * @throws EstimationError INVALID_OPTION naming the option and the accepted values.
 */
export function resolveEstimationOptions(options: EstimationOptions, listCount: number): ResolvedOptions {
  const method = options.method ?? 'stepwise';
  if (!METHODS.includes(method)) invalid(`method must be one of ${METHODS.join(', ')}, not "${String(method)}".`);
  const threshold = options.threshold ?? (method === 'aic' ? DEFAULT_AIC_THRESHOLD : DEFAULT_STEPWISE_THRESHOLD);
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) invalid(`threshold must be a p-value between 0 and 1, not ${String(threshold)}.`);
  const maxOrder = options.maxOrder ?? (method === 'downhill' ? listCount - 1 : defaultBicMaxOrder(listCount));
  if (!Number.isInteger(maxOrder) || maxOrder < 1 || maxOrder > listCount - 1) {
    invalid(`maxOrder must be a whole number from 1 to ${listCount - 1} (the number of lists minus one), not ${String(maxOrder)}.`);
  }
  const confidenceLevels = [...(options.confidenceLevels ?? [0.95, 0.8])];
  if (confidenceLevels.length === 0 || confidenceLevels.some((level) => typeof level !== 'number' || !(level > 0 && level < 1))) {
    invalid('confidenceLevels must be one or more numbers strictly between 0 and 1, such as 0.95.');
  }
  if (method === 'fixed' && !Array.isArray(options.interactions)) invalid('method "fixed" needs the model\'s interactions, e.g. [["LA", "NG"]].');
  let bootstrap: ResolvedOptions['bootstrap'] = null;
  if (options.bootstrap && options.bootstrap.replicates !== 0) {
    const { replicates, seed = 1234, workers, topModels, includeReplicates = false } = options.bootstrap;
    if (!Number.isInteger(replicates) || replicates < 0 || replicates > MAXIMUM_REPLICATES) {
      invalid(`bootstrap replicates must be a whole number from 0 to ${MAXIMUM_REPLICATES}, not ${String(replicates)}.`);
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) invalid(`the bootstrap seed must be a whole number from 0 to 4294967295, not ${String(seed)}.`);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) invalid(`workers must be a whole number from 0 to 64, not ${String(workers)}.`);
    if (topModels !== undefined && (!Number.isInteger(topModels) || topModels < 1)) invalid(`topModels must be a whole number of at least 1, not ${String(topModels)}.`);
    bootstrap = { replicates, seed, workers: workers ?? null, topModels: topModels ?? null, includeReplicates };
  }
  return { method, threshold, maxOrder, interactions: options.interactions ?? [], confidenceLevels, profile: options.profile ?? true, bootstrap };
}

function invalid(message: string): never {
  throw new EstimationError('INVALID_OPTION', message);
}
