/**
 * Letter tables of the Khmer romanisation (UNGEGN 1972 = BGN/PCGN 1972). Sources: the UNGEGN
 * Working Group on Romanization Systems report (version 4.0, 2013) and the BGN/PCGN "Romanization
 * of Khmer" sheet, as summarised in docs/NAMES.md; see README.md for the full table.
 */

/** Series of a consonant: 1 takes the â readings of dependent vowels, 2 the ô readings. */
export type Series = 1 | 2;

/** Consonant letters U+1780–U+17A2: romanisation and series. */
export const consonants: ReadonlyMap<number, { latin: string; series: Series; isSonorant: boolean }> = new Map([
  [0x1780, { latin: 'k', series: 1, isSonorant: false }], // ក
  [0x1781, { latin: 'kh', series: 1, isSonorant: false }], // ខ
  [0x1782, { latin: 'k', series: 2, isSonorant: false }], // គ
  [0x1783, { latin: 'kh', series: 2, isSonorant: false }], // ឃ
  [0x1784, { latin: 'ng', series: 2, isSonorant: true }], // ង
  [0x1785, { latin: 'ch', series: 1, isSonorant: false }], // ច
  [0x1786, { latin: 'chh', series: 1, isSonorant: false }], // ឆ
  [0x1787, { latin: 'ch', series: 2, isSonorant: false }], // ជ
  [0x1788, { latin: 'chh', series: 2, isSonorant: false }], // ឈ
  [0x1789, { latin: 'nh', series: 2, isSonorant: true }], // ញ
  [0x178a, { latin: 'd', series: 1, isSonorant: false }], // ដ
  [0x178b, { latin: 'th', series: 1, isSonorant: false }], // ឋ
  [0x178c, { latin: 'd', series: 2, isSonorant: false }], // ឌ
  [0x178d, { latin: 'th', series: 2, isSonorant: false }], // ឍ
  [0x178e, { latin: 'n', series: 1, isSonorant: true }], // ណ
  [0x178f, { latin: 't', series: 1, isSonorant: false }], // ត
  [0x1790, { latin: 'th', series: 1, isSonorant: false }], // ថ
  [0x1791, { latin: 't', series: 2, isSonorant: false }], // ទ
  [0x1792, { latin: 'th', series: 2, isSonorant: false }], // ធ
  [0x1793, { latin: 'n', series: 2, isSonorant: true }], // ន
  [0x1794, { latin: 'b', series: 1, isSonorant: false }], // ប
  [0x1795, { latin: 'ph', series: 1, isSonorant: false }], // ផ
  [0x1796, { latin: 'p', series: 2, isSonorant: false }], // ព
  [0x1797, { latin: 'ph', series: 2, isSonorant: false }], // ភ
  [0x1798, { latin: 'm', series: 2, isSonorant: true }], // ម
  [0x1799, { latin: 'y', series: 2, isSonorant: true }], // យ
  [0x179a, { latin: 'r', series: 2, isSonorant: true }], // រ
  [0x179b, { latin: 'l', series: 2, isSonorant: true }], // ល
  [0x179c, { latin: 'v', series: 2, isSonorant: true }], // វ
  [0x179d, { latin: 'sh', series: 1, isSonorant: false }], // ឝ (obsolete)
  [0x179e, { latin: 'ss', series: 2, isSonorant: false }], // ឞ (obsolete)
  [0x179f, { latin: 's', series: 1, isSonorant: false }], // ស
  [0x17a0, { latin: 'h', series: 1, isSonorant: false }], // ហ
  [0x17a1, { latin: 'l', series: 1, isSonorant: true }], // ឡ
  [0x17a2, { latin: 'ʼ', series: 1, isSonorant: false }], // អ (glottal stop)
]);

/** Independent vowel letters U+17A3–U+17B3. */
export const independentVowels: ReadonlyMap<number, string> = new Map([
  [0x17a3, 'â'], [0x17a4, 'a'], [0x17a5, 'ĕ'], [0x17a6, 'ei'], [0x17a7, 'ŏ'], [0x17a8, 'ŏk'],
  [0x17a9, 'ŭ'], [0x17aa, 'ŏu'], [0x17ab, 'rœ̆'], [0x17ac, 'rœ'], [0x17ad, 'lœ̆'], [0x17ae, 'lœ'],
  [0x17af, 'é'], [0x17b0, 'ai'], [0x17b1, 'aô'], [0x17b2, 'aô'], [0x17b3, 'âu'],
]);

/** Dependent vowel signs U+17B6–U+17C5: [first-series reading, second-series reading]. */
export const dependentVowels: ReadonlyMap<number, readonly [string, string]> = new Map([
  [0x17b6, ['a', 'éa']], // ា
  [0x17b7, ['ĕ', 'ĭ']], // ិ
  [0x17b8, ['ei', 'i']], // ី
  [0x17b9, ['œ̆', 'œ̆']], // ឹ
  [0x17ba, ['œ', 'œ']], // ឺ
  [0x17bb, ['ŏ', 'ŭ']], // ុ
  [0x17bc, ['o', 'u']], // ូ
  [0x17bd, ['uŏ', 'uŏ']], // ួ
  [0x17be, ['aeu', 'eu']], // ើ
  [0x17bf, ['eua', 'eua']], // ឿ
  [0x17c0, ['iĕ', 'iĕ']], // ៀ
  [0x17c1, ['é', 'é']], // េ
  [0x17c2, ['ê', 'ê']], // ែ
  [0x17c3, ['ai', 'ey']], // ៃ
  [0x17c4, ['aô', 'oŭ']], // ោ
  [0x17c5, ['au', 'ŏu']], // ៅ
]);

/** Signs that change a syllable's reading. */
export const signs = {
  nikahit: 0x17c6, // ំ final nasal
  reahmuk: 0x17c7, // ះ final aspiration
  yuukaleapintu: 0x17c8, // ៈ final glottal stop
  muusikatoan: 0x17c9, // ៉ makes a second-series consonant first-series
  triisap: 0x17ca, // ៊ makes a first-series consonant second-series
  bantoc: 0x17cb, // ់ shortens the vowel before a final consonant
  robat: 0x17cc, // ៌ an r written above
  toandakhiat: 0x17cd, // ៍ marks a silent letter; transliteration keeps the letter
  kakabat: 0x17ce,
  ahsda: 0x17cf,
  samyokSannya: 0x17d0, // ័ short a
  viriam: 0x17d1,
  coeng: 0x17d2, // ្ the next consonant is written below (a subscript)
  bathamasat: 0x17d3,
} as const;

/** Base consonant + subscript pairs read as one foreign sound (the Geographic Department's digraphs). */
export const digraphs: ReadonlyMap<string, string> = new Map([
  ['ហ្គ', 'g'], ['ហ្ន', 'n'], ['ហ្ម', 'm'], ['ហ្ល', 'l'], ['ហ្វ', 'f'], ['ហ្ស', 'z'],
]);

/** True for Khmer letters, signs and digits (U+1780–U+17FF, U+19E0–U+19FF). */
export function isKhmer(code: number): boolean {
  return (code >= 0x1780 && code <= 0x17ff) || (code >= 0x19e0 && code <= 0x19ff);
}
