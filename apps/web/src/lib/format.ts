import 'dayjs/locale/km';
import dayjs from 'dayjs';
import type { Locale } from '@ctip/contracts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', km: 'km-KH' };

/** The BCP 47 tag used to format numbers for an interface language. */
export function intlLocaleOf(locale: string): string {
  return INTL_LOCALE[locale as Locale] ?? INTL_LOCALE.en;
}

// Dates go through dayjs and its bundled Khmer locale: browsers' own Khmer date data varies
// (some builds fall back to English month names), dayjs's does not.
function formatWith(value: string | null | undefined, locale: string, pattern: string): string {
  if (!value) return '—';
  const date = dayjs(value);
  if (!date.isValid()) return value;
  return date.locale(locale === 'km' ? 'km' : 'en').format(pattern);
}

/** A date and time for tables, in the interface language and the browser's time zone; an em dash for none. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  return formatWith(value, locale, 'D MMM YYYY, HH:mm');
}

/** A date without time, in the interface language. */
export function formatDate(value: string | null | undefined, locale: string): string {
  return formatWith(value, locale, 'D MMM YYYY');
}

/** A whole number in the interface language. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocaleOf(locale)).format(value);
}

/**
 * A number with decimals in the interface language; by default at most two
 * (`{ signDisplay: 'exceptZero' }` for a signed weight, `maximumSignificantDigits` for a tiny probability).
 */
export function formatDecimal(value: number, locale: string, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), options).format(value);
}

/** A share between 0 and 1 as a percentage (0.987 → 98.7%), in the interface language. */
export function formatPercent(value: number, locale: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), { style: 'percent', maximumFractionDigits }).format(value);
}
