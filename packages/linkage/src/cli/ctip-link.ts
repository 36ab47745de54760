import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LinkageRecord } from '../encode/encode-records';
import { serialiseModel } from '../linkage-api';
import type { LinkageModel } from '../model/linkage-model';
import { probabilityOfWeight } from '../model/linkage-model';
import { parseModel } from '../model/parse-model';
import { resolveSettings } from '../model/resolve-settings';
import type { LinkageSettings } from '../model/settings';
import { BlockingLimitError, SettingsError } from '../model/settings-error';
import { proposeSettings } from '../presets/propose-settings';
import { runLinkage, type LinkageResult } from '../run-linkage';
import { readCsv, writeCsv } from './csv-files';
import { createProgressBar } from './progress-bar';

/** Streams and environment of one run, so tests can pass buffers. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
}

/** A bad command line or settings: printed with the usage, exit code 2, before any work. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The help text, printed by --help and after a usage error. */
export const usage = `Usage:
  ctip-link dedupe <records.csv> [options]          find duplicates within one list
  ctip-link link <left.csv> <right.csv> [options]   link two lists
  ctip-link propose <records.csv> [<right.csv>]     print settings proposed from the columns

Options:
  --settings <file>     JSON settings (columns' kinds, blocking rules); proposed when absent
  --model <file>        a trained model (JSON) to use instead of training
  --out <folder>        where pairs.csv, clusters.csv, model.json go (default: ctip-link-output)
  --threshold <p>       match probability that joins records (default 0.5)
  --keep <p>            write pairs at or above this probability (default: the threshold)
  --one-to-one          link: each record links to at most one record of the other list
  --threads <n>         worker threads (default: all cores)
  --seed <n>            seed of every random choice (default: the settings' or 42)
  --max-pairs <n>       refuse a blocking rule generating more pairs than this
  --help                this text

The last line on stdout is a JSON summary. Exit codes: 0 done, 1 failed, 2 bad arguments or settings.`;

function probabilityOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0 && number < 1)) throw new UsageError(`--${name} must be a probability between 0 and 1, got "${value}"`);
  return number;
}

function integerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive integer, got "${value}"`);
  return number;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The ${what} file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function idOf(record: LinkageRecord, idColumn: string | undefined, row: number): string {
  const id = idColumn ? record[idColumn] : undefined;
  return id == null || id === '' ? String(row + 1) : String(id);
}

async function writeOutputs(result: LinkageResult, out: string, left: LinkageRecord[], right: LinkageRecord[] | undefined, idColumn: string | undefined) {
  await mkdir(out, { recursive: true });
  const files = { pairs: join(out, 'pairs.csv'), clusters: join(out, 'clusters.csv'), model: join(out, 'model.json') };
  const { pairs, model } = result;
  const rightList = right ?? left;
  const chosen = result.bestLinks ? new Set(result.bestLinks) : undefined;
  const header = ['left_id', 'right_id', 'match_probability', 'match_weight', ...(chosen ? ['best_link'] : []), ...model.comparisons.map((comparison) => comparison.name)];
  function* pairRows() {
    for (let pair = 0; pair < pairs.count; pair++) {
      const weight = pairs.weights[pair]!;
      yield [
        idOf(left[pairs.left[pair]!]!, idColumn, pairs.left[pair]!),
        idOf(rightList[pairs.right[pair]!]!, idColumn, pairs.right[pair]!),
        probabilityOfWeight(weight).toFixed(6), weight.toFixed(3),
        ...(chosen ? [chosen.has(pair) ? 'yes' : 'no'] : []),
        ...model.comparisons.map((comparison, c) => comparison.levels[pairs.levels[pair * pairs.comparisons + c]!]!.label),
      ];
    }
  }
  await writeCsv(files.pairs, header, pairRows());
  function* clusterRows() {
    for (let record = 0; record < result.clusters.length; record++) {
      const isRight = right !== undefined && record >= left.length;
      const row = isRight ? record - left.length : record;
      yield [...(right ? [isRight ? 'right' : 'left'] : []), idOf((isRight ? right : left)[row]!, idColumn, row), result.clusters[record]];
    }
  }
  await writeCsv(files.clusters, [...(right ? ['list'] : []), 'id', 'cluster'], clusterRows());
  await writeFile(files.model, serialiseModel(model));
  return files;
}

/**
 * Runs the `ctip-link` command line: reads CSV files, trains (or loads) a model, scores blocked
 * pairs, clusters and writes pairs.csv, clusters.csv and model.json; prints a JSON summary as the
 * last line of stdout. Resolves to the exit code: 0 done, 1 failed, 2 bad arguments or settings
 * (reported before any scoring).
 */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  const started = Date.now();
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv, allowPositionals: true, strict: true,
        options: {
          settings: { type: 'string' }, model: { type: 'string' }, out: { type: 'string' }, threshold: { type: 'string' },
          keep: { type: 'string' }, 'one-to-one': { type: 'boolean' }, threads: { type: 'string' }, seed: { type: 'string' },
          'max-pairs': { type: 'string' }, help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help || positionals.length === 0) {
      io.stdout.write(`${usage}\n`);
      return values.help ? 0 : 2;
    }
    const [command, ...files] = positionals;
    const expected = command === 'dedupe' ? 1 : command === 'link' ? 2 : command === 'propose' ? [1, 2] : null;
    if (expected === null) throw new UsageError(`Unknown command "${command}"; use dedupe, link or propose`);
    if (Array.isArray(expected) ? !expected.includes(files.length) : files.length !== expected) {
      throw new UsageError(`"${command}" needs ${command === 'link' ? 'two CSV files' : command === 'propose' ? 'one or two CSV files' : 'one CSV file'}`);
    }
    const threshold = probabilityOption(values.threshold, 'threshold', 0.5);
    const keep = probabilityOption(values.keep, 'keep', threshold);
    const threads = integerOption(values.threads, 'threads');
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    const maxPairs = integerOption(values['max-pairs'], 'max-pairs');
    if (values['one-to-one'] && command !== 'link') throw new UsageError('--one-to-one applies to link only');
    if (values.settings && values.model) throw new UsageError('give --settings or --model, not both');

    let tables;
    try {
      tables = await Promise.all(files.map((file) => readCsv(resolve(io.cwd, file!))));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [left, right] = tables;
    const columns = [...new Set(tables.flatMap((table) => table.columns))];
    if (command === 'propose') {
      io.stdout.write(`${JSON.stringify(proposeSettings(columns, left!.records), null, 2)}\n`);
      return 0;
    }

    let settingsOrModel: LinkageSettings | LinkageModel;
    let isProposed = false;
    if (values.model) {
      settingsOrModel = parseModel(await readJson(resolve(io.cwd, values.model), 'model'));
    } else if (values.settings) {
      settingsOrModel = await readJson(resolve(io.cwd, values.settings), 'settings') as LinkageSettings;
    } else {
      settingsOrModel = proposeSettings(columns, left!.records);
      isProposed = true;
      io.stderr.write(`No --settings given; proposed from the columns:\n${JSON.stringify(settingsOrModel, null, 2)}\n`);
    }
    if (!('format' in settingsOrModel)) {
      settingsOrModel = {
        ...settingsOrModel,
        ...(seed !== undefined ? { seed } : {}),
        ...(maxPairs !== undefined ? { maxPairsPerRule: maxPairs } : {}),
      };
    }
    // Refuse bad settings before reading further: every column named must exist.
    resolveSettings('format' in settingsOrModel ? settingsOrModel.settings : settingsOrModel, columns);

    const out = resolve(io.cwd, values.out ?? 'ctip-link-output');
    const bar = createProgressBar(io.stderr);
    let result: LinkageResult;
    try {
      result = await runLinkage(settingsOrModel, left!.records, right?.records, {
        threshold, keepPairsAbove: keep, oneToOne: values['one-to-one'] ?? false, threads, onProgress: bar.onProgress,
      });
    } finally {
      bar.finish();
    }
    const idColumn = 'format' in settingsOrModel ? settingsOrModel.settings.idColumn : settingsOrModel.idColumn;
    const outputs = await writeOutputs(result, out, left!.records, right?.records, idColumn);
    if (isProposed) await writeFile(join(out, 'settings.json'), `${JSON.stringify(settingsOrModel, null, 2)}\n`);
    const summary = {
      command, ...result.summary, keepPairsAbove: keep,
      outputs: { ...outputs, ...(isProposed ? { settings: join(out, 'settings.json') } : {}) },
      wallSeconds: (Date.now() - started) / 1000,
    };
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof BlockingLimitError) {
      io.stderr.write(`ctip-link: ${error.message}\n${error instanceof UsageError ? `\n${usage}\n` : ''}`);
      io.stdout.write(`${JSON.stringify({ error: error.name, message: error.message })}\n`);
      return 2;
    }
    io.stderr.write(`ctip-link failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    io.stdout.write(`${JSON.stringify({ error: 'Failed', message: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
}
