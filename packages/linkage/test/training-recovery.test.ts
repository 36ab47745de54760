import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/engine/random';
import { train, type LinkageSettings } from '../src/index';

/**
 * Records drawn from a known model: values uniform over 40 per column (so u of "exact" is 1/40)
 * and, within an entity's two records, each value copied with probability 0.85 (else redrawn, so
 * m of "exact" is 0.85 + 0.15/40). The whole unsupervised pipeline must find them again.
 */
function generate(entities: number, seed: number) {
  const random = createRandom(seed);
  const draw = () => `v${Math.floor(random() * 40)}`;
  const records: Array<Record<string, string>> = [];
  for (let entity = 0; entity < entities; entity++) {
    const original = { c1: draw(), c2: draw(), c3: draw(), c4: draw() };
    records.push(original);
    const copy: Record<string, string> = {};
    for (const column of Object.keys(original) as Array<keyof typeof original>) copy[column] = random() < 0.85 ? original[column] : draw();
    records.push(copy);
  }
  return records;
}

describe('training on data from a known model', { timeout: 120_000 }, () => {
  it('recovers m and u of every comparison within tolerance, and the prior', async () => {
    const records = generate(2500, 3);
    const settings: LinkageSettings = {
      comparisons: ['c1', 'c2', 'c3', 'c4'].map((column) => ({ column, kind: 'exact' as const, termFrequency: false })),
      blockingRules: [['c1', 'c2'], ['c3', 'c4']],
      trainingRules: [['c1'], ['c2']],
      uSamplePairs: 400_000,
    };
    const model = await train(settings, records, { threads: 1 });
    const expectedM = 0.85 + 0.15 / 40;
    for (const comparison of model.comparisons) {
      const exact = comparison.levels[1]!;
      expect(exact.u!).toBeCloseTo(1 / 40, 2);
      expect(Math.abs(exact.m! - expectedM)).toBeLessThan(0.03);
      expect(comparison.trainedBy.length).toBeGreaterThan(0);
    }
    // 2,500 true pairs among 5,000·4,999/2; the blocked pairs miss those agreeing on neither pair of columns.
    const truePrior = 2500 / ((5000 * 4999) / 2);
    expect(model.probabilityTwoRandomRecordsMatch / truePrior).toBeGreaterThan(0.7);
    expect(model.probabilityTwoRandomRecordsMatch / truePrior).toBeLessThan(1.3);
  });
});
