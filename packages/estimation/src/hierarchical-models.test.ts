import { describe, expect, it } from 'vitest';
import { enumerateHierarchicalModels, findGenerators, findNeighbourModels, modelKey } from './hierarchical-models';

const A = 1;
const B = 2;
const C = 4;
const D = 8;

describe('enumerateHierarchicalModels', () => {
  it('counts the hierarchical models as in SCV 2024 (113 for four lists to order 3, 6,893 for five to order 4)', () => {
    expect(enumerateHierarchicalModels(3, 2)).toHaveLength(8);
    expect(enumerateHierarchicalModels(3, 3)).toHaveLength(9);
    expect(enumerateHierarchicalModels(4, 2)).toHaveLength(64);
    expect(enumerateHierarchicalModels(4, 3)).toHaveLength(113);
    expect(enumerateHierarchicalModels(5, 4)).toHaveLength(6893);
    expect(enumerateHierarchicalModels(6, 2)).toHaveLength(32768);
  });

  it('only produces models containing the lower-order terms of each term', () => {
    for (const model of enumerateHierarchicalModels(4, 3)) {
      for (const term of model) {
        for (let rest = term; rest !== 0; rest &= rest - 1) {
          const parent = term & ~(rest & -rest);
          if (parent & (parent - 1)) expect(model).toContain(parent);
        }
      }
    }
  });

  it('refuses to enumerate more models than the limit', () => {
    expect(() => enumerateHierarchicalModels(5, 4, 100)).toThrow(/more than 100/);
  });
});

describe('findGenerators and findNeighbourModels', () => {
  it('finds the generators, including lists in no interaction', () => {
    expect(findGenerators([A | B, A | C, B | C, A | B | C], 4).sort()).toEqual([A | B | C, D].sort());
  });

  it('removes one generator or adds one admissible term', () => {
    const neighbours = findNeighbourModels([A | B, A | C, B | C], 3, 2).map(modelKey);
    expect(neighbours).toContain(modelKey([A | C, B | C]));
    expect(neighbours).not.toContain(modelKey([A | B, A | C, B | C, A | B | C]));
    const withTriple = findNeighbourModels([A | B, A | C, B | C], 3, 3).map(modelKey);
    expect(withTriple).toContain(modelKey([A | B, A | C, B | C, A | B | C]));
    // Removing the generator ABC leaves its two-list terms in place.
    expect(findNeighbourModels([A | B, A | C, B | C, A | B | C], 3, 3).map(modelKey)).toEqual([modelKey([A | B, A | C, B | C])]);
  });
});
