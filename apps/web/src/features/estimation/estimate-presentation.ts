import { ESTIMATION_CAVEATS, type Estimate } from '@ctip/contracts';

/** One interval of an estimate. */
export type EstimateInterval = Estimate['intervals'][number];

/** The criterion a method compares models by: BIC for the BIC searches, AIC otherwise. */
export function criterionOf(method: string): 'AIC' | 'BIC' {
  return method === 'bic' || method === 'downhill' ? 'BIC' : 'AIC';
}

/** The lists of a model term ("Police:NGO" → ["Police", "NGO"]; labels never hold a colon). */
export function termLists(term: string): string[] {
  return term.split(':');
}

/** The interaction terms of a model without its main effects (terms of one list). */
export function interactionTerms(terms: readonly string[]): string[] {
  return terms.filter((term) => termLists(term).length > 1);
}

/** The intervals in the order to show them: by level, widest confidence first, then normal-log, profile, BCa. */
export function orderIntervals(intervals: readonly EstimateInterval[]): EstimateInterval[] {
  const methodOrder = ['normal-log', 'profile', 'bca'];
  return [...intervals].sort((a, b) => b.level - a.level || methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method));
}

/** The cautions in their fixed order (the contracts' order), so every estimate reads alike. */
export function orderCaveats<Caveat extends (typeof ESTIMATION_CAVEATS)[number]>(caveats: readonly Caveat[]): Caveat[] {
  return [...caveats].sort((a, b) => ESTIMATION_CAVEATS.indexOf(a) - ESTIMATION_CAVEATS.indexOf(b));
}

/** An overlap cell as published: null when it is small enough to be suppressed. */
export function isSuppressed(value: number | null): value is null {
  return value === null;
}

/** A translation key with its values for one of the engine's English warnings, or null when unknown. */
export interface WarningKey {
  key: string;
  values: Record<string, string | number>;
}

// The engine's warnings (packages/estimation, estimate-population.ts and bca-interval.ts), read
// back into a kind and its numbers so they can be said in either language.
const WARNING_PATTERNS: Array<[RegExp, string, string[]]> = [
  [/^The (\d+)% profile-likelihood interval has no upper limit below three times the estimate\.$/, 'profileUnbounded', ['level']],
  [/^No one is on both lists of (.+); (?:that interaction is|those interactions are) fixed at −∞\.$/, 'minusInfinity', ['terms']],
  [/^The BIC bootstrap chose among the (\d+) best of (\d+) models by original-data BIC/, 'bicTopModels', ['used', 'available']],
  [/^(\d+) of (\d+) bootstrap replicates had no finite estimate/, 'unboundedReplicates', ['unbounded', 'total']],
  [/^(\d+) of (\d+) bootstrap replicates could not be fitted/, 'failedReplicates', ['failed', 'total']],
  [/^BCa interval: fewer than two bootstrap replicates could be fitted\.$/, 'bcaTooFew', []],
  [/^BCa interval: the jackknife acceleration is undefined/, 'bcaAcceleration', []],
  [/^BCa interval: every bootstrap estimate lies (?:at or above|below) the point estimate/, 'bcaBias', []],
  [/^BCa interval: an endpoint falls among bootstrap replicates whose estimate is unbounded\.$/, 'bcaUnbounded', []],
];

/** The `estimation:warnings.*` key of an engine warning, or null to show the English as it is. */
export function warningKey(text: string): WarningKey | null {
  for (const [pattern, name, valueNames] of WARNING_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string | number> = {};
    valueNames.forEach((valueName, index) => {
      const raw = match[index + 1]!;
      values[valueName] = /^\d+$/.test(raw) ? Number(raw) : raw.split(', ').map((term) => termLists(term).join(' × ')).join(', ');
    });
    return { key: `warnings.${name}`, values };
  }
  return null;
}

/** The cells of a contingency table, most lists first, then by count: the all-absent cell is not among them. */
export function orderTableRows(rows: Estimate['table']): Estimate['table'] {
  const listsOf = (pattern: readonly number[]) => pattern.reduce((sum, bit) => sum + bit, 0);
  return [...rows].sort((a, b) => listsOf(b.pattern) - listsOf(a.pattern) || b.count - a.count);
}

/** The estimate as a JSON file's text, for download (what the analyst sees, nothing more). */
export function estimateAsJson(estimate: Estimate): string {
  return `${JSON.stringify(estimate, null, 2)}\n`;
}
