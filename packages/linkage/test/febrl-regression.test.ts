import { describe, expect, it } from 'vitest';
import { accuracyAtThresholds } from '../../../bench/linkage/accuracy-at-thresholds';
import { febrlFolder, hasFebrl, readFebrl } from '../../../bench/linkage/febrl-data';
import { febrlSettings } from '../../../bench/linkage/febrl-settings';
import { dedupe, link } from '../src/index';

// The FEBRL data live outside the repository (../shared/data/febrl): in CI their absence is a
// failure, elsewhere the regression is skipped with a reason.
const isPresent = hasFebrl();
if (!isPresent) console.warn(`Skipping the FEBRL regression: no data in ${febrlFolder}`);

describe('FEBRL regression (unsupervised, threshold p = 0.5)', { timeout: 300_000 }, () => {
  if (!isPresent && process.env.CI) it('finds the FEBRL data', () => expect(isPresent).toBe(true));

  it.skipIf(!isPresent)('febrl4: links 4a to 4b with F1 ≥ 0.999 (Splink: 0.9992)', async () => {
    const left = readFebrl('dataset4a.csv');
    const right = readFebrl('dataset4b.csv');
    const result = await link(left.records, right.records, febrlSettings, { threads: 1, keepPairsAbove: 0.5 });
    const accuracy = accuracyAtThresholds(result.pairs, [...left.entities, ...right.entities], { isLink: true, leftCount: left.records.length });
    expect(accuracy['p=0.5'].f1).toBeGreaterThanOrEqual(0.999);
  });

  it.skipIf(!isPresent)('febrl3: deduplicates with F1 ≥ 0.995 (Splink: 0.9929)', async () => {
    const data = readFebrl('dataset3.csv');
    const result = await dedupe(data.records, febrlSettings, { threads: 1, keepPairsAbove: 0.5 });
    const accuracy = accuracyAtThresholds(result.pairs, data.entities, { isLink: false, leftCount: data.records.length });
    expect(accuracy['p=0.5'].f1).toBeGreaterThanOrEqual(0.995);
  });
});
