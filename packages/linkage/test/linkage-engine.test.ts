import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../bench/linkage/generate-people';
import {
  BlockingLimitError, dedupe, describeModel, evaluatePairs, explainPair, findCandidates, link, parseModel, personSettings,
  probabilityOfWeight, serialiseModel, SettingsError, train, type LinkageProgress, type LinkageSettings,
} from '../src/index';

const people = generatePeople({ records: 3000, seed: 11 });
const truth = people.map((person) => person.entity);
const records = people.map(({ entity: _entity, ...record }) => record);
const settings: LinkageSettings = { ...personSettings, uSamplePairs: 200_000 };

function matchedPairs(result: Awaited<ReturnType<typeof dedupe>>, threshold = 0.5) {
  const left: number[] = [];
  const right: number[] = [];
  for (let pair = 0; pair < result.pairs.count; pair++) {
    if (probabilityOfWeight(result.pairs.weights[pair]!) >= threshold) {
      left.push(result.pairs.left[pair]!);
      right.push(result.pairs.right[pair]!);
    }
  }
  return { left, right };
}

describe('dedupe of generated Cambodian-style people', { timeout: 120_000 }, async () => {
  const result = await dedupe(records, settings, { threads: 1 });

  it('finds most duplicates across scripts and spellings without labels', () => {
    const { left, right } = matchedPairs(result);
    const accuracy = evaluatePairs(left, right, truth);
    expect(accuracy.precision).toBeGreaterThan(0.9);
    expect(accuracy.recall).toBeGreaterThan(0.75);
  });

  it('explains every pair: the prior plus each comparison adds up to the match weight', () => {
    for (const pair of [0, Math.floor(result.pairs.count / 2), result.pairs.count - 1]) {
      const explained = result.explain(pair);
      const sum = explained.priorWeight + explained.comparisons.reduce((total, part) => total + part.weight, 0);
      expect(sum).toBeCloseTo(explained.matchWeight, 6);
      expect(explained.comparisons.map((part) => part.comparison)).toEqual(['name', 'birthDate', 'sex', 'nationality', 'province']);
      expect(explained.matchProbability).toBeCloseTo(probabilityOfWeight(explained.matchWeight), 12);
    }
  });

  it('gives a stored model that scores new data the same way', async () => {
    const stored = JSON.parse(serialiseModel(result.model));
    expect(stored.format).toBe('ctip-linkage-model');
    expect(stored.version).toBe(1);
    const again = await dedupe(records, parseModel(stored), { threads: 1 });
    expect(Array.from(again.pairs.weights)).toEqual(Array.from(result.pairs.weights));
    expect(describeModel(result.model).every((row) => Number.isFinite(row.weight))).toBe(true);
  });

  it('weighs an exact match on a rare name more than on a common one (term frequencies)', () => {
    const name = result.model.comparisons[0]!;
    const table = name.termFrequencies!;
    const [common] = Object.entries(table.values).sort((x, y) => y[1] - x[1])[0]!;
    const base = { birthDate: '1990-01-01', sex: 'F', nationality: 'KH', province: 'Kampot' };
    const commonPair = explainPair(result.model, { ...base, name: common }, { ...base, name: common });
    const rarePair = explainPair(result.model, { ...base, name: 'Zzyzx Qwerty' }, { ...base, name: 'Zzyzx Qwerty' });
    expect(rarePair.comparisons[0]!.weight).toBeGreaterThan(commonPair.comparisons[0]!.weight + 3);
    expect(commonPair.comparisons[0]!.termFrequencyAdjustment).toBeLessThan(0);
  });

  it('finds the likely existing persons for a new entry, with reasons field by field', () => {
    const target = people.findIndex((person, index) => people.some((other, otherIndex) => otherIndex !== index && other.entity === person.entity && other.name === person.name));
    const candidates = findCandidates(result.model, records[target]!, records.filter((_, index) => index !== target), { limit: 5 });
    expect(candidates.length).toBeGreaterThan(0);
    const best = candidates[0]!;
    const bestPerson = people.filter((_, index) => index !== target)[best.index]!;
    expect(bestPerson.entity).toBe(people[target]!.entity);
    expect(best.comparisons[0]!.label).toMatch(/exact|words|spelling|consonants|similar/);
    for (let index = 1; index < candidates.length; index++) expect(candidates[index - 1]!.matchWeight).toBeGreaterThanOrEqual(candidates[index]!.matchWeight);
  });
});

describe('determinism, threads and control', { timeout: 120_000 }, () => {
  it('gives the same model and pairs for a seed, in one thread or two', async () => {
    const small = records.slice(0, 1500);
    const first = await dedupe(small, settings, { threads: 1 });
    const second = await dedupe(small, settings, { threads: 1 });
    const workers = await dedupe(small, settings, { threads: 2 });
    expect(serialiseModel(second.model)).toBe(serialiseModel(first.model));
    expect(serialiseModel(workers.model)).toBe(serialiseModel(first.model));
    expect(Array.from(workers.pairs.left)).toEqual(Array.from(first.pairs.left));
    expect(Array.from(workers.pairs.weights)).toEqual(Array.from(first.pairs.weights));
    const other = await dedupe(small, { ...settings, seed: 7 }, { threads: 1 });
    expect(other.model.training.seed).toBe(7);
  });

  it('reports progress through the phases in order', async () => {
    const phases: LinkageProgress['phase'][] = [];
    await dedupe(records.slice(0, 800), settings, { threads: 1, onProgress: (progress) => { if (phases.at(-1) !== progress.phase) phases.push(progress.phase); } });
    expect(phases).toEqual(['encode', 'index', 'estimate-u', 'train-m', 'estimate-prior', 'cluster']);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const running = dedupe(records, settings, { threads: 1, signal: controller.signal, onProgress: (progress) => { if (progress.phase === 'estimate-u') controller.abort(); } });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a blocking rule over the ceiling before scoring anything, with every rule\'s count', async () => {
    const phases = new Set<string>();
    const running = dedupe(records, { ...settings, maxPairsPerRule: 10 }, { threads: 1, onProgress: (progress) => phases.add(progress.phase) });
    await expect(running).rejects.toBeInstanceOf(BlockingLimitError);
    const error = await running.then(() => { throw new Error('expected a refusal'); }, (caught: BlockingLimitError) => caught);
    expect(error.counts.length).toBeGreaterThan(3);
    expect(error.message).toMatch(/would generate [\d,]+ pairs, more than the limit of 10/);
    expect(phases.has('score')).toBe(false);
    expect(phases.has('estimate-u')).toBe(false);
  });

  it('refuses settings naming a column the records do not have', async () => {
    await expect(train({ ...settings, comparisons: [...settings.comparisons, { column: 'passport', kind: 'identifier' }] }, records)).rejects.toBeInstanceOf(SettingsError);
  });
});

describe('linking two lists one to one', { timeout: 120_000 }, () => {
  it('keeps at most one partner per record', async () => {
    const left = records.slice(0, 1500);
    const right = records.slice(1500);
    const result = await link(left, right, settings, { threads: 1, oneToOne: true });
    const chosen = Array.from(result.bestLinks!);
    expect(new Set(chosen.map((pair) => result.pairs.left[pair])).size).toBe(chosen.length);
    expect(new Set(chosen.map((pair) => result.pairs.right[pair])).size).toBe(chosen.length);
    expect(result.summary.mode).toBe('link');
  });
});

describe('bad input', { timeout: 120_000 }, () => {
  it('never crashes or yields NaN: empty names, one script only, absurd dates, huge values, wrong types', async () => {
    const strange = [
      { name: '', birthDate: 'yesterday', sex: null, nationality: null, province: null },
      { name: 'ជា សុខា', birthDate: '3000-01-01', sex: 'F', nationality: 'KH', province: 'កំពត' },
      { name: 'ជា សុខា', birthDate: '0000', sex: 'F', nationality: 'KH', province: 'កំពត' },
      { name: '陈', birthDate: '1990-13-45', sex: 'M', nationality: 'CN', province: '' },
      { name: 'x'.repeat(200_000), birthDate: '9'.repeat(10_000), sex: 'x'.repeat(10_000), nationality: 'N/A', province: 'unknown' },
      { name: 12345, birthDate: 19900101, sex: 1, nationality: 0, province: -1 },
      { name: '???', birthDate: '', sex: '', nationality: '', province: '' },
      {},
    ];
    const result = await dedupe([...records.slice(0, 400), ...strange as never[]], settings, { threads: 1, keepPairsAbove: 0.001 });
    expect(Array.from(result.pairs.weights).every(Number.isFinite)).toBe(true);
    expect(describeModel(result.model).every((row) => Number.isFinite(row.weight) && (row.m === null || Number.isFinite(row.m)))).toBe(true);
    const explained = explainPair(result.model, strange[0] as never, strange[4] as never);
    expect(Number.isFinite(explained.matchWeight)).toBe(true);
    expect(findCandidates(result.model, {}, [])).toEqual([]);
  });
});
