import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, type CommandIo } from '../command';
import { estimateCommand } from './estimate';

class Buffered extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

let directory = '';

function makeIo(): { io: CommandIo; stdout: Buffered; stderr: Buffered } {
  const stdout = new Buffered();
  const stderr = new Buffered();
  return { io: { stdout, stderr, env: {}, cwd: directory }, stdout, stderr };
}

// UK 2013, five lists (UKdat_5 as in SparseMSE), written here so the test needs no shared files.
const UK_FIVE_LISTS = `LA,NG,PFNCA,GO,GP,count
1,0,0,0,0,54
0,1,0,0,0,463
0,0,1,0,0,995
0,0,0,1,0,695
0,0,0,0,1,316
1,1,0,0,0,15
1,0,1,0,0,19
1,0,0,1,0,3
0,1,1,0,0,62
0,1,0,1,0,19
0,1,0,0,1,1
0,0,1,1,0,76
0,0,1,0,1,11
0,0,0,1,1,8
1,1,1,0,0,1
1,1,0,1,0,1
0,1,1,1,0,4
1,1,1,1,0,1
`;

beforeAll(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'ctip-estimate-'));
  writeFileSync(path.join(directory, 'uk5.csv'), UK_FIVE_LISTS);
  writeFileSync(path.join(directory, 'negative.csv'), 'A,B,count\n1,0,5\n0,1,-2\n1,1,1\n');
  writeFileSync(path.join(directory, 'one-list.csv'), 'A,count\n1,5\n');
  writeFileSync(path.join(directory, 'disjoint.csv'), 'A,B,count\n1,0,5\n0,1,7\n');
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('ctip estimate', () => {
  it('prints a readable summary with the estimate, intervals, model and overlaps', async () => {
    const { io, stdout, stderr } = makeIo();
    expect(await estimateCommand.run(['uk5.csv'], io)).toBe(0);
    expect(stderr.text).toBe('');
    expect(stdout.text).toMatch(/Estimated total: 11,313/);
    expect(stdout.text).toMatch(/95% normal on log scale\s+9,88\d – 13,02\d/);
    expect(stdout.text).toMatch(/Model: main effects \+ LA:NG, LA:PFNCA, NG:GO, NG:GP, PFNCA:GP, GO:GP/);
    expect(stdout.text).toMatch(/Overlaps between lists:/);
    expect(stdout.text).toMatch(/Published range/);
  });

  it('prints one JSON object with estimate, intervals, model terms and timings, including the BCa bootstrap', async () => {
    const { io, stdout } = makeIo();
    expect(await estimateCommand.run(['uk5.csv', '--method', 'aic', '--bootstrap', '100', '--seed', '7', '--json'], io)).toBe(0);
    expect(stdout.text.trim().split('\n')).toHaveLength(1);
    const output = JSON.parse(stdout.text);
    expect(Math.round(output.profileEstimate)).toBe(11304);
    expect(Math.round(output.estimate)).toBe(11313);
    expect(output.model.interactions).toContain('LA:NG');
    expect(output.intervals.map((interval: { method: string }) => interval.method)).toEqual(expect.arrayContaining(['normal-log', 'profile', 'bca']));
    expect(output.bootstrap).toMatchObject({ replicates: 100, seed: 7 });
    expect(output.timings.totalMs).toBeGreaterThan(0);
    expect(output.publishedRange.text).toBe('10,000 – 13,000');
    expect(output.diagnostics.overlaps).toHaveLength(5);
  });

  it('runs the BIC search with a maximum order', async () => {
    const { io, stdout } = makeIo();
    expect(await estimateCommand.run(['uk5.csv', '--method', 'bic', '--max-order', '2', '--json'], io)).toBe(0);
    expect(Math.round(JSON.parse(stdout.text).estimate)).toBe(22991);
  });

  it('rejects bad arguments with a UsageError (exit code 2 from the dispatcher)', async () => {
    const { io } = makeIo();
    await expect(estimateCommand.run([], io)).rejects.toThrow(UsageError);
    await expect(estimateCommand.run(['a.csv', 'b.csv'], io)).rejects.toThrow(/exactly one CSV file/);
    await expect(estimateCommand.run(['uk5.csv', '--method', 'magic'], io)).rejects.toThrow(/--method must be one of/);
    await expect(estimateCommand.run(['uk5.csv', '--threshold', '2'], io)).rejects.toThrow(/--threshold must be a p-value/);
    await expect(estimateCommand.run(['uk5.csv', '--bootstrap', 'many'], io)).rejects.toThrow(/--bootstrap must be a whole number/);
    await expect(estimateCommand.run(['uk5.csv', '--seed', '3'], io)).rejects.toThrow(/--seed only applies with --bootstrap/);
    await expect(estimateCommand.run(['uk5.csv', '--frobnicate'], io)).rejects.toThrow(UsageError);
  });

  it('exits with 2 and says why for unreadable or invalid files', async () => {
    const cases: Array<[string, RegExp]> = [
      ['missing.csv', /cannot read missing\.csv: no such file/],
      ['negative.csv', /Line 3: the count "-2" is not valid \(counts cannot be negative\)/],
      ['one-list.csv', /at least 2 lists; this table has 1/],
      ['disjoint.csv', /No one appears on more than one list/],
    ];
    for (const [file, message] of cases) {
      const { io, stdout, stderr } = makeIo();
      expect(await estimateCommand.run([file], io)).toBe(2);
      expect(stderr.text).toMatch(message);
      expect(stdout.text).toBe('');
    }
  });

  it('prints its usage for --help', async () => {
    const { io, stdout } = makeIo();
    expect(await estimateCommand.run(['--help'], io)).toBe(0);
    expect(stdout.text).toMatch(/Usage: ctip estimate FILE\.csv/);
    expect(existsSync(directory)).toBe(true);
  });
});
