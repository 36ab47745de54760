import { foldDiacritics } from './fold-diacritics';

/**
 * Rewrites applied in order to a folded, lower-cased token. Upper-case letters are placeholders
 * that later rules must not touch. Each line merges spellings that Khmer names are commonly given
 * for the same sound (NAMES.md; the Documentation Center of Cambodia's table lists many of them).
 */
const rewrites: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/ng/g, 'N'], // ង, kept apart from g → k below
  [/tch|chh|ch|j/g, 'C'], // ច ឆ ជ ឈ: ch / chh / j
  [/kh|gh|ck|q|g|c/g, 'k'], // ក ខ គ ឃ: k / kh / g
  [/ph|bh|b|f/g, 'p'], // ប ផ ព ភ: b / p / ph
  [/th|dh/g, 't'], // ត ថ ទ ធ: t / th
  [/nh|ny/g, 'n'], // ញ: nh / ny / n
  [/sh|x|z/g, 's'],
  [/w/g, 'v'],
  [/oeu|oe|ue/g, 'E'], // ឹ ឺ ើ: oeu / eu / oe / i (គឹម is Kim, ឈឹម Chhim)
  [/eu/g, 'E'],
  [/iea|eah|ea|ia|ie/g, 'I'], // ា (second series), ៀ: ea / ia / ie
  [/aiy|ey|ei|ay|ai/g, 'A'], // ៃ ី: ey / ei / ai / ay (Srey, Srei, Sray)
  [/aou|ao|au|aw|ow|ov$/g, 'O'], // ោ ៅ: ao / au / aw / ov (ពៅ Pov, Pau)
  [/ou|oo|uu/g, 'u'], // ូ: ou / oo / u
  [/aa/g, 'a'],
  [/ee|ii|y/g, 'i'],
  [/([aeiouAEIOU])r(?=[^aeiouAEIOUI]|$)/g, '$1'], // silent r after a vowel: Sokhar, Sophorn
  [/([aeiouAEIOUI])h$/g, '$1'], // final h: Cheah, Sokhah
  [/(.)\1+/g, '$1'], // doubled letters: Sovann, Darra
];

/** How each placeholder is finally written, distinct from every plain letter sequence. */
const placeholderSpelling: Record<string, string> = { N: 'ng', C: 'c', E: 'i', I: 'ia', A: 'ai', O: 'ao' };

/**
 * A phonetic key for romanised Khmer name tokens, so that the usual variant spellings of one
 * Khmer name meet: ch/j, k/g/kh, p/b/ph, t/th, doubled vowels and consonants, ea/ia/ie, ey/ei/ai,
 * ou/u, a silent final h or r (Chea = Chia = Cheah, Sokha = Sokhar, Srey = Srei, Sophorn = Sophon,
 * Chanthou = Chanthu = Jantu). Works on any Latin text; other scripts give ''.
 */
export function khmerPhoneticKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    key = foldDiacritics(token);
    for (const [pattern, replacement] of rewrites) key = key.replace(pattern, replacement);
    key = key.replace(/[A-Z]/g, (placeholder) => placeholderSpelling[placeholder] ?? placeholder.toLowerCase());
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(token, key);
  }
  return key;
}

// Tokens recur across calls (every findCandidates call re-encodes its candidates): compute each once.
const keyCache = new Map<string, string>();

/**
 * The consonant skeleton of a romanised name token: its phonetic key without vowels
 * (Ratana, Rotana and the UNGEGN rôtânéa all give "rtn"; Sokha and Sok Ha's "sok" differ). Vowels
 * are where romanisations of Khmer disagree most, so this coarser key finds candidates that the
 * phonetic key misses; it is too coarse to decide a match on its own. Empty tokens give "".
 */
export function consonantSkeleton(token: string): string {
  const key = khmerPhoneticKey(token);
  const skeleton = key.replace(/[aeiouy]/g, '');
  return skeleton.length > 0 ? skeleton : key;
}
