/**
 * The phases a linkage run reports, in the order they come: the server loads and encodes the
 * persons, the engine blocks them into candidate pairs, trains the model (skipped when an
 * existing model is reused), scores the pairs and clusters them.
 */
export const LINKAGE_PHASES = ['load', 'encode', 'index', 'estimate-u', 'estimate-prior', 'train-m', 'score', 'cluster', 'done'] as const;

/** One of {@link LINKAGE_PHASES}. */
export type LinkagePhaseName = (typeof LINKAGE_PHASES)[number];

/** Where a run stands, for a progress bar. */
export interface RunProgress {
  /** The phase, or null for one this version of the interface does not know. */
  phase: LinkagePhaseName | null;
  /** 1-based position of the phase among {@link LINKAGE_PHASES}. */
  step: number;
  stepCount: number;
  /** Share of the current phase done, 0 to 1 (0 when its size is not known yet). */
  phaseFraction: number;
  /** Share of the whole run done, 0 to 1. */
  overallFraction: number;
}

function isKnownPhase(phase: string | null): phase is LinkagePhaseName {
  return phase !== null && (LINKAGE_PHASES as readonly string[]).includes(phase);
}

/**
 * Turns a run's phase and done/total into a progress bar's values. A completed run is whole; an
 * unknown phase counts as the first. The engine encodes and blocks twice when it trains (once to
 * train, once to score), so callers that must never move backwards keep the largest value seen.
 */
export function progressOf(run: { status: string; phase: string | null; done: number; total: number }): RunProgress {
  const stepCount = LINKAGE_PHASES.length;
  if (run.status === 'completed') return { phase: 'done', step: stepCount, stepCount, phaseFraction: 1, overallFraction: 1 };
  const phase = isKnownPhase(run.phase) ? run.phase : null;
  const index = phase === null ? 0 : LINKAGE_PHASES.indexOf(phase);
  const phaseFraction = run.total > 0 ? Math.min(1, Math.max(0, run.done / run.total)) : 0;
  // The last phase ("done") is reached only on completion: spread the others over the bar.
  const overallFraction = Math.min(1, (index + phaseFraction) / (stepCount - 1));
  return { phase, step: index + 1, stepCount, phaseFraction, overallFraction };
}
