// Properties on random tables: the engine either answers with finite numbers everywhere or
// refuses with a typed EstimationError — never NaN or Infinity presented as a result.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePopulation, type EstimationMethod } from './index';
import { EstimationError } from './estimation-error';

function collectNonFinite(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectNonFinite(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectNonFinite(item, `${path}.${key}`, found);
  }
}

const randomTable = (maximumLists: number) =>
  fc.integer({ min: 2, max: maximumLists }).chain((listCount) =>
    fc.record({
      lists: fc.constant(Array.from({ length: listCount }, (_value, index) => `L${index + 1}`)),
      counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 })), {
        minLength: (1 << listCount) - 1,
        maxLength: (1 << listCount) - 1,
      }),
    }),
  );

function toTable({ lists, counts }: { lists: string[]; counts: number[] }) {
  return {
    lists,
    rows: counts.map((count, index) => ({ pattern: lists.map((_name, list) => ((index + 1) >>> list) & 1), count })),
  };
}

async function expectFiniteOrTypedError(run: () => Promise<unknown>) {
  try {
    const result = await run();
    const found: string[] = [];
    collectNonFinite(result, 'result', found);
    expect(found).toEqual([]);
  } catch (error) {
    expect(error).toBeInstanceOf(EstimationError);
    expect((error as EstimationError).message.length).toBeGreaterThan(10);
  }
}

describe('estimatePopulation on random tables', () => {
  for (const method of ['stepwise', 'aic', 'main'] as EstimationMethod[]) {
    it(`${method}: finite numbers or a typed error, with a small bootstrap`, async () => {
      await fc.assert(
        fc.asyncProperty(randomTable(5), async (generated) => {
          await expectFiniteOrTypedError(() => estimatePopulation(toTable(generated), { method, bootstrap: { replicates: 15, seed: 3, workers: 0, includeReplicates: true } }));
        }),
        { numRuns: 40 },
      );
    });
  }

  for (const method of ['bic', 'downhill'] as EstimationMethod[]) {
    it(`${method}: finite numbers or a typed error`, async () => {
      await fc.assert(
        fc.asyncProperty(randomTable(4), async (generated) => {
          await expectFiniteOrTypedError(() => estimatePopulation(toTable(generated), { method, bootstrap: { replicates: 10, seed: 3, workers: 0 } }));
        }),
        { numRuns: 30 },
      );
    });
  }

  it('gives the same answer for a table however its rows are ordered', async () => {
    await fc.assert(
      fc.asyncProperty(randomTable(4), fc.integer({ min: 0, max: 1000 }), async (generated, shift) => {
        const table = toTable(generated);
        const rotated = { lists: table.lists, rows: [...table.rows.slice(shift % table.rows.length), ...table.rows.slice(0, shift % table.rows.length)] };
        const first = await estimatePopulation(table, { profile: false }).catch((error: EstimationError) => error.code);
        const second = await estimatePopulation(rotated, { profile: false }).catch((error: EstimationError) => error.code);
        if (typeof first === 'string' || typeof second === 'string') expect(second).toEqual(first);
        else expect(second.estimate).toBe(first.estimate);
      }),
      { numRuns: 30 },
    );
  });
});

describe('estimatePopulation options', () => {
  const table = { lists: ['A', 'B', 'C'], rows: [{ pattern: [1, 0, 0], count: 40 }, { pattern: [0, 1, 0], count: 30 }, { pattern: [0, 0, 1], count: 20 }, { pattern: [1, 1, 0], count: 6 }, { pattern: [1, 0, 1], count: 4 }, { pattern: [0, 1, 1], count: 3 }] };

  it('refuses bad options with a message naming the option', async () => {
    await expect(estimatePopulation(table, { threshold: 2 })).rejects.toThrow(/threshold must be a p-value/);
    await expect(estimatePopulation(table, { method: 'bic', maxOrder: 5 })).rejects.toThrow(/maxOrder must be a whole number from 1 to 2/);
    await expect(estimatePopulation(table, { bootstrap: { replicates: 1.5 } })).rejects.toThrow(/replicates must be a whole number/);
    await expect(estimatePopulation(table, { bootstrap: { replicates: 10, seed: -1 } })).rejects.toThrow(/seed/);
    await expect(estimatePopulation(table, { method: 'fixed', interactions: [['A', 'Z']] })).rejects.toThrow(/"Z", which is not one of the lists/);
    await expect(estimatePopulation(table, { method: 'nonsense' as EstimationMethod })).rejects.toThrow(/method must be one of/);
  });

  it('gives the headline, the model and timings as plain data', async () => {
    const result = await estimatePopulation(table, { method: 'stepwise' });
    expect(result.headline.estimate).toBe(result.estimate);
    expect(result.headline.interval?.method).toBe('normal-log');
    expect(result.model.check.code).toBe(0);
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
