import { describe, expect, it } from 'vitest';
import { proposeSettings } from '../presets/propose-settings';
import { resolveSettings } from './resolve-settings';
import { SettingsError } from './settings-error';

const columns = ['id', 'given_name', 'surname', 'dob', 'postcode'];
const valid = {
  comparisons: [
    { column: 'given_name', kind: 'givenName', swapWith: 'surname' },
    { column: 'surname', kind: 'familyName' },
    { column: 'dob', kind: 'date' },
  ],
  blockingRules: [['surname'], [{ column: 'dob', transform: 'year' }, 'postcode']],
};

function problemsOf(settings: unknown, known = columns): string[] {
  try {
    resolveSettings(settings, known);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('resolveSettings', () => {
  it('fills every default: levels by kind, term frequencies, training rules, ceilings', () => {
    const resolved = resolveSettings(valid, columns);
    expect(resolved.comparisons[0]!.levels.map((level) => level.type)).toContain('swapped');
    expect(resolved.comparisons[1]!.levels[0]).toEqual({ type: 'exact', termFrequency: true });
    expect(resolved.comparisons[2]!.levels.map((level) => level.type)).toContain('dayMonthSwapped');
    expect(resolved.trainingRules).toEqual(resolved.blockingRules);
    expect(resolved.blockingRules[1]!.name).toBe('year(dob) & postcode');
    expect(resolved.maxPairsPerRule).toBe(50_000_000);
    expect([...resolved.columns.keys()]).toEqual(expect.arrayContaining(['given_name#name', 'surname#name', 'dob#date', 'postcode#exact']));
  });

  it('refuses a comparison or rule on a column the data does not have, naming it', () => {
    const problems = problemsOf({ ...valid, comparisons: [...valid.comparisons, { column: 'email', kind: 'exact' }], blockingRules: [['phone']] });
    expect(problems).toEqual(expect.arrayContaining([
      'comparisons[3]: column "email" does not exist in the data',
      'blockingRules[0]: column "phone" does not exist in the data',
    ]));
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      comparisons: [
        { column: 'given_name', kind: 'nickname' },
        { column: 'dob', kind: 'date', levels: [{ type: 'jaroWinkler', threshold: 0.9 }] },
        { column: 'surname', kind: 'familyName', levels: [{ type: 'tokenSet', threshold: 3 }] },
      ],
      blockingRules: [],
      maxPairsPerRule: -1,
      colour: 'red',
    });
    expect(problems.some((problem) => problem.startsWith('comparisons[0]: "kind" must be one of'))).toBe(true);
    expect(problems).toContain('comparisons[1].levels[0]: level "jaroWinkler" does not apply to a date column');
    expect(problems).toContain('comparisons[2].levels[0]: "threshold" must be a number from 0.01 to 1');
    expect(problems).toContain('blockingRules: must be a non-empty list of rules');
    expect(problems).toContain('maxPairsPerRule: must be a positive integer');
    expect(problems).toContain('colour: unknown setting');
  });

  it('refuses what is not settings at all', () => {
    expect(problemsOf(null)).toEqual(['settings must be a JSON object']);
    expect(problemsOf('comparisons')).toEqual(['settings must be a JSON object']);
  });
});

describe('proposeSettings', () => {
  it('guesses kinds from column names and values, and lets given and family names swap', () => {
    const proposed = proposeSettings(['rec_id', 'given_name', 'surname', 'date_of_birth', 'soc_sec_id', 'suburb', 'notes'], [
      { notes: 'met at the border crossing in the evening with two others' },
    ]);
    expect(proposed.idColumn).toBe('rec_id');
    const kinds = Object.fromEntries(proposed.comparisons.map((comparison) => [comparison.column, comparison.kind]));
    expect(kinds).toEqual({ given_name: 'givenName', surname: 'familyName', date_of_birth: 'date', soc_sec_id: 'identifier', suburb: 'place', notes: 'freeText' });
    expect(proposed.comparisons.find((comparison) => comparison.column === 'surname')!.swapWith).toBe('given_name');
    expect(() => resolveSettings(proposed, ['rec_id', 'given_name', 'surname', 'date_of_birth', 'soc_sec_id', 'suburb', 'notes'])).not.toThrow();
  });
});
