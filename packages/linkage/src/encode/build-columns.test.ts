import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../../bench/linkage/generate-people';
import { buildTextColumn, entryText, mergeTextColumns } from './build-columns';
import type { TextColumn } from './columns';

function recordView(column: TextColumn, strings: string[], record: number) {
  const entries = [];
  for (let entry = column.recordEntry[record]!; entry < column.recordEntry[record + 1]!; entry++) {
    const tokens = [];
    for (let token = column.entryToken[entry]!; token < column.entryToken[entry + 1]!; token++) {
      tokens.push([strings[column.tokenValue[token]!], strings[column.tokenKey[token]!], strings[column.tokenSkeleton[token]!], column.tokenGroupLow[token]]);
    }
    entries.push({
      text: entryText(column, { strings } as never, entry),
      tokens,
      frequencies: [column.valueFrequency[column.entryValue[entry]!], column.equivalenceFrequency[column.entrySorted[entry]!], column.equivalenceFrequency[column.entryKey[entry]!], column.equivalenceFrequency[column.entrySkeleton[entry]!]],
    });
  }
  return entries;
}

describe('text columns encoded in slices and merged', () => {
  it('equal the column encoded at once: same entries, tokens, keys, equalities and frequencies', () => {
    const names = generatePeople({ records: 3000, seed: 5 }).map((person) => person.name);
    names.push('', 'N/A', '陈小明 | Tan Xiao Ming', 'ជា សុខា | Chea Sokha | Sokha Chea');
    const whole = buildTextColumn(names, 'name');
    const cut = [0, 700, 1900, names.length];
    const parts = cut.slice(1).map((end, index) => {
      const { column, dictionary } = buildTextColumn(names.slice(cut[index], end), 'name');
      return { column, strings: dictionary.strings };
    });
    const merged = mergeTextColumns(parts);
    expect(merged.column.recordEntry.length).toBe(whole.column.recordEntry.length);
    for (let record = 0; record < names.length; record++) {
      expect(recordView(merged.column, merged.dictionary.strings, record)).toEqual(recordView(whole.column, whole.dictionary.strings, record));
    }
    // Ids are numbered differently but must agree on what is equal.
    for (let trial = 0; trial < 3000; trial++) {
      const a = (trial * 7919) % whole.column.entryValue.length;
      const b = (trial * 104729 + 13) % whole.column.entryValue.length;
      for (const ids of ['entryValue', 'entrySorted', 'entryKey', 'entrySkeleton'] as const) {
        expect(merged.column[ids][a] === merged.column[ids][b]).toBe(whole.column[ids][a] === whole.column[ids][b]);
      }
    }
    expect(Array.from(merged.column.equivalenceSquares)).toEqual(Array.from(whole.column.equivalenceSquares).map((value) => expect.closeTo(value, 12)));
  });
});
