import { pinyin } from 'pinyin-pro';
import { chineseSurnameSpellings, compoundSurnames } from './chinese-surnames';
import { foldDiacritics } from './fold-diacritics';

const hanPattern = /\p{Script=Han}/u;

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return hanPattern.test(text);
}

/**
 * Romanises a Chinese name written in characters as Mandarin pinyin without tones, family name
 * first and given name syllables joined: 陈小明 → "chen xiaoming", 欧阳修 → "ouyang xiu". Uses
 * pinyin-pro's surname mode so polyphonic family names read as family names (曾 zeng, 单 shan).
 * Characters that are not Han pass through. Never throws.
 */
export function romaniseChinese(text: string): string {
  const parts: string[] = [];
  for (const run of text.split(/(\p{Script=Han}+)/u)) {
    if (run.length === 0) continue;
    if (!hanPattern.test(run)) {
      parts.push(run);
      continue;
    }
    const syllables = pinyin(run, { mode: 'surname', toneType: 'none', type: 'array', v: false });
    const familyLength = run.length >= 3 && compoundSurnames.has(run.slice(0, 2)) ? 2 : 1;
    const family = syllables.slice(0, familyLength).join('');
    const given = syllables.slice(familyLength).join('');
    parts.push(given.length > 0 ? ` ${family} ${given} ` : ` ${family} `);
  }
  return foldDiacritics(parts.join('')).replace(/\s+/g, ' ').trim();
}

const groupsBySpelling = new Map<string, number[]>();
const groupsByCharacter = new Map<string, number>();
chineseSurnameSpellings.forEach((entry, group) => {
  for (const character of entry.characters) groupsByCharacter.set(character, group);
  for (const spelling of entry.spellings) {
    const key = foldDiacritics(spelling).replace(/[^a-z]/g, '');
    const groups = groupsBySpelling.get(key) ?? [];
    if (!groups.includes(group)) groups.push(group);
    groupsBySpelling.set(key, groups);
  }
});

/** Number of surname groups; group numbers are below this. */
export const surnameGroupCount = chineseSurnameSpellings.length;

/**
 * The Chinese family-name groups a romanised token may stand for (Tan → 陈; Ng → 黄 and 吴), or the
 * group of a family name written in characters; [] when none. Two names whose tokens share a group
 * may be the same family name spelled from different Chinese languages.
 */
export function chineseSurnameGroups(token: string): number[] {
  const byCharacter = groupsByCharacter.get(token.charAt(0));
  if (byCharacter !== undefined) return [byCharacter];
  return groupsBySpelling.get(foldDiacritics(token).replace(/[^a-z]/g, '')) ?? [];
}

/** All spellings in the surname table that share a group with the token (for display and tests). */
export function chineseSurnameVariants(token: string): string[] {
  const variants = new Set<string>();
  for (const group of chineseSurnameGroups(token)) {
    for (const spelling of chineseSurnameSpellings[group]!.spellings) variants.add(foldDiacritics(spelling).replace(/[^a-z]/g, ''));
  }
  return [...variants];
}
