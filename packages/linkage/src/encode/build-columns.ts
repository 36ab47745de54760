import { packDateDigits } from '../comparators/date-similarity';
import { parsePartialDate } from '../comparators/partial-date';
import type { Normaliser } from '../model/comparison-kinds';
import { consonantSkeleton, khmerPhoneticKey } from '../names/khmer-phonetic-key';
import { chineseSurnameGroups } from '../names/romanise-chinese';
import type { DateColumn, NumberColumn, TextColumn } from './columns';
import { NumberInterner } from '../blocking/number-interner';
import { isMissingValue, normaliseEntries } from './normalise-value';
import { Int32Builder, sharedFloat64, sharedInt16, sharedInt32, sharedUint8, Uint16Builder } from './shared-arrays';

/** Interns strings to dense integer ids; keeps the strings for output and term-frequency tables. */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  /** The id of a string, assigning the next id to a new one. */
  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(text, id);
      this.strings.push(text);
    }
    return id;
  }

  /** The id of a string already interned, or -1. */
  find(text: string): number {
    return this.ids.get(text) ?? -1;
  }
}

const templateCacheLimit = 2_000_000;
const idLimit = 67_108_864;

/** Sorts the first `count` numbers of `values` in place (insertion sort: names have a few tokens). */
function sortPrefix(values: Int32Array, count: number): void {
  for (let index = 1; index < count; index++) {
    const value = values[index]!;
    let position = index - 1;
    while (position >= 0 && values[position]! > value) {
      values[position + 1] = values[position]!;
      position--;
    }
    values[position + 1] = value;
  }
}

/**
 * Numbers sequences of token ids: equal sequences get equal ids, without building strings. Each
 * position has its own table so a sequence and a longer one cannot collide.
 */
class SequenceNumbers {
  private readonly steps: NumberInterner[] = [];
  private readonly finals: NumberInterner;

  constructor(private readonly expected = 1024) {
    this.finals = new NumberInterner(expected);
  }

  /**
   * The id of the sequence items[from … to) preceded by `tag` (ids below 2^26); `isNew` tells
   * whether it was seen for the first time. Allocates nothing.
   */
  idOf(tag: number, items: ArrayLike<number>, from: number, to: number): number {
    let chain = tag;
    for (let index = from; index < to; index++) {
      const step = index - from;
      // The first steps see nearly every sequence; later ones (long names) few.
      this.steps[step] ??= new NumberInterner(step < 2 ? this.expected : 1024);
      chain = this.steps[step]!.intern(chain * idLimit + items[index]!);
    }
    const before = this.finals.size;
    const id = this.finals.intern((to - from) * idLimit + chain);
    this.isNew = this.finals.size > before;
    return id;
  }

  isNew = false;

  get size(): number {
    return this.finals.size;
  }
}

/** The text of entry `entry` of a column: its tokens joined by spaces. */
export function entryText(column: TextColumn, dictionary: Dictionary, entry: number): string {
  const tokens: string[] = [];
  for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]!; token++) tokens.push(dictionary.strings[column.tokenValue[token]!]!);
  return tokens.join(' ');
}

/** The text of every value id of a column (for term-frequency tables), by way of its first entry. */
export function valueTexts(column: TextColumn, dictionary: Dictionary): string[] {
  return Array.from(column.valueFirstEntry, (entry) => (entry >= 0 ? entryText(column, dictionary, entry) : ''));
}

/** Kinds of equivalence keys, in the order of their tags. */
export const equivalenceKinds = ['sorted', 'phonetic', 'skeleton'] as const;

/**
 * The canonical text of an entry's equivalence key of a kind: its tokens, phonetic keys or
 * consonant skeletons sorted alphabetically and joined by spaces (stable across data sets, for
 * the model's term-frequency tables).
 */
export function equivalenceText(column: TextColumn, dictionary: Dictionary, entry: number, kind: number): string {
  const ids = kind === 0 ? column.tokenValue : kind === 1 ? column.tokenKey : column.tokenSkeleton;
  const parts: string[] = [];
  for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]!; token++) parts.push(dictionary.strings[ids[token]!] ?? '');
  return parts.sort().join(' ');
}

/** The canonical text of every equivalence id of a column. */
export function equivalenceTexts(column: TextColumn, dictionary: Dictionary): string[] {
  return Array.from(column.equivalenceFirstEntry, (entry, id) => (entry >= 0 ? equivalenceText(column, dictionary, entry, column.equivalenceKind[id]!) : ''));
}

/**
 * Encodes the values of one text column (see TextColumn) and computes its term frequencies.
 * Phonetic keys, consonant skeletons and surname groups are filled for name and place columns
 * only. Each distinct raw value is normalised once (values repeat: common names, places, codes);
 * entry-level ids are numbered from token ids, so no joined strings are built per record.
 */
export function buildTextColumn(values: ArrayLike<unknown>, normaliser: Normaliser): { column: TextColumn; dictionary: Dictionary } {
  const dictionary = new Dictionary();
  const recordEntry = sharedInt32(values.length + 1);
  const entryToken = new Int32Builder();
  const tokenChar = new Int32Builder();
  const chars = new Uint16Builder();
  const entryValue = new Int32Builder();
  const entrySorted = new Int32Builder();
  const entryKey = new Int32Builder();
  const entrySkeleton = new Int32Builder();
  const tokenValue = new Int32Builder();
  const tokenKey = new Int32Builder();
  const tokenSkeleton = new Int32Builder();
  const tokenGroupLow = new Int32Builder();
  const tokenGroupHigh = new Int32Builder();
  const valueNumbers = new SequenceNumbers();
  const otherNumbers = new SequenceNumbers();
  const isNameLike = normaliser === 'name' || normaliser === 'place';
  const tokenCache = new Map<string, { value: number; key: number; skeleton: number; low: number; high: number }>();
  const templates = new Map<string, number>();

  // Each distinct raw value is normalised once into `store`, as numbers: entry count, then per
  // entry value, sorted, key and skeleton ids and the token count, then per token its value, key
  // and skeleton ids and surname-group halves. Records copy from there: no objects per value.
  const store = new Int32Builder();
  const scratch = new Int32Array(64);
  const otherKindBuilder = new Int32Builder();
  const noteKind = (id: number, kind: number) => {
    if (otherNumbers.isNew) {
      while (otherKindBuilder.length <= id) otherKindBuilder.push(0);
      otherKindBuilder.set(id, kind);
    }
  };
  const tokenInfo = (token: string) => {
    let cached = tokenCache.get(token);
    if (cached === undefined) {
      let low = 0;
      let high = 0;
      let key = -1;
      let skeleton = -1;
      if (isNameLike) {
        const phonetic = khmerPhoneticKey(token);
        key = dictionary.intern(phonetic.length > 0 ? phonetic : token);
        const consonants = consonantSkeleton(token);
        skeleton = dictionary.intern(consonants.length > 0 ? consonants : token);
        for (const group of chineseSurnameGroups(token)) {
          if (group < 31) low |= 1 << group;
          else high |= 1 << (group - 31);
        }
      }
      cached = { value: dictionary.intern(token), key, skeleton, low, high };
      tokenCache.set(token, cached);
    }
    return cached;
  };
  const sortedId = (tag: number, ids: Int32Array, count: number) => {
    sortPrefix(ids, count);
    const id = otherNumbers.idOf(tag, ids, 0, count);
    noteKind(id, tag);
    return id;
  };
  const storeValue = (raw: unknown): number => {
    const offset = store.length;
    const entries = normaliseEntries(raw, normaliser);
    store.push(entries.length);
    for (const tokens of entries) {
      const count = Math.min(tokens.length, 16);
      const infos = tokens.slice(0, count).map(tokenInfo);
      for (let token = 0; token < count; token++) scratch[token] = infos[token]!.value;
      const value = valueNumbers.idOf(0, scratch, 0, count);
      const sorted = sortedId(0, scratch, count);
      let key = -1;
      let skeleton = -1;
      if (isNameLike) {
        for (let token = 0; token < count; token++) scratch[token] = infos[token]!.key;
        key = sortedId(1, scratch, count);
        for (let token = 0; token < count; token++) scratch[token] = infos[token]!.skeleton;
        skeleton = sortedId(2, scratch, count);
      }
      store.push(value);
      store.push(sorted);
      store.push(key);
      store.push(skeleton);
      store.push(count);
      for (const info of infos) {
        store.push(info.value);
        store.push(info.key);
        store.push(info.skeleton);
        store.push(info.low);
        store.push(info.high);
      }
    }
    return offset;
  };

  entryToken.push(0);
  tokenChar.push(0);
  const noValue = storeValue(null);
  for (let record = 0; record < values.length; record++) {
    const raw = values[record];
    const rawText = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : null;
    let offset = rawText === null ? noValue : templates.get(rawText);
    if (offset === undefined) {
      offset = storeValue(raw);
      if (templates.size < templateCacheLimit) templates.set(rawText!, offset);
    }
    const entryCount = store.get(offset);
    let cursor = offset + 1;
    for (let entry = 0; entry < entryCount; entry++) {
      entryValue.push(store.get(cursor));
      entrySorted.push(store.get(cursor + 1));
      entryKey.push(store.get(cursor + 2));
      entrySkeleton.push(store.get(cursor + 3));
      const tokenCount = store.get(cursor + 4);
      cursor += 5;
      for (let token = 0; token < tokenCount; token++) {
        const valueId = store.get(cursor);
        chars.pushString(dictionary.strings[valueId]!);
        tokenChar.push(chars.length);
        tokenValue.push(valueId);
        tokenKey.push(store.get(cursor + 1));
        tokenSkeleton.push(store.get(cursor + 2));
        tokenGroupLow.push(store.get(cursor + 3));
        tokenGroupHigh.push(store.get(cursor + 4));
        cursor += 5;
      }
      entryToken.push(tokenChar.length - 1);
    }
    recordEntry[record + 1] = entryValue.length;
  }
  const otherKinds = otherKindBuilder;
  const kinds = new Uint8Array(otherNumbers.size);
  for (let id = 0; id < kinds.length; id++) kinds[id] = id < otherKinds.length ? otherKinds.get(id) : 0;
  const column = completeTextColumn({
    recordEntry, entryToken: entryToken.toShared(), tokenChar: tokenChar.toShared(), chars: chars.toShared(),
    entryValue: entryValue.toShared(), entrySorted: entrySorted.toShared(), entryKey: entryKey.toShared(), entrySkeleton: entrySkeleton.toShared(),
    tokenValue: tokenValue.toShared(), tokenKey: tokenKey.toShared(), tokenSkeleton: tokenSkeleton.toShared(),
    tokenGroupLow: tokenGroupLow.toShared(), tokenGroupHigh: tokenGroupHigh.toShared(),
  }, valueNumbers.size, kinds, dictionary.strings.length);
  return { column, dictionary };
}

/** The arrays of a text column before its frequencies are counted. */
type TextColumnArrays = Pick<TextColumn, 'recordEntry' | 'entryToken' | 'tokenChar' | 'chars' | 'entryValue' | 'entrySorted'
  | 'entryKey' | 'entrySkeleton' | 'tokenValue' | 'tokenKey' | 'tokenSkeleton' | 'tokenGroupLow' | 'tokenGroupHigh'>;

/**
 * Counts the term frequencies of values and equivalence keys (each once per record, even when two
 * alternatives normalise alike) and completes the column.
 */
function completeTextColumn(arrays: TextColumnArrays, valueCount: number, equivalenceKinds: Uint8Array, dictionarySize: number): TextColumn {
  const { recordEntry, entryValue, entrySorted, entryKey, entrySkeleton } = arrays;
  const recordCount = recordEntry.length - 1;
  let nonEmptyRecords = 0;
  const counts = new Int32Array(valueCount);
  const valueFirstEntry = sharedInt32(valueCount).fill(-1);
  const equivalenceCount = equivalenceKinds.length;
  const equivalenceCounts = new Int32Array(equivalenceCount);
  const equivalenceFirstEntry = sharedInt32(equivalenceCount).fill(-1);
  const lastRecordOf = new Int32Array(Math.max(valueCount, equivalenceCount)).fill(-1);
  for (let record = 0; record < recordCount; record++) {
    const first = recordEntry[record]!;
    const last = recordEntry[record + 1]!;
    if (last > first) nonEmptyRecords++;
    for (let entry = first; entry < last; entry++) {
      const value = entryValue[entry]!;
      if (valueFirstEntry[value] === -1) valueFirstEntry[value] = entry;
      let isRepeat = false;
      for (let earlier = first; earlier < entry; earlier++) if (entryValue[earlier] === value) isRepeat = true;
      if (!isRepeat) counts[value]!++;
    }
  }
  for (let record = 0; record < recordCount; record++) {
    for (let entry = recordEntry[record]!; entry < recordEntry[record + 1]!; entry++) {
      for (let kind = 0; kind < 3; kind++) {
        const id = (kind === 0 ? entrySorted : kind === 1 ? entryKey : entrySkeleton)[entry]!;
        if (id < 0) continue;
        if (equivalenceFirstEntry[id] === -1) equivalenceFirstEntry[id] = entry;
        if (lastRecordOf[id] === record) continue;
        lastRecordOf[id] = record;
        equivalenceCounts[id]!++;
      }
    }
  }
  const valueFrequency = sharedFloat64(valueCount);
  if (nonEmptyRecords > 0) for (let id = 0; id < valueCount; id++) valueFrequency[id] = counts[id]! / nonEmptyRecords;
  const equivalenceFrequency = sharedFloat64(equivalenceCount);
  const equivalenceKind = new Uint8Array(new SharedArrayBuffer(Math.max(1, equivalenceCount))).subarray(0, equivalenceCount);
  const equivalenceSquares = sharedFloat64(3);
  for (let id = 0; id < equivalenceCount; id++) {
    const frequency = nonEmptyRecords > 0 ? equivalenceCounts[id]! / nonEmptyRecords : 0;
    equivalenceFrequency[id] = frequency;
    equivalenceKind[id] = equivalenceKinds[id]!;
    equivalenceSquares[equivalenceKinds[id]!]! += frequency * frequency;
  }
  return {
    type: 'text', ...arrays, valueFrequency, valueFirstEntry, equivalenceFrequency, equivalenceFirstEntry, equivalenceKind,
    equivalenceSquares, dictionarySize,
  };
}

/** One slice of a text column encoded apart (in a worker): its column and its dictionary's strings. */
export interface TextColumnPart {
  column: TextColumn;
  strings: string[];
}

function remapped(ids: Int32Array, map: Int32Array): Int32Array {
  const result = sharedInt32(ids.length);
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    result[index] = id < 0 ? id : map[id]!;
  }
  return result;
}

/**
 * Joins slices of one text column encoded separately (records in order) into one column, as if
 * encoded at once: token strings re-interned into one dictionary, entry and key ids renumbered
 * from the tokens, frequencies counted over all records.
 */
export function mergeTextColumns(parts: readonly TextColumnPart[]): { column: TextColumn; dictionary: Dictionary } {
  const dictionary = new Dictionary();
  const total = (pick: (column: TextColumn) => number) => parts.reduce((sum, part) => sum + pick(part.column), 0);
  const valueNumbers = new SequenceNumbers(total((column) => column.valueFirstEntry.length));
  const otherNumbers = new SequenceNumbers(total((column) => column.equivalenceFirstEntry.length));
  const otherKinds = new Int32Builder();
  const scratch = new Int32Array(64);
  const recordCount = total((column) => column.recordEntry.length - 1);
  const entryCount = total((column) => column.entryValue.length);
  const tokenCount = total((column) => column.tokenValue.length);
  const charCount = total((column) => column.chars.length);
  const recordEntry = sharedInt32(recordCount + 1);
  const entryToken = sharedInt32(entryCount + 1);
  const tokenChar = sharedInt32(tokenCount + 1);
  const chars = new Uint16Array(new SharedArrayBuffer(Math.max(2, charCount * 2))).subarray(0, charCount);
  const entryValue = sharedInt32(entryCount);
  const entrySorted = sharedInt32(entryCount);
  const entryKey = sharedInt32(entryCount);
  const entrySkeleton = sharedInt32(entryCount);
  const tokenValue = sharedInt32(tokenCount);
  const tokenKey = sharedInt32(tokenCount);
  const tokenSkeleton = sharedInt32(tokenCount);
  const tokenGroupLow = sharedInt32(tokenCount);
  const tokenGroupHigh = sharedInt32(tokenCount);
  let records = 0;
  let entries = 0;
  let tokens = 0;
  let characters = 0;
  for (const { column, strings } of parts) {
    const tokenMap = new Int32Array(strings.length);
    for (let id = 0; id < strings.length; id++) tokenMap[id] = dictionary.intern(strings[id]!);
    const globalTokens = (ids: Int32Array, entry: number, sort: boolean): number => {
      let count = 0;
      for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]! && count < scratch.length; token++) {
        scratch[count++] = tokenMap[ids[token]!]!;
      }
      if (sort) sortPrefix(scratch, count);
      return count;
    };
    const valueMap = new Int32Array(column.valueFirstEntry.length);
    for (let id = 0; id < valueMap.length; id++) {
      const entry = column.valueFirstEntry[id]!;
      valueMap[id] = entry < 0 ? -1 : valueNumbers.idOf(0, scratch, 0, globalTokens(column.tokenValue, entry, false));
    }
    const equivalenceMap = new Int32Array(column.equivalenceFirstEntry.length);
    for (let id = 0; id < equivalenceMap.length; id++) {
      const entry = column.equivalenceFirstEntry[id]!;
      if (entry < 0) {
        equivalenceMap[id] = -1;
        continue;
      }
      const kind = column.equivalenceKind[id]!;
      const count = globalTokens(kind === 0 ? column.tokenValue : kind === 1 ? column.tokenKey : column.tokenSkeleton, entry, true);
      const global = otherNumbers.idOf(kind, scratch, 0, count);
      if (otherNumbers.isNew) {
        while (otherKinds.length <= global) otherKinds.push(0);
        otherKinds.set(global, kind);
      }
      equivalenceMap[id] = global;
    }
    const partRecords = column.recordEntry.length - 1;
    for (let record = 1; record <= partRecords; record++) recordEntry[records + record] = entries + column.recordEntry[record]!;
    for (let entry = 1; entry < column.entryToken.length; entry++) entryToken[entries + entry] = tokens + column.entryToken[entry]!;
    for (let token = 1; token < column.tokenChar.length; token++) tokenChar[tokens + token] = characters + column.tokenChar[token]!;
    chars.set(column.chars, characters);
    entryValue.set(remapped(column.entryValue, valueMap), entries);
    entrySorted.set(remapped(column.entrySorted, equivalenceMap), entries);
    entryKey.set(remapped(column.entryKey, equivalenceMap), entries);
    entrySkeleton.set(remapped(column.entrySkeleton, equivalenceMap), entries);
    tokenValue.set(remapped(column.tokenValue, tokenMap), tokens);
    tokenKey.set(remapped(column.tokenKey, tokenMap), tokens);
    tokenSkeleton.set(remapped(column.tokenSkeleton, tokenMap), tokens);
    tokenGroupLow.set(column.tokenGroupLow, tokens);
    tokenGroupHigh.set(column.tokenGroupHigh, tokens);
    records += partRecords;
    entries += column.entryValue.length;
    tokens += column.tokenValue.length;
    characters += column.chars.length;
  }
  const kinds = new Uint8Array(otherNumbers.size);
  for (let id = 0; id < kinds.length; id++) kinds[id] = id < otherKinds.length ? otherKinds.get(id) : 0;
  const column = completeTextColumn({
    recordEntry, entryToken, tokenChar, chars, entryValue, entrySorted, entryKey, entrySkeleton,
    tokenValue, tokenKey, tokenSkeleton, tokenGroupLow, tokenGroupHigh,
  }, valueNumbers.size, kinds, dictionary.strings.length);
  return { column, dictionary };
}

/** Encodes a date column; unreadable or absurd dates become missing (year 0). */
export function buildDateColumn(values: ArrayLike<unknown>): DateColumn {
  const year = sharedInt16(values.length);
  const month = sharedUint8(values.length);
  const day = sharedUint8(values.length);
  const digits = sharedInt32(values.length);
  const packedDigits = sharedInt32(values.length);
  const parsed = new Map<string, ReturnType<typeof parsePartialDate>>();
  for (let record = 0; record < values.length; record++) {
    const raw = values[record];
    let date: ReturnType<typeof parsePartialDate> = null;
    if (!isMissingValue(raw)) {
      const text = String(raw);
      date = parsed.get(text) ?? null;
      if (!parsed.has(text)) {
        date = parsePartialDate(text.split('|')[0]);
        if (parsed.size < 200_000) parsed.set(text, date);
      }
    }
    digits[record] = -1;
    if (date === null) continue;
    year[record] = date.year;
    month[record] = date.month;
    day[record] = date.day;
    digits[record] = date.digits;
    packedDigits[record] = packDateDigits(date.digits);
  }
  return { type: 'date', year, month, day, digits, packedDigits };
}

/** Encodes a numeric column; anything that is not a finite number becomes missing (NaN). */
export function buildNumberColumn(values: ArrayLike<unknown>): NumberColumn {
  const numbers = sharedFloat64(values.length);
  for (let record = 0; record < values.length; record++) {
    const raw = values[record];
    if (isMissingValue(raw)) {
      numbers[record] = Number.NaN;
      continue;
    }
    const parsed = typeof raw === 'number' ? raw : Number(String(raw).replace(/[\s,]/g, ''));
    numbers[record] = Number.isFinite(parsed) ? parsed : Number.NaN;
  }
  return { type: 'number', values: numbers };
}
