import type { ResolvedSettings } from '../model/resolve-settings';
import { buildDateColumn, buildNumberColumn, buildTextColumn, type Dictionary } from './build-columns';
import type { Normaliser } from '../model/comparison-kinds';
import type { EncodedDataset, TextColumn } from './columns';

/** A record as the engine receives it: plain values keyed by column name. */
export type LinkageRecord = Readonly<Record<string, string | number | null | undefined>>;

/** Encoded records plus the per-column dictionaries that stay on the main thread. */
export interface EncodedInput {
  dataset: EncodedDataset;
  dictionaries: Record<string, Dictionary>;
}

/**
 * Encodes the columns a job needs, once, into shared typed arrays: names romanised and folded,
 * dates parsed with their precision, numbers read. For a link, `right` follows `left`.
 * Missing columns read as missing values (settings validation catches misspelt columns first).
 */
export function encodeRecords(settings: ResolvedSettings, left: readonly LinkageRecord[], right?: readonly LinkageRecord[]): EncodedInput {
  const { dataset, dictionaries, pending } = collectColumns(settings, left, right);
  for (const { key, values, normaliser } of pending) {
    if (normaliser === 'date') dataset.columns[key] = buildDateColumn(values);
    else if (normaliser === 'number') dataset.columns[key] = buildNumberColumn(values);
    else {
      const built = buildTextColumn(values, normaliser);
      dataset.columns[key] = built.column;
      dictionaries[key] = built.dictionary;
    }
  }
  return { dataset, dictionaries };
}

/**
 * The same as encodeRecords, with text columns encoded by `encodeText` (in slices on worker
 * threads when the job has them) while this thread does the dates and numbers.
 */
export async function encodeRecordsWith(
  settings: ResolvedSettings, left: readonly LinkageRecord[], right: readonly LinkageRecord[] | undefined,
  encodeText: (values: unknown[], normaliser: Normaliser) => Promise<{ column: TextColumn; dictionary: Dictionary }>,
): Promise<EncodedInput> {
  const { dataset, dictionaries, pending } = collectColumns(settings, left, right);
  // Costly text columns first, so the workers start on them while this thread does the rest.
  const isCostly = (normaliser: Normaliser) => normaliser === 'name' || normaliser === 'text';
  const texts = pending.filter((column) => isCostly(column.normaliser))
    .map((column) => ({ key: column.key, built: encodeText(column.values, column.normaliser) }));
  for (const { key, values, normaliser } of pending) {
    if (normaliser === 'date') dataset.columns[key] = buildDateColumn(values);
    else if (normaliser === 'number') dataset.columns[key] = buildNumberColumn(values);
    else if (!isCostly(normaliser)) texts.push({ key, built: encodeText(values, normaliser) });
  }
  for (const { key, built } of texts) {
    const { column, dictionary } = await built;
    dataset.columns[key] = column;
    dictionaries[key] = dictionary;
  }
  return { dataset, dictionaries };
}

function collectColumns(settings: ResolvedSettings, left: readonly LinkageRecord[], right?: readonly LinkageRecord[]) {
  const all = right ? [...left, ...right] : left;
  const pending: Array<{ key: string; values: unknown[]; normaliser: Normaliser }> = [];
  for (const [key, { column, normaliser }] of settings.columns) {
    const values = new Array<unknown>(all.length);
    for (let index = 0; index < all.length; index++) values[index] = all[index]![column];
    pending.push({ key, values, normaliser });
  }
  const dataset: EncodedDataset = { recordCount: all.length, leftCount: right ? left.length : all.length, isLink: right !== undefined, columns: {} };
  return { dataset, dictionaries: {} as Record<string, Dictionary>, pending };
}
