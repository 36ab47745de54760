import { buildNameIndex } from './build-name-index';
import type { CountryPack } from './country-pack';
import { loadCountryPack } from './load-country-pack';
import { normaliseName } from './normalise-name';
import type { Province } from './schemas/province-schema';

/**
 * Finds a province by ISO code (`KH-12`, `kh-012`, `KH12`) or by any of its names: English,
 * Khmer, ISO, BGN/PCGN or an alternative spelling, ignoring case, diacritics, punctuation and
 * words such as "province" or "khet". Returns undefined when nothing matches.
 *
 * @throws CountryPackError when the default pack cannot be loaded.
 */
export function findProvince(codeOrName: string, pack: CountryPack = loadCountryPack()): Province | undefined {
  const code = /^\s*kh\s*-?\s*0*(\d{1,2})\s*$/i.exec(codeOrName);
  if (code !== null) return pack.provinces.find((province) => province.code === `KH-${Number(code[1])}`);
  const index = buildNameIndex(pack.provinces, (province) => [
    province.nameEn,
    province.nameKm,
    province.nameIso,
    province.nameBgnPcgn,
    ...province.alternativeSpellings,
  ]);
  return index.get(normaliseName(codeOrName));
}
