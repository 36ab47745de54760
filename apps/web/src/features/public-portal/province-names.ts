// The public list is read without signing in, so the reference data's province names (an API
// for signed-in users) are not available to it: it bundles them from the country pack, the
// source the server loads them from.
import countryPack from '../../../../../packages/country-kh/data/provinces.json';

/** A province's names. */
export interface ProvinceNames {
  nameEn: string;
  nameKm: string;
}

const BY_CODE = new Map<string, ProvinceNames>(countryPack.provinces.map((province) => [province.code, { nameEn: province.nameEn, nameKm: province.nameKm }]));

/** The names of a province by its ISO 3166-2 code (null for an unknown code). */
export function provinceNamesOf(code: string): ProvinceNames | null {
  return BY_CODE.get(code) ?? null;
}

/** Every province, by code, for a filter. */
export function allProvinces(): Array<{ code: string } & ProvinceNames> {
  return [...BY_CODE.entries()].map(([code, names]) => ({ code, ...names }));
}
