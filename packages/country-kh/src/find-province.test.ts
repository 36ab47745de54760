import { describe, expect, it } from 'vitest';
import { findProvince } from './find-province';
import { loadProvinces } from './load-country-pack';

describe('findProvince', () => {
  it.each([
    ['KH-18', 'KH-18'],
    ['kh-018', 'KH-18'],
    ['KH18', 'KH-18'],
    ['Sihanoukville', 'KH-18'],
    ['kompong som', 'KH-18'],
    ['Preăh Seihânŭ', 'KH-18'],
    ['ព្រះសីហនុ', 'KH-18'],
    ['Kandal', 'KH-8'],
    ['កណ្ដាល', 'KH-8'],
    ['KANDAAL', 'KH-8'],
    ['Khet Siem Reap', 'KH-17'],
    ['Siĕmréab', 'KH-17'],
    ['Tbong Khmum', 'KH-25'],
    ['ratanakkiri', 'KH-16'],
    ['Phnom Penh Capital', 'KH-12'],
    ['Ŏtdâr Méan Choăy', 'KH-22'],
  ])('finds %s', (query, code) => {
    expect(findProvince(query)?.code).toBe(code);
  });

  it('finds every province by each of its own names', () => {
    for (const province of loadProvinces()) {
      for (const name of [province.nameEn, province.nameKm, province.nameIso, province.nameBgnPcgn, ...province.alternativeSpellings]) {
        expect(findProvince(name)?.code, name).toBe(province.code);
      }
    }
  });

  it.each(['KH-26', 'KH-0', 'Bangkok', '', 'Kampong'])('finds nothing for %j', (query) => {
    expect(findProvince(query)).toBeUndefined();
  });
});
