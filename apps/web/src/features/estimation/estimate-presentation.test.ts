import { describe, expect, it } from 'vitest';
import { ESTIMATION_CAVEATS } from '@ctip/contracts';
import { resources, type TranslationTree } from '../../locales/resources';
import { criterionOf, interactionTerms, orderCaveats, orderIntervals, orderTableRows, termLists, warningKey } from './estimate-presentation';

function lookup(tree: TranslationTree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TranslationTree)[part] : undefined), tree);
}

describe('presenting an estimate', () => {
  it('names the criterion of each method', () => {
    expect(criterionOf('bic')).toBe('BIC');
    expect(criterionOf('downhill')).toBe('BIC');
    expect(criterionOf('stepwise')).toBe('AIC');
  });

  it('splits model terms into their lists and keeps the interactions', () => {
    expect(termLists('Police:NGO')).toEqual(['Police', 'NGO']);
    expect(interactionTerms(['Police', 'NGO', 'Police:NGO', 'A:B:C'])).toEqual(['Police:NGO', 'A:B:C']);
  });

  it('orders intervals by level, then normal-log, profile, BCa', () => {
    const ordered = orderIntervals([
      { method: 'bca', level: 0.95, lower: 1, upper: 2 },
      { method: 'normal-log', level: 0.8, lower: 1, upper: 2 },
      { method: 'profile', level: 0.95, lower: 1, upper: 2 },
      { method: 'normal-log', level: 0.95, lower: 1, upper: 2 },
    ]);
    expect(ordered.map((interval) => `${interval.method}@${interval.level}`)).toEqual(['normal-log@0.95', 'profile@0.95', 'bca@0.95', 'normal-log@0.8']);
  });

  it('orders cautions and table cells alike every time', () => {
    expect(orderCaveats(['no_bootstrap', 'closed_population', 'few_overlaps'])).toEqual(['closed_population', 'few_overlaps', 'no_bootstrap']);
    const rows = orderTableRows([{ pattern: [1, 0, 0], count: 5 }, { pattern: [1, 1, 1], count: 1 }, { pattern: [0, 1, 0], count: 9 }, { pattern: [1, 1, 0], count: 2 }]);
    expect(rows.map((row) => row.pattern.join(''))).toEqual(['111', '110', '010', '100']);
  });

  it('reads the engine\'s warnings back into words it can translate', () => {
    expect(warningKey('The 95% profile-likelihood interval has no upper limit below three times the estimate.')).toEqual({ key: 'warnings.profileUnbounded', values: { level: 95 } });
    expect(warningKey('No one is on both lists of Police:NGO, A:B; those interactions are fixed at −∞.')).toEqual({ key: 'warnings.minusInfinity', values: { terms: 'Police × NGO, A × B' } });
    expect(warningKey('12 of 1000 bootstrap replicates could not be fitted and were left out.')).toEqual({ key: 'warnings.failedReplicates', values: { failed: 12, total: 1000 } });
    expect(warningKey('BCa interval: every bootstrap estimate lies below the point estimate, so the bias correction is infinite.')?.key).toBe('warnings.bcaBias');
    expect(warningKey('Something new the engine says.')).toBeNull();
  });

  it('has words for every caution and warning in both languages', () => {
    const keys = [
      ...ESTIMATION_CAVEATS.flatMap((caveat) => [`caveats.${caveat}.title`, `caveats.${caveat}.body`]),
      ...['profileUnbounded', 'minusInfinity', 'bicTopModels', 'unboundedReplicates', 'failedReplicates', 'bcaTooFew', 'bcaAcceleration', 'bcaBias', 'bcaUnbounded'].map((name) => `warnings.${name}`),
    ];
    for (const key of keys) {
      expect(typeof lookup(resources.en.estimation, key), `en ${key}`).toBe('string');
      expect(typeof lookup(resources.km.estimation, key), `km ${key}`).toBe('string');
    }
  });
});
