import { foldDiacritics } from './fold-diacritics';
import { isKhmer } from './khmer-letters';
import { romaniseChinese, hasHan } from './romanise-chinese';
import { romaniseKhmer } from './romanise-khmer';

/** Khmer honorifics written before a name (Mr, Madam, Miss, His Excellency, Oknha). */
const khmerHonorifics = ['លោកស្រី', 'អ្នកស្រី', 'ឯកឧត្តម', 'លោកជំទាវ', 'ឧកញ៉ា', 'កញ្ញា', 'លោក', 'អ្នក'];
/** Latin titles dropped when a name has other tokens. */
const latinTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'lok', 'loksrey', 'loksrei', 'neak', 'neaksrey', 'kanha', 'oknha', 'excellency']);

function hasKhmerScript(text: string): boolean {
  for (const character of text) if (isKhmer(character.codePointAt(0)!)) return true;
  return false;
}

function stripKhmerHonorific(word: string): string {
  for (const honorific of khmerHonorifics) {
    if (word.startsWith(honorific) && word.length > honorific.length) return word.slice(honorific.length);
    if (word === honorific) return '';
  }
  return word;
}

// Names repeat word by word far more than whole: normalise each distinct word once.
const wordCache = new Map<string, readonly string[]>();

function normaliseWord(word: string): readonly string[] {
  let tokens = wordCache.get(word);
  if (tokens === undefined) {
    let value = word;
    if (hasKhmerScript(value)) value = romaniseKhmer(stripKhmerHonorific(value));
    if (hasHan(value)) value = romaniseChinese(value);
    tokens = foldDiacritics(value)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter((token) => token.length > 0);
    if (wordCache.size > 500_000) wordCache.clear();
    wordCache.set(word, tokens);
  }
  return tokens;
}

/**
 * Turns a name in any of ctip's scripts into lower-case Latin tokens for matching: Khmer script
 * romanised by UNGEGN (honorifics such as លោក dropped), Chinese characters to pinyin with the
 * family name first, Latin and Vietnamese folded (Nguyễn → nguyen, đ → d), punctuation and
 * hyphens as separators, titles (Mr, Lok, Neak …) dropped when other tokens remain.
 * Returns [] for empty or unusable input. Never throws.
 */
export function normaliseName(text: unknown): string[] {
  if (text == null) return [];
  const value = String(text).normalize('NFC').slice(0, 500);
  const tokens: string[] = [];
  for (const word of value.split(/[\s\u200b]+/)) {
    if (word.length > 0) for (const token of normaliseWord(word)) tokens.push(token);
  }
  if (tokens.length > 1) {
    const kept = tokens.filter((token) => !latinTitles.has(token));
    if (kept.length > 0) return kept;
  }
  return tokens;
}
