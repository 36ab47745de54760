/**
 * The comparators work on UTF-16 code units held in typed arrays, addressed by [start, end)
 * ranges, so that a column of strings is encoded once and compared without allocation.
 * Names reach the comparators already romanised and folded to Latin letters, where a code
 * unit is a character.
 */
export type CodeUnits = Uint16Array;

/** Encodes a string into a fresh code-unit array (for one-off comparisons and tests). */
export function toCodeUnits(text: string): CodeUnits {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
  return units;
}
