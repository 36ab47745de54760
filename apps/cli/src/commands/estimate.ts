// `ctip estimate FILE.csv`: multiple systems estimation for a contingency table given as a CSV
// (list columns of 0/1 and a count column). Uses only the estimation engine — no server, no
// database — so it works from a fresh clone.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  analyseSensitivity,
  chooseRoundingStep,
  diagnoseTable,
  estimatePopulation,
  isEstimationError,
  parseContingencyCsv,
  roundPublishedRange,
  stopEstimationWorkers,
  validateContingencyTable,
  type EstimateInterval,
  type EstimationMethod,
  type EstimationResult,
  type SensitivityReport,
  type TableDiagnostics,
} from '@ctip/estimation';
import { parseOptions, UsageError, type Command } from '../command';

const METHODS: readonly EstimationMethod[] = ['stepwise', 'aic', 'bic', 'downhill', 'main'];

const USAGE = `Usage: ctip estimate FILE.csv [options]

Estimates the total number of people, seen and unseen, from the overlap of lists
(multiple systems estimation). FILE.csv has one 0/1 column per list and a final
"count" column, one row per combination of lists; combinations not given count 0.

Options:
  --method M       stepwise (default; Chan, Silverman & Vincent 2021),
                   aic (Bales, Hesketh & Silverman 2015, as the UK Home Office),
                   bic (all hierarchical models; Silverman, Chan & Vincent 2024),
                   downhill (greedy BIC search for many lists), main (main effects)
  --threshold P    p-value threshold (stepwise default 0.02, aic default 0.05)
  --max-order K    highest interaction order for bic and downhill
  --bootstrap N    BCa bootstrap with N replicates (e.g. 1000; default none)
  --seed S         bootstrap seed (default 1234)
  --json           print one JSON object instead of the summary
  -h, --help       show this help`;

/** The `ctip estimate` command. */
export const estimateCommand: Command = {
  name: ['estimate'],
  summary: 'Estimate a hidden population from overlapping lists (multiple systems estimation)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        method: { type: 'string' },
        threshold: { type: 'string' },
        'max-order': { type: 'string' },
        bootstrap: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      true,
    );
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Give the CSV file to estimate from.' : `Give exactly one CSV file (got ${positionals.length}).`);
    const method = (values.method ?? 'stepwise') as EstimationMethod;
    if (!METHODS.includes(method)) throw new UsageError(`--method must be one of ${METHODS.join(', ')}, not "${values.method}".`);
    const threshold = parseNumberOption('--threshold', values.threshold, (value) => value >= 0 && value <= 1, 'a p-value between 0 and 1');
    const maxOrder = parseNumberOption('--max-order', values['max-order'], (value) => Number.isInteger(value) && value >= 1, 'a whole number of at least 1');
    const replicates = parseNumberOption('--bootstrap', values.bootstrap, (value) => Number.isInteger(value) && value >= 0 && value <= 100_000, 'a whole number from 0 to 100000');
    const seed = parseNumberOption('--seed', values.seed, (value) => Number.isInteger(value) && value >= 0 && value <= 0xffffffff, 'a whole number from 0 to 4294967295');
    if (seed !== undefined && !replicates) throw new UsageError('--seed only applies with --bootstrap N.');

    const file = positionals[0]!;
    const fail = (message: string) => {
      io.stderr.write(`ctip estimate: ${message}\n`);
      return 2;
    };
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? `cannot read ${file}: no such file.` : `cannot read ${file}: ${(error as Error).message}`);
    }
    try {
      const table = validateContingencyTable(parseContingencyCsv(text));
      const result = await estimatePopulation(table, {
        method,
        ...(threshold === undefined ? {} : { threshold }),
        ...(maxOrder === undefined ? {} : { maxOrder }),
        bootstrap: replicates ? { replicates, seed: seed ?? 1234 } : null,
      });
      const diagnostics = diagnoseTable(table);
      const sensitivity = analyseSensitivity(table, { method, ...(maxOrder === undefined ? {} : { maxOrder }) });
      const published = publishedRangeOf(result);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ file, ...result, publishedRange: published, diagnostics, sensitivity })}\n`);
      } else {
        io.stdout.write(formatSummary(file, result, diagnostics, sensitivity, published));
      }
      return 0;
    } catch (error) {
      if (isEstimationError(error)) return fail(`${file}: ${error.message}`);
      throw error;
    } finally {
      await stopEstimationWorkers();
    }
  },
};

function parseNumberOption(name: string, text: string | undefined, isValid: (value: number) => boolean, expected: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !isValid(value)) throw new UsageError(`${name} must be ${expected}, not "${text}".`);
  return value;
}

function publishedRangeOf(result: EstimationResult) {
  const interval = result.headline.interval;
  if (!interval || interval.lower === null || interval.upper === null) return null;
  const step = chooseRoundingStep(result.headline.estimate);
  return { level: interval.level, method: interval.method, ...roundPublishedRange(interval.lower, interval.upper, step, result.observedTotal) };
}

const METHOD_NAMES: Record<EstimationMethod, string> = {
  stepwise: 'stepwise by Poisson p-values (Chan, Silverman & Vincent 2021)',
  aic: 'AIC stepwise with profile-likelihood interval (Bales, Hesketh & Silverman 2015)',
  bic: 'minimum BIC over hierarchical models (Silverman, Chan & Vincent 2024)',
  downhill: 'downhill BIC search (Silverman, Chan & Vincent 2024)',
  main: 'main effects only',
  fixed: 'fixed model',
};

const INTERVAL_NAMES: Record<EstimateInterval['method'], string> = {
  'normal-log': 'normal on log scale',
  profile: 'profile likelihood',
  bca: 'BCa bootstrap',
};

function formatNumber(value: number | null): string {
  return value === null ? '(unbounded)' : Math.round(value).toLocaleString('en-GB');
}

function formatSummary(
  file: string,
  result: EstimationResult,
  diagnostics: TableDiagnostics,
  sensitivity: SensitivityReport,
  published: ReturnType<typeof publishedRangeOf>,
): string {
  const lines: string[] = [];
  lines.push(`Multiple systems estimation — ${file}`);
  lines.push(`Lists (${result.listNames.length}): ${result.listNames.join(', ')}; ${formatNumber(result.observedTotal)} people observed`);
  lines.push(`Method: ${METHOD_NAMES[result.method]}`);
  const terms = result.model.interactions.length === 0 ? 'main effects only' : `main effects + ${result.model.interactions.join(', ')}`;
  lines.push(`Model: ${terms}`);
  if (result.model.minusInfinityTerms.length > 0) lines.push(`  fixed at −∞ (no one in common): ${result.model.minusInfinityTerms.join(', ')}`);
  lines.push('');
  lines.push(`Estimated total: ${formatNumber(result.estimate)} (of whom ${formatNumber(result.hiddenFigure)} on no list)`);
  if (result.profileEstimate !== null) lines.push(`Profile-likelihood estimate: ${formatNumber(result.profileEstimate)}`);
  for (const interval of result.intervals) {
    const label = `${Math.round(interval.level * 100)}% ${INTERVAL_NAMES[interval.method]}`;
    lines.push(`  ${label.padEnd(30)} ${formatNumber(interval.lower)} – ${formatNumber(interval.upper)}`);
  }
  if (published) lines.push(`Published range (${Math.round(published.level * 100)}% ${INTERVAL_NAMES[published.method]}, nearest ${published.step.toLocaleString('en-GB')}): ${published.text}`);
  if (result.bootstrap) {
    const b = result.bootstrap;
    lines.push(`Bootstrap: ${b.replicates} replicates, seed ${b.seed}, acceleration ${b.acceleration?.toFixed(4) ?? 'n/a'}, ${b.workers + 1} thread(s)`);
  }
  lines.push('');
  lines.push('Overlaps between lists:');
  const width = Math.max(...result.listNames.map((name) => name.length), 6) + 1;
  lines.push(`${''.padEnd(width)}${result.listNames.map((name) => name.padStart(width)).join('')}`);
  diagnostics.overlaps.forEach((row, index) => lines.push(`${result.listNames[index]!.padEnd(width)}${row.map((value) => String(value).padStart(width)).join('')}`));
  if (result.selection.closeModels.length > 1) {
    lines.push('');
    lines.push(`Models close by ${result.selection.closeModels[0]!.criterion}:`);
    for (const model of result.selection.closeModels) {
      lines.push(`  Δ${model.criterion} ${model.delta.toFixed(2).padStart(7)}  estimate ${formatNumber(model.estimate).padStart(9)}  [${model.generators.join(', ')}]${model.isChosen ? '  ← chosen' : ''}`);
    }
  }
  if (sensitivity.settings.length > 0 || sensitivity.mergedSmallLists) {
    lines.push('');
    lines.push('Sensitivity of the point estimate:');
    for (const point of [...sensitivity.settings, ...(sensitivity.mergedSmallLists ? [sensitivity.mergedSmallLists] : [])]) {
      lines.push(`  ${point.setting.padEnd(28)} ${point.estimate === null ? `— ${point.problem}` : formatNumber(point.estimate)}`);
    }
  }
  const caveats = [...diagnostics.caveats, ...result.warnings];
  if (caveats.length > 0) {
    lines.push('');
    lines.push('Caveats:');
    for (const caveat of caveats) lines.push(`  - ${caveat}`);
  }
  lines.push('');
  lines.push(`Time: ${result.timings.totalMs.toFixed(0)} ms (selection ${result.timings.selectionMs.toFixed(0)}, profile ${result.timings.profileMs.toFixed(0)}, bootstrap ${result.timings.bootstrapMs.toFixed(0)})`);
  return `${lines.join('\n')}\n`;
}
