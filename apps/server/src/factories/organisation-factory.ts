import type { OrganisationKind } from '@ctip/contracts';
import type { OrganisationInput } from '../modules/organisations/use-cases/save-organisation';
import { createRandom, type Random } from './random';

const NAMES: Array<[string, OrganisationKind, string]> = [
  ['Sunrise Shelter', 'shelter', 'KH'],
  ['Mekong Hope Hotline', 'ngo', 'KH'],
  ['Provincial Anti-Trafficking Police Office', 'police_unit', 'KH'],
  ['Provincial Department of Social Affairs', 'government_body', 'KH'],
  ['Embassy of Indonesia', 'embassy', 'ID'],
  ['Safe Migration Legal Aid', 'ngo', 'KH'],
];

let counter = 0;

/** A valid organisation; overrides replace any field. Names are labelled synthetic. */
export function buildOrganisation(overrides: Partial<OrganisationInput> = {}, random: Random = createRandom(++counter)): OrganisationInput {
  const [name, kind, country] = random.pick(NAMES);
  return { nameEn: `[Demo] ${name} ${++counter}`, nameKm: null, kind, countryCode: country, ...overrides };
}
