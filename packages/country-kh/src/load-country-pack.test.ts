import { describe, expect, it } from 'vitest';
import { loadCountryPack, loadProvinces, loadReferenceStatistics, readCountryPackFiles } from './load-country-pack';
import { buildCountryPack } from './build-country-pack';

describe('loadCountryPack', () => {
  it('validates the shipped data files', () => {
    expect(() => buildCountryPack(readCountryPackFiles())).not.toThrow();
  });

  it('reads the files once and returns the same object afterwards', () => {
    expect(loadCountryPack()).toBe(loadCountryPack());
    expect(loadProvinces()).toBe(loadCountryPack().provinces);
  });

  it('returns frozen data so that no caller can change it for the others', () => {
    const province = loadProvinces()[0];
    expect(Object.isFrozen(loadCountryPack())).toBe(true);
    expect(Object.isFrozen(province?.centroid)).toBe(true);
    expect(() => {
      (province as { nameEn: string }).nameEn = 'changed';
    }).toThrow(TypeError);
  });

  it('lists the 25 provinces KH-1 to KH-25 once each', () => {
    const codes = loadProvinces().map((province) => province.code);
    expect(codes).toEqual(Array.from({ length: 25 }, (_, index) => `KH-${index + 1}`));
    expect(new Set(codes).size).toBe(25);
  });

  it('resolves each statistic\'s source to its document', () => {
    const statistic = loadReferenceStatistics().find((candidate) => candidate.id === 's003-persons-deported-2024');
    expect(statistic?.source).toMatchObject({
      documentId: 'seed-003-ppp-2025-03-28',
      publisher: 'The Phnom Penh Post',
      date: '2025-03-28',
    });
  });
});
