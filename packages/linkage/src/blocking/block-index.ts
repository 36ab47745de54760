import { entryText, type Dictionary } from '../encode/build-columns';
import type { EncodedDataset } from '../encode/columns';
import { Int32Builder, sharedInt32 } from '../encode/shared-arrays';
import type { ResolvedKeyPart, ResolvedRule } from '../model/resolve-settings';
import { NumberInterner } from './number-interner';

/**
 * The records grouped by one rule's key, in shared memory. Record r has keys
 * recordKeys[recordKeyStart[r] … recordKeyStart[r + 1]) in ascending order (several when the rule
 * uses tokens or a name has alternatives, none when a part is missing). Key k has members
 * members[keyStart[k] … keyStart[k + 1]) in ascending record order; for a link the first
 * leftInKey[k] of them are left records.
 */
export interface BlockIndex {
  name: string;
  recordKeyStart: Int32Array;
  recordKeys: Int32Array;
  keyStart: Int32Array;
  members: Int32Array;
  leftInKey: Int32Array;
  keyCount: number;
  /** Pairs this rule generates on its own (before removing pairs found by earlier rules). */
  pairCount: number;
}

const maximumKeysPerRecord = 32;

/** Writes one part's key ids for a record into `into`; returns how many (0 when missing). */
function partIds(
  part: ResolvedKeyPart, record: number, dataset: EncodedDataset, dictionaries: Record<string, Dictionary>,
  localIds: Map<string, number>, into: Int32Array,
): number {
  if (part.columnKeys.length > 1) return combinedPartIds(part, record, dataset, dictionaries, localIds, into);
  const columnKey = part.columnKeys[0]!;
  const column = dataset.columns[columnKey];
  if (!column) return 0;
  if (column.type === 'date') {
    const year = column.year[record]!;
    if (year === 0) return 0;
    // A date's value blocks only when written in full: year-only dates would form huge blocks.
    if (part.transform === 'year') {
      into[0] = year;
      return 1;
    }
    const digits = column.digits[record]!;
    if (digits < 0) return 0;
    into[0] = digits;
    return 1;
  }
  if (column.type === 'number') {
    const value = column.values[record]!;
    if (Number.isNaN(value)) return 0;
    into[0] = localId(localIds, String(value));
    return 1;
  }
  const first = column.recordEntry[record]!;
  const last = column.recordEntry[record + 1]!;
  const transform = part.transform;
  let count = 0;
  for (let entry = first; entry < last && count < into.length; entry++) {
    if (transform === 'value') into[count++] = column.entryValue[entry]!;
    else if (transform === 'phonetic') into[count++] = column.entryKey[entry]!;
    else if (transform === 'skeleton') into[count++] = column.entrySkeleton[entry]!;
    else if (transform === 'sortedTokens') into[count++] = column.entrySorted[entry]!;
    else if (transform === 'tokens') {
      for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]! && count < into.length; token++) into[count++] = column.tokenValue[token]!;
    } else if (transform === 'phoneticTokens' || transform === 'skeletonTokens') {
      const keys = transform === 'phoneticTokens' ? column.tokenKey : column.tokenSkeleton;
      for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]! && count < into.length; token++) {
        into[count++] = keys[token]!;
        // A Chinese family name also meets its other spellings (Tan, Chen, Taing): one key per
        // surname group, numbered after the column's own strings so the two never collide.
        const low = column.tokenGroupLow[token]!;
        const high = column.tokenGroupHigh[token]!;
        if (low === 0 && high === 0) continue;
        for (let group = 0; group < 62 && count < into.length; group++) {
          if ((group < 31 ? low >>> group : high >>> (group - 31)) & 1) into[count++] = column.dictionarySize + group;
        }
      }
    } else {
      into[count++] = localId(localIds, entryText(column, dictionaries[columnKey]!, entry).slice(0, Number(transform.slice(7))));
    }
  }
  return count;
}

function localId(localIds: Map<string, number>, text: string): number {
  let id = localIds.get(text);
  if (id === undefined) localIds.set(text, (id = localIds.size));
  return id;
}

/** Several text columns read together: their first entries' tokens, in column order. */
function combinedPartIds(
  part: ResolvedKeyPart, record: number, dataset: EncodedDataset, dictionaries: Record<string, Dictionary>,
  localIds: Map<string, number>, into: Int32Array,
): number {
  const tokens: string[] = [];
  for (const columnKey of part.columnKeys) {
    const column = dataset.columns[columnKey];
    if (!column || column.type !== 'text') continue;
    const entry = column.recordEntry[record]!;
    if (entry === column.recordEntry[record + 1]) continue;
    const strings = dictionaries[columnKey]!.strings;
    for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]!; token++) tokens.push(strings[column.tokenValue[token]!]!);
  }
  if (tokens.length === 0) return 0;
  if (part.transform === 'tokens') {
    let count = 0;
    for (const token of tokens) if (count < into.length) into[count++] = localId(localIds, token);
    return count;
  }
  if (part.transform === 'sortedTokens') into[0] = localId(localIds, tokens.sort().join(' '));
  else if (part.transform.startsWith('prefix:')) into[0] = localId(localIds, tokens.join(' ').slice(0, Number(part.transform.slice(7))));
  else into[0] = localId(localIds, tokens.join(' '));
  return 1;
}

/**
 * Builds the block index of a rule: every record's keys (the combinations of its parts' values),
 * then the records of each key. Keys of one record are capped at 32 so that a pathological value
 * cannot multiply pairs. Runs on the main thread, where the dictionaries are.
 */
export function buildBlockIndex(
  rule: ResolvedRule, dataset: EncodedDataset, dictionaries: Record<string, Dictionary>,
): BlockIndex {
  const { recordCount, leftCount, isLink } = dataset;
  const tupleIds = new NumberInterner(recordCount);
  const denseIds = new NumberInterner(recordCount);
  const localMaps = rule.parts.map(() => new Map<string, number>());
  const recordKeyStart = sharedInt32(recordCount + 1);
  const keys = new Int32Builder();
  const partValues = rule.parts.map(() => new Int32Array(maximumKeysPerRecord));
  const partCounts = new Int32Array(rule.parts.length);
  const counters = new Int32Array(rule.parts.length);
  const recordKeySet = new Int32Array(maximumKeysPerRecord);
  const partCount = rule.parts.length;
  for (let record = 0; record < recordCount; record++) {
    let combinations = 1;
    for (let part = 0; part < partCount; part++) {
      partCounts[part] = partIds(rule.parts[part]!, record, dataset, dictionaries, localMaps[part]!, partValues[part]!);
      combinations *= partCounts[part]!;
    }
    let made = 0;
    // The cartesian product of the parts' values, each tuple interned to one dense key, two
    // numbers at a time (every id is below 2^26, so a pair of them is an exact double).
    counters.fill(0);
    while (made < combinations && made < maximumKeysPerRecord) {
      let id = partValues[0]![counters[0]!]!;
      for (let part = 1; part < partCount; part++) {
        id = tupleIds.intern(id * 67_108_864 + partValues[part]![counters[part]!]!);
      }
      recordKeySet[made++] = denseIds.intern(id);
      for (let part = partCount - 1; part >= 0; part--) {
        counters[part]!++;
        if (counters[part]! < partCounts[part]!) break;
        counters[part] = 0;
      }
    }
    if (made > 1) recordKeySet.subarray(0, made).sort();
    let previous = -1;
    for (let index = 0; index < made; index++) {
      const key = recordKeySet[index]!;
      if (key === previous) continue;
      keys.push(key);
      previous = key;
    }
    recordKeyStart[record + 1] = keys.length;
  }
  const recordKeys = keys.toShared();
  let keyCount = 0;
  for (let index = 0; index < recordKeys.length; index++) if (recordKeys[index]! + 1 > keyCount) keyCount = recordKeys[index]! + 1;
  // Counting sort of (record, key) by key; records stay in ascending order within a key.
  const keyStart = sharedInt32(keyCount + 1);
  for (let index = 0; index < recordKeys.length; index++) keyStart[recordKeys[index]! + 1]!++;
  for (let key = 0; key < keyCount; key++) keyStart[key + 1]! += keyStart[key]!;
  const fill = keyStart.slice(0, keyCount);
  const members = sharedInt32(recordKeys.length);
  const leftInKey = sharedInt32(keyCount);
  for (let record = 0; record < recordCount; record++) {
    for (let index = recordKeyStart[record]!; index < recordKeyStart[record + 1]!; index++) {
      const key = recordKeys[index]!;
      members[fill[key]!++] = record;
      if (isLink && record < leftCount) leftInKey[key]!++;
    }
  }
  let pairCount = 0;
  for (let key = 0; key < keyCount; key++) {
    const size = keyStart[key + 1]! - keyStart[key]!;
    pairCount += isLink ? leftInKey[key]! * (size - leftInKey[key]!) : (size * (size - 1)) / 2;
  }
  return { name: rule.name, recordKeyStart, recordKeys, keyStart, members, leftInKey, keyCount, pairCount };
}

/** True when records a and b share a key of the index (sorted-list intersection, no allocation). */
export function sharesKey(index: BlockIndex, a: number, b: number): boolean {
  let x = index.recordKeyStart[a]!;
  const xEnd = index.recordKeyStart[a + 1]!;
  let y = index.recordKeyStart[b]!;
  const yEnd = index.recordKeyStart[b + 1]!;
  while (x < xEnd && y < yEnd) {
    const keyA = index.recordKeys[x]!;
    const keyB = index.recordKeys[y]!;
    if (keyA === keyB) return true;
    if (keyA < keyB) x++;
    else y++;
  }
  return false;
}

/** The smallest key records a and b share, or -1. */
export function firstSharedKey(index: BlockIndex, a: number, b: number): number {
  let x = index.recordKeyStart[a]!;
  const xEnd = index.recordKeyStart[a + 1]!;
  let y = index.recordKeyStart[b]!;
  const yEnd = index.recordKeyStart[b + 1]!;
  while (x < xEnd && y < yEnd) {
    const keyA = index.recordKeys[x]!;
    const keyB = index.recordKeys[y]!;
    if (keyA === keyB) return keyA;
    if (keyA < keyB) x++;
    else y++;
  }
  return -1;
}
