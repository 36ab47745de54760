import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@ctip/contracts';
import { NAMESPACES, resources } from '../locales/resources';

/**
 * Starts i18next with every translation bundled (no HTTP backend: the app works offline and
 * asks no other server for text). Keeps `<html lang>` in step with the language, which also
 * lets screen readers and the Khmer font stack apply.
 */
export function initI18n(locale: Locale): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'km'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    // No advertising line in the console of a field office's browser.
    showSupportNotice: false,
  });
  const applyLanguage = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  applyLanguage(i18next.language);
  i18next.on('languageChanged', applyLanguage);
  return i18next;
}
