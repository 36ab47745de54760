import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, readStoredLocale, writeStoredLocale } from './locale-storage';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

describe('the remembered language', () => {
  it('reads only a known language code, else the default', () => {
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'km' }))).toBe('km');
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe('en');
    expect(readStoredLocale(memoryStorage())).toBe('en');
    expect(readStoredLocale(null)).toBe('en');
  });

  it('stores the language code under one key and survives a storage that refuses', () => {
    const storage = memoryStorage();
    writeStoredLocale('km', storage);
    expect([...storage.values.entries()]).toEqual([[LOCALE_STORAGE_KEY, 'km']]);
    const refusing = { setItem: () => { throw new Error('QuotaExceededError'); }, getItem: () => { throw new Error('SecurityError'); } };
    expect(() => writeStoredLocale('en', refusing)).not.toThrow();
    expect(readStoredLocale(refusing)).toBe('en');
  });
});
