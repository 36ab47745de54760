import { describe, expect, it } from 'vitest';
import { matchesSearch, normaliseForSearch, slicePage } from './local-list';

describe('searching a list in memory', () => {
  it('ignores case and Latin diacritics but keeps Khmer intact', () => {
    expect(normaliseForSearch('  Bătdâmbâng ')).toBe('batdambang');
    expect(normaliseForSearch('បាត់ដំបង')).toBe('បាត់ដំបង'.normalize('NFC'));
    expect(matchesSearch('batdam', ['Bătdâmbâng'])).toBe(true);
    expect(matchesSearch('បាត់', ['Battambang', 'បាត់ដំបង'])).toBe(true);
    expect(matchesSearch('ដំបង', ['កំពង់ចាម'])).toBe(false);
  });

  it('needs every word somewhere in the fields, and matches everything when blank', () => {
    expect(matchesSearch('kampong cham', ['Kampong Cham', null, ['Kompong Cham']])).toBe(true);
    expect(matchesSearch('kampong siem', ['Kampong Cham'])).toBe(false);
    expect(matchesSearch('   ', [])).toBe(true);
  });

  it('slices pages from 1', () => {
    const items = [1, 2, 3, 4, 5];
    expect(slicePage(items, 1, 2)).toEqual([1, 2]);
    expect(slicePage(items, 3, 2)).toEqual([5]);
    expect(slicePage(items, 4, 2)).toEqual([]);
    expect(slicePage(items, 0, 2)).toEqual([1, 2]);
  });
});
