import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../bench/linkage/generate-people';
import { main } from '../src/cli/ctip-link';

function captured() {
  let text = '';
  const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

async function run(args: string[], cwd: string) {
  const stdout = captured();
  const stderr = captured();
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, cwd });
  const lastLine = stdout.text().trim().split('\n').at(-1)!;
  return { code, stdout: stdout.text(), stderr: stderr.text(), last: lastLine.startsWith('{') && lastLine.endsWith('}') ? JSON.parse(lastLine) : undefined };
}

const folder = mkdtempSync(join(tmpdir(), 'ctip-link-'));
const people = generatePeople({ records: 1200, seed: 3 });
const header = 'id,name,birthDate,sex,nationality,province';
const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
writeFileSync(join(folder, 'people.csv'), [header, ...people.map((person) => [person.id, person.name, person.birthDate, person.sex, person.nationality, person.province].map(quote).join(','))].join('\n'));
writeFileSync(join(folder, 'left.csv'), [header, ...people.slice(0, 600).map((person) => [person.id, person.name, person.birthDate, person.sex, person.nationality, person.province].map(quote).join(','))].join('\n'));
writeFileSync(join(folder, 'right.csv'), [header, ...people.slice(600).map((person) => [person.id, person.name, person.birthDate, person.sex, person.nationality, person.province].map(quote).join(','))].join('\n'));
const settings = {
  idColumn: 'id',
  comparisons: [{ column: 'name', kind: 'personName' }, { column: 'birthDate', kind: 'date' }, { column: 'sex', kind: 'exact' }, { column: 'province', kind: 'place' }],
  blockingRules: [[{ column: 'name', transform: 'skeletonTokens' }]],
  uSamplePairs: 100000,
};
writeFileSync(join(folder, 'settings.json'), JSON.stringify(settings));

describe('ctip-link', { timeout: 120_000 }, () => {
  it('deduplicates a CSV: pairs, clusters and model written, a JSON summary last on stdout', async () => {
    const result = await run(['dedupe', 'people.csv', '--settings', 'settings.json', '--out', 'out', '--threads', '1'], folder);
    expect(result.code).toBe(0);
    expect(result.last).toMatchObject({ command: 'dedupe', mode: 'dedupe', records: 1200 });
    const pairs = readFileSync(join(folder, 'out', 'pairs.csv'), 'utf8').trim().split('\n');
    expect(pairs[0]).toBe('left_id,right_id,match_probability,match_weight,name,birthDate,sex,province');
    expect(pairs.length - 1).toBe(result.last.keptPairs);
    expect(readFileSync(join(folder, 'out', 'clusters.csv'), 'utf8').trim().split('\n')).toHaveLength(1201);
    expect(JSON.parse(readFileSync(join(folder, 'out', 'model.json'), 'utf8')).format).toBe('ctip-linkage-model');
  });

  it('links two CSVs one to one, and proposes settings when none are given', async () => {
    const result = await run(['link', 'left.csv', 'right.csv', '--out', 'linked', '--one-to-one', '--threads', '1'], folder);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('No --settings given; proposed from the columns');
    expect(result.last.outputs.settings).toContain('settings.json');
    expect(readFileSync(join(folder, 'linked', 'pairs.csv'), 'utf8').split('\n')[0]).toContain('best_link');
  });

  it('prints proposed settings as JSON that can be saved as a settings file', async () => {
    const result = await run(['propose', 'people.csv'], folder);
    expect(result.code).toBe(0);
    const proposed = JSON.parse(result.stdout);
    expect(proposed.comparisons.map((comparison: { column: string }) => comparison.column)).toEqual(['name', 'birthDate', 'sex', 'nationality', 'province']);
  });

  it('exits 2 with a clear message for a comparison on a missing column, before any work', async () => {
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ ...settings, comparisons: [{ column: 'passport', kind: 'identifier' }] }));
    const result = await run(['dedupe', 'people.csv', '--settings', 'bad.json', '--out', 'never'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('comparisons[0]: column "passport" does not exist in the data');
    expect(result.last.error).toBe('SettingsError');
  });

  it('exits 2 when a blocking rule would exceed the ceiling', async () => {
    const result = await run(['dedupe', 'people.csv', '--settings', 'settings.json', '--max-pairs', '5', '--out', 'never'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Blocking rule "skeletonTokens\(name\)" would generate [\d,]+ pairs, more than the limit of 5/);
  });

  it('exits 2 for bad arguments, with the usage', async () => {
    for (const args of [['dedupe'], ['merge', 'people.csv'], ['dedupe', 'people.csv', '--threshold', '2'], ['dedupe', 'missing.csv'], ['dedupe', 'people.csv', '--colour']]) {
      const result = await run(args, folder);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage:');
    }
  });
});
