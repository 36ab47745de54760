import { nameIn } from '../../lib/bilingual';

/** The name of an organisation in the interface language, falling back to English. */
export function organisationNameIn(locale: string, organisation: { nameEn: string; nameKm: string | null }): string {
  return nameIn(locale, organisation.nameEn, organisation.nameKm);
}
