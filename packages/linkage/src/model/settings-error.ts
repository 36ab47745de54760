/**
 * Thrown when settings (or a model's embedded settings) cannot be used: every problem found is
 * listed, each naming the offending field, so a settings file can be fixed in one go.
 */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(readonly problems: string[]) {
    super(`Invalid linkage settings:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Thrown before any pair is scored when a blocking rule would generate more pairs than the
 * configured ceiling; carries the count of every rule so the caller can say which to tighten.
 */
export class BlockingLimitError extends Error {
  override name = 'BlockingLimitError';
  constructor(readonly counts: Array<{ rule: string; pairs: number; limit: number }>) {
    const over = counts.filter((count) => count.pairs > count.limit);
    super(over.map((count) => `Blocking rule "${count.rule}" would generate ${count.pairs.toLocaleString('en')} pairs, more than the limit of ${count.limit.toLocaleString('en')}; add a column to it or raise maxPairsPerRule.`).join('\n'));
  }
}
