import { describe, expect, it } from 'vitest';
import { resources, type TranslationTree } from '../../locales/resources';
import { comparisonKey, contributionScale, levelKey, priorWeightOf } from './linkage-labels';

function hasKey(tree: TranslationTree, key: string): boolean {
  const node = key.split('.').reduce<string | TranslationTree | undefined>((current, part) => (typeof current === 'object' ? current[part] : undefined), tree);
  // Counted texts live under `key_one` / `key_other`.
  if (typeof node === 'string') return true;
  const parent = key.split('.').slice(0, -1).reduce<string | TranslationTree | undefined>((current, part) => (typeof current === 'object' ? current[part] : undefined), tree);
  return typeof parent === 'object' && typeof parent[`${key.split('.').at(-1)}_other`] === 'string';
}

// Every wording of packages/linkage/src/model/comparison-kinds.ts (describeLevel).
const ENGINE_LABELS = [
  'missing', 'all other', 'exact match', 'same words in another order', 'equivalent spelling', 'same consonants',
  'Jaro–Winkler ≥ 0.9', 'similar (≥ 0.92)', 'at most 1 edit', 'at most 2 edits', 'at most 1 typo', 'at most 2 typos',
  'swapped with given', 'same date', 'same month (partial date)', 'same year (partial date)', 'same as far as both are known',
  'date differs by 1 typing error', 'day and month swapped', 'within 31 days', 'within 1 year', 'within 5 years',
  'equal', 'within 10 %', 'within 2.5',
];

describe('the words of the linkage model', () => {
  it('knows every level the engine names, in both languages', () => {
    for (const label of ENGINE_LABELS) {
      const known = levelKey(label);
      expect(known, label).not.toBeNull();
      expect(hasKey(resources.en.linkage, known!.key), `en ${label}`).toBe(true);
      expect(hasKey(resources.km.linkage, known!.key), `km ${label}`).toBe(true);
    }
  });

  it('keeps the numbers of a level', () => {
    expect(levelKey('within 5 years')).toEqual({ key: 'levels.withinYears', values: { count: 5 } });
    expect(levelKey('similar (≥ 0.8)')).toEqual({ key: 'levels.tokenSet', values: { threshold: 0.8 } });
    expect(levelKey('swapped with family')).toEqual({ key: 'levels.swapped', values: { column: 'family' } });
    expect(levelKey('within 10 %')).toEqual({ key: 'levels.withinRelative', values: { percent: 10 } });
  });

  it('leaves unknown wording to be shown as it is', () => {
    expect(levelKey('a level from a newer engine')).toBeNull();
    expect(comparisonKey('passportNumber')).toBeNull();
    expect(comparisonKey('birthDate')).toBe('comparisons.birthDate');
    expect(hasKey(resources.km.linkage, 'comparisons.birthDate')).toBe(true);
  });

  it('finds the prior as what the comparisons do not explain', () => {
    expect(priorWeightOf({ weight: 10, reasons: [{ weight: 12 }, { weight: 4.5 }, { weight: -1.5 }] })).toBeCloseTo(-5);
    expect(contributionScale([0.2, -0.5])).toBe(1);
    expect(contributionScale([3, -7.5])).toBe(7.5);
  });
});
