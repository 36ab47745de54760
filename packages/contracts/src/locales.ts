/** Languages of the interface. Every string a user sees exists in each. */
export const LOCALES = ['en', 'km'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The language used when a user has not chosen one. */
export const DEFAULT_LOCALE: Locale = 'en';
