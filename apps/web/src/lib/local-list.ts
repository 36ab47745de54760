/**
 * Search and paging over a list already in memory: the small, fixed reference lists (25
 * provinces, a few dozen countries or laws) that the API answers whole.
 */

// Latin combining marks only: Khmer vowel signs are combining marks too, and must stay.
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;

/** Lower-cases and drops Latin diacritics, so "Bătdâmbâng" is found by "batdambang". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(LATIN_DIACRITICS, '').normalize('NFC').toLocaleLowerCase('en').trim();
}

/** Whether every word of the search appears in one of the fields (blank search matches all). */
export function matchesSearch(search: string, fields: Array<string | null | undefined | readonly string[]>): boolean {
  const words = normaliseForSearch(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseForSearch(fields.flat().filter((field): field is string => typeof field === 'string').join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
}

/** One page of a list (pages count from 1; a page past the end is empty). */
export function slicePage<Item>(items: readonly Item[], page: number, pageSize: number): Item[] {
  const start = (Math.max(1, page) - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
