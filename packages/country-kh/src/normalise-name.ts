// Words that only say what kind of place a name is ("Khet Kandal", "Kep City"); dropped so
// that "Krong Preah Sihanouk" and "Preah Sihanouk" meet.
const leadingAffixes = ['reach theani ', 'khet ', 'krong ', 'province of ', 'ខេត្ត', 'រាជធានី', 'ក្រុង'];
const trailingAffixes = [' capital city', ' province', ' municipality', ' capital', ' city', ' town'];

/**
 * Reduces a place or organisation name to a key for lookups: case, Latin diacritics (ă, é, ŏ …),
 * punctuation and spacing are ignored; œ and æ become oe and ae; Khmer subscript DA (្ដ) counts
 * as subscript TA (្ត) because the two look alike and both spellings occur; zero-width spaces
 * (which Khmer text carries as word breaks) are dropped. Never throws.
 */
export function normaliseName(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\u17d2\u178a/g, '\u17d2\u178f')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  for (const affix of leadingAffixes) {
    if (text.startsWith(affix) && text.length > affix.length) text = text.slice(affix.length).trim();
  }
  for (const affix of trailingAffixes) {
    if (text.endsWith(affix) && text.length > affix.length) text = text.slice(0, -affix.length).trim();
  }
  return text.replace(/ /g, '');
}
