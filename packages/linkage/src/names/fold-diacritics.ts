/**
 * Letters that Unicode decomposition does not split into a base letter and marks, mapped to what
 * a person would type without a special keyboard. Vietnamese đ is a separate letter, not d with a
 * mark; œ and ə come out of Khmer romanisation.
 */
const separateLetters: Record<string, string> = {
  đ: 'd', Đ: 'D', ð: 'd', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ə: 'e', Ə: 'E', ø: 'o', Ø: 'O',
  ß: 'ss', ł: 'l', Ł: 'L', ı: 'i', ŀ: 'l', þ: 'th',
};

/**
 * Folds a string for matching: Unicode NFKD, combining marks removed (every Vietnamese tone and
 * vowel mark, the Khmer romanisation's breves and circumflexes), the separate letters above
 * replaced, modifier apostrophes dropped, lower-cased. Scripts without marks pass unchanged.
 */
export function foldDiacritics(text: string): string {
  const decomposed = text.normalize('NFKD');
  let result = '';
  for (const character of decomposed) {
    const code = character.codePointAt(0)!;
    // Combining diacritical marks (0300–036F), their supplements and extended blocks.
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff)
      || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff)
      || (code >= 0xfe20 && code <= 0xfe2f)) continue;
    // Modifier letter apostrophes and the ASCII apostrophe (Khmer glottal stop, O'Smach).
    if (code === 0x2bc || code === 0x2bb || code === 0x27 || code === 0x2019 || code === 0x2018) continue;
    result += separateLetters[character] ?? character;
  }
  return result.toLowerCase();
}
