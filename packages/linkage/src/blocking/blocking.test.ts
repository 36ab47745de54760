import { describe, expect, it } from 'vitest';
import { encodeRecords } from '../encode/encode-records';
import { resolveSettings } from '../model/resolve-settings';
import type { LinkageSettings } from '../model/settings';
import { buildBlockIndex } from './block-index';
import { forEachTaskPair, planPairTasks } from './pair-tasks';

const records = [
  { name: 'Chea Sokha', city: 'Kampot', year: '1990' },
  { name: 'Sokha Chea', city: 'Kampot', year: '1990' },
  { name: 'Chea Dara', city: 'Kep', year: '1990' },
  { name: 'Lim Dara', city: 'Kep', year: '1985' },
  { name: 'Lim Sokha', city: 'Kampot', year: null },
  { name: null, city: 'Kampot', year: '1990' },
];

const settings: LinkageSettings = {
  comparisons: [{ column: 'name', kind: 'personName' }, { column: 'city', kind: 'exact' }, { column: 'year', kind: 'date' }],
  blockingRules: [['city'], [{ column: 'name', transform: 'tokens' }], [{ column: 'year', transform: 'year' }]],
};

/** Every pair the rules generate by brute force: a pair belongs to a rule when they share a key. */
function bruteForce(isLink: boolean, leftCount: number, keysOf: (record: number, rule: number) => string[]): Set<string> {
  const pairs = new Set<string>();
  for (let a = 0; a < records.length; a++) {
    for (let b = a + 1; b < records.length; b++) {
      if (isLink && (a >= leftCount || b < leftCount)) continue;
      for (let rule = 0; rule < 3; rule++) {
        const keys = keysOf(a, rule);
        if (keysOf(b, rule).some((key) => keys.includes(key))) pairs.add(`${a}-${b}`);
      }
    }
  }
  return pairs;
}

const keysOf = (record: number, rule: number): string[] => {
  const value = records[record]!;
  if (rule === 0) return value.city ? [value.city] : [];
  if (rule === 1) return value.name ? value.name.toLowerCase().split(' ') : [];
  return value.year ? [value.year] : [];
};

describe('block indexes and pair tasks', () => {
  const resolved = resolveSettings(settings);
  const { dataset, dictionaries } = encodeRecords(resolved, records);
  const indexes = resolved.blockingRules.map((rule) => buildBlockIndex(rule, dataset, dictionaries));

  it('counts the pairs each rule generates on its own, before any scoring', () => {
    // city: Kampot ×4 (6 pairs) + Kep ×2 (1); name tokens: chea ×3, sokha ×3, dara ×2, lim ×2 (3+3+1+1, minus
    // pairs sharing two tokens counted once: Chea Sokha/Sokha Chea); year 1990 ×4 (6).
    expect(indexes.map((index) => index.pairCount)).toEqual([7, 8, 6]);
  });

  it('generates each pair of the union of rules exactly once, however many rules find it', () => {
    const seen: string[] = [];
    indexes.forEach((index, rule) => {
      for (const task of planPairTasks(index, rule, false, 2)) {
        forEachTaskPair(indexes, task, false, rule, (a, b) => seen.push(`${a}-${b}`));
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(bruteForce(false, records.length, keysOf));
  });

  it('pairs only across the two lists when linking', () => {
    const { dataset: linked, dictionaries: linkedDictionaries } = encodeRecords(resolved, records.slice(0, 3), records.slice(3));
    const linkedIndexes = resolved.blockingRules.map((rule) => buildBlockIndex(rule, linked, linkedDictionaries));
    const seen: string[] = [];
    linkedIndexes.forEach((index, rule) => {
      for (const task of planPairTasks(index, rule, true, 1)) forEachTaskPair(linkedIndexes, task, true, rule, (a, b) => seen.push(`${a}-${b}`));
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(bruteForce(true, 3, keysOf));
  });
});
