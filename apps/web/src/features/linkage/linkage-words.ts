import { formatDecimal, formatPercent } from '../../lib/format';
import type { Translate } from '../../lib/form-errors';
import { comparisonKey, levelKey } from './linkage-labels';

/** A comparison's name in the interface language (the engine's name when it is not one the interface knows). */
export function comparisonName(t: Translate, comparison: string): string {
  const key = comparisonKey(comparison);
  return key ? t(`linkage:${key}`) : comparison;
}

/** A level's words in the interface language, its numbers formatted; the engine's English when unknown. */
export function levelName(t: Translate, label: string, locale: string): string {
  const known = levelKey(label);
  if (!known) return label;
  const values = Object.fromEntries(Object.entries(known.values).map(([name, value]) => [name, typeof value === 'number' && name !== 'count' ? formatDecimal(value, locale) : value]));
  return t(`linkage:${known.key}`, values);
}

/** A weight in bits, signed ("+7.41", "−2.10"), in the interface language. */
export function formatWeight(weight: number, locale: string): string {
  return formatDecimal(weight, locale, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A probability (m or u) with three significant digits, or a dash for none (the missing level). */
export function formatProbability(value: number | null, locale: string): string {
  return value === null ? '—' : formatDecimal(value, locale, { maximumSignificantDigits: 3 });
}

/** The `lang` of a name written in a script, so screen readers and fonts read it right. */
export function languageOfScript(script: string): string | undefined {
  const languages: Record<string, string> = { khmer: 'km', latin: 'en', han: 'zh', vietnamese: 'vi', thai: 'th' };
  return languages[script];
}

/**
 * A match probability as a percentage; above 99.9% (but not certain) it reads "≥ 99.9%", since
 * rounding would otherwise claim a certainty the model never has.
 */
export function formatMatchProbability(probability: number, locale: string): string {
  if (probability >= 0.999 && probability < 1) return `≥ ${formatPercent(0.999, locale)}`;
  return formatPercent(probability, locale);
}
