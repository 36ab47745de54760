import { buildNameIndex } from './build-name-index';
import type { CountryPack } from './country-pack';
import { loadCountryPack } from './load-country-pack';
import { normaliseName } from './normalise-name';
import type { Organisation } from './schemas/organisation-schema';

/**
 * Finds an organisation by id, acronym (`NCCT`, `MoSVY`), English or Khmer name or another name
 * it goes by, ignoring case and diacritics. Returns undefined when nothing matches.
 *
 * @throws CountryPackError when the default pack cannot be loaded.
 */
export function findOrganisation(idOrName: string, pack: CountryPack = loadCountryPack()): Organisation | undefined {
  const byId = pack.organisations.find((organisation) => organisation.id === idOrName.trim());
  if (byId !== undefined) return byId;
  const index = buildNameIndex(pack.organisations, (organisation) => [
    organisation.acronym,
    organisation.nameEn,
    organisation.nameKm,
    ...organisation.alternativeNames,
  ]);
  return index.get(normaliseName(idOrName));
}
