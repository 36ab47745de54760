import type { Normaliser } from '../model/comparison-kinds';
import { foldDiacritics } from '../names/fold-diacritics';
import { normaliseName } from '../names/normalise-name';

/** Written placeholders for "no value" that must not match each other. */
const missingMarkers = new Set(['', 'na', 'n/a', 'n.a.', 'null', 'none', 'nil', 'unknown', 'unk', '-', '--', '?', '??', 'nan', 'undefined']);

/** Administrative words around place names (province, district, city; in Khmer and English). */
const placeWords = new Set(['khet', 'province', 'krong', 'city', 'srok', 'district', 'khan', 'khum', 'commune', 'sangkat', 'capital', 'reach', 'theani', 'municipality']);
const khmerPlacePrefixes = ['រាជធានី', 'ខេត្ត', 'ក្រុង', 'ស្រុក', 'ខណ្ឌ', 'ឃុំ', 'សង្កាត់'];

/** True for absent values and the usual written placeholders for them. */
export function isMissingValue(value: unknown): boolean {
  if (value == null) return true;
  // No placeholder is longer than nine characters; most values are, and need no further look.
  if (typeof value === 'string' && value.length > 12) return false;
  if (typeof value === 'number') return !Number.isFinite(value);
  return missingMarkers.has(String(value).trim().toLowerCase());
}

function splitAlternatives(value: unknown): string[] {
  return String(value).slice(0, 2000).split('|').map((part) => part.trim()).filter((part) => !isMissingValue(part));
}

function normalisePlace(text: string): string[] {
  let value = text;
  for (const prefix of khmerPlacePrefixes) if (value.startsWith(prefix)) value = value.slice(prefix.length);
  const tokens = normaliseName(value).filter((token) => !placeWords.has(token));
  return tokens;
}

function uniqueEntries(entries: string[][]): string[][] {
  const seen = new Set<string>();
  return entries.filter((tokens) => {
    if (tokens.length === 0) return false;
    const key = tokens.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Normalises a raw text value into entries (alternatives, separated by "|" in names and places),
 * each a list of lower-case Latin tokens. Missing values and placeholders ("", "N/A", "unknown")
 * give []. Never throws.
 */
export function normaliseEntries(value: unknown, normaliser: Normaliser): string[][] {
  if (isMissingValue(value)) return [];
  switch (normaliser) {
    case 'name':
      return uniqueEntries(splitAlternatives(value).map((part) => normaliseName(part).slice(0, 8)));
    case 'place': {
      // A place is one token with its spaces removed: "Kampong Cham", "Kampongcham" and the
      // romanised កំពង់ចាម all become "kampongcham".
      return uniqueEntries(splitAlternatives(value).map((part) => {
        const joined = normalisePlace(part).join('');
        return joined.length > 0 ? [joined] : [];
      }));
    }
    case 'identifier': {
      const token = foldDiacritics(String(value).slice(0, 200)).replace(/[^\p{L}\p{N}]/gu, '');
      return token.length > 0 ? [[token]] : [];
    }
    case 'exact': {
      const token = foldDiacritics(String(value).slice(0, 200)).replace(/\s+/g, ' ').trim();
      return isMissingValue(token) ? [] : [[token]];
    }
    default: {
      const tokens = foldDiacritics(String(value).slice(0, 2000)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((token) => token.length > 0);
      return tokens.length > 0 ? [tokens.slice(0, 64)] : [];
    }
  }
}
