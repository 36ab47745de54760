import { buildNameIndex } from './build-name-index';
import type { CountryPack } from './country-pack';
import { loadCountryPack } from './load-country-pack';
import { normaliseName } from './normalise-name';
import type { Country } from './schemas/country-schema';

/**
 * Finds a country by ISO alpha-2 or alpha-3 code, English or Khmer name, official or other name,
 * or nationality adjective ("Chinese" finds China), ignoring case and diacritics. Returns
 * undefined when nothing matches.
 *
 * @throws CountryPackError when the default pack cannot be loaded.
 */
export function findCountry(codeOrName: string, pack: CountryPack = loadCountryPack()): Country | undefined {
  const trimmed = codeOrName.trim().toUpperCase();
  const byCode = pack.countries.find((country) => country.alpha2 === trimmed || country.alpha3 === trimmed);
  if (byCode !== undefined) return byCode;
  const index = buildNameIndex(pack.countries, (country) => [
    country.nameEn,
    country.nameKm,
    country.officialNameEn,
    country.demonymEn,
    ...country.alternativeNames,
  ]);
  return index.get(normaliseName(codeOrName));
}
