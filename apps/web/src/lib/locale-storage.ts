import { DEFAULT_LOCALE, LOCALES, type Locale } from '@ctip/contracts';

/**
 * The one key ctip keeps in browser storage: the interface language before sign-in. It holds
 * a language code and nothing else (SECURITY.md 16: nothing identifying stays in the browser).
 */
export const LOCALE_STORAGE_KEY = 'ctip.locale';

/** Whether a value is one of the interface languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered language, or the default when none (or something else) is stored. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): Locale {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Remembers the language for the next visit; storage being unavailable is not an error. */
export function writeStoredLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | null = safeLocalStorage()): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage; the language then resets on the next visit.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
