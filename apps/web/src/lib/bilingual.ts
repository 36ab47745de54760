/** A name in the interface language: Khmer when reading Khmer and a Khmer name exists, else English. */
export function nameIn(locale: string, nameEn: string, nameKm: string | null | undefined): string {
  return locale === 'km' && nameKm ? nameKm : nameEn;
}

/** The other-language name, to show beneath the main one (null when there is none). */
export function otherNameIn(locale: string, nameEn: string, nameKm: string | null | undefined): string | null {
  if (!nameKm) return null;
  return locale === 'km' ? nameEn : nameKm;
}
