import { describe, expect, it } from 'vitest';
import { HEADER_WORDS, lookupKey } from './import-vocabulary';

describe('import vocabulary', () => {
  it('maps no header to two fields', () => {
    const owners = new Map<string, string[]>();
    for (const [field, words] of Object.entries(HEADER_WORDS)) for (const word of words) owners.set(lookupKey(word), [...(owners.get(lookupKey(word)) ?? []), field]);
    expect([...owners].filter(([, fields]) => new Set(fields).size > 1)).toEqual([]);
  });
  it('reduces spellings of a header to one key', () => {
    expect(new Set(['Date of birth', 'DATE_OF_BIRTH', 'date-of-birth', ' Date  of Birth '].map(lookupKey)).size).toBe(1);
    expect(lookupKey('Nữ')).toBe('nu');
    expect(lookupKey('ថ្ងៃ\u200bកំណើត')).toBe('ថ្ងៃកំណើត');
  });
});
