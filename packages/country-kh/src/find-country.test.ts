import { describe, expect, it } from 'vitest';
import { findCountry } from './find-country';
import { loadCountries } from './load-country-pack';

describe('findCountry', () => {
  it.each([
    ['CN', 'CN'],
    ['chn', 'CN'],
    ['Chinese', 'CN'],
    ['ចិន', 'CN'],
    ['Viet Nam', 'VN'],
    ['Lao PDR', 'LA'],
    ['Burma', 'MM'],
    ['ភូមា', 'MM'],
    ['Korea', 'KR'],
    ['កូរ៉េ\u200bខាង\u200bត្បូង', 'KR'],
    ['Republic of Korea', 'KR'],
    ["People's Republic of China", 'CN'],
  ])('finds %s', (query, code) => {
    expect(findCountry(query)?.alpha2).toBe(code);
  });

  it('finds nothing for an unknown name', () => {
    expect(findCountry('Atlantis')).toBeUndefined();
  });

  it('has every country the brief and the seeds name', () => {
    const codes = new Set(loadCountries().map((country) => country.alpha2));
    for (const code of ['KH', 'TH', 'VN', 'LA', 'MY', 'CN', 'TW', 'KR', 'KP', 'ID', 'MM', 'SA', 'US', 'SO', 'SG', 'SY', 'AF', 'SS', 'PH', 'IN', 'BD', 'NP', 'LK', 'PK', 'JP']) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('gives Khmer names that agree with Unicode CLDR as shipped with Node', () => {
    const khmer = new Intl.DisplayNames(['km'], { type: 'region' });
    for (const country of loadCountries()) {
      const cldr = (khmer.of(country.alpha2) ?? '').replace(/\u200b/g, '').replace(/\s*\(.*\)$/, '');
      expect(country.nameKm, country.alpha2).toBe(cldr);
    }
  });

  it('says which seed supports each role', () => {
    const thailand = findCountry('TH');
    expect(thailand?.roles.map((role) => role.role)).toContain('destination');
    expect(thailand?.roles.every((role) => role.sourceIds.length > 0)).toBe(true);
  });
});
