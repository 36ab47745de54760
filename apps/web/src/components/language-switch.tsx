import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@ctip/contracts';

/** Each language named in itself, so a reader finds theirs whatever the current language. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', km: 'ខ្មែរ' };

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  value: Locale;
  onChange(locale: Locale): void;
  disabled?: boolean;
  size?: 'xs' | 'sm';
}

/** Chooses the interface language (a radio group, operable with the arrow keys). */
export function LanguageSwitch({ value, onChange, disabled = false, size = 'sm' }: LanguageSwitchProps) {
  const { t } = useTranslation('common');
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size={size}
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(next as Locale)}
      data={LOCALES.map((locale) => ({ value: locale, label: <span lang={locale}>{LANGUAGE_NAMES[locale]}</span> }))}
    />
  );
}
