import { describe, expect, it } from 'vitest';
import { selectBestLinks } from './best-link';
import { clusterConnectedComponents } from './connected-components';
import { evaluateClusters, evaluatePairs } from './evaluate-linkage';

describe('clusterConnectedComponents', () => {
  it('joins chains of pairs at or above the threshold and numbers clusters by first record', () => {
    const clusters = clusterConnectedComponents(6, [0, 1, 3, 2], [1, 2, 4, 5], [5, 4, 3, -1], 0);
    expect(Array.from(clusters)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('does not depend on the order of the pairs', () => {
    const forward = clusterConnectedComponents(5, [0, 2, 3], [1, 3, 4], [1, 1, 1], 0);
    const backward = clusterConnectedComponents(5, [3, 2, 0], [4, 3, 1], [1, 1, 1], 0);
    expect(Array.from(backward)).toEqual(Array.from(forward));
  });
});

describe('selectBestLinks', () => {
  it('keeps each record\'s best available partner, strongest first', () => {
    // left 0 prefers right 0 (9) but right 0 is better with left 1 (10): 1–0 wins, 0 takes 1.
    const chosen = selectBestLinks([0, 0, 1, 2], [0, 1, 0, 2], [9, 5, 10, -3], 0);
    expect(Array.from(chosen)).toEqual([1, 2]);
  });
});

describe('evaluatePairs and evaluateClusters', () => {
  const truth = ['a', 'a', 'a', 'b', 'b', 'c', null];

  it('counts missed true pairs, including pairs never generated', () => {
    const accuracy = evaluatePairs([0, 3, 0], [1, 4, 5], truth);
    expect(accuracy).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(accuracy.precision).toBeCloseTo(2 / 3, 12);
    expect(accuracy.recall).toBeCloseTo(0.5, 12);
    expect(accuracy.f1).toBeCloseTo(4 / 7, 12);
  });

  it('counts links between two lists only across them', () => {
    const accuracy = evaluatePairs([0, 1], [3, 4], ['a', 'b', 'c', 'a', 'b'], { isLink: true, leftCount: 3 });
    expect(accuracy).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('scores clusters by their implied pairs and by exact agreement', () => {
    const perfect = evaluateClusters([0, 0, 0, 1, 1, 2, 3], truth);
    expect(perfect.pairwise.f1).toBe(1);
    expect(perfect.exact.f1).toBe(1);
    const merged = evaluateClusters([0, 0, 0, 0, 0, 1, 2], truth);
    expect(merged.pairwise.precision).toBeCloseTo(4 / 10, 12);
    expect(merged.exact.truePositives).toBe(2);
  });
});
