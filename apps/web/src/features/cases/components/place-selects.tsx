import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameIn, otherNameIn } from '../../../lib/bilingual';
import { useCountries, useProvinces } from '../../reference/hooks/use-reference';

/** A place's option label: its name in the reader's language, and the other language's after it (both are searched). */
function bilingualLabel(locale: string, nameEn: string, nameKm: string | null | undefined): string {
  const other = otherNameIn(locale, nameEn, nameKm);
  return other ? `${nameIn(locale, nameEn, nameKm)} · ${other}` : nameEn;
}

/** Options of the countries of the reference data, by code. */
export function useCountryOptions() {
  const { i18n } = useTranslation();
  const countries = useCountries();
  const options = (countries.data?.items ?? [])
    .map((country) => ({ value: country.code, label: bilingualLabel(i18n.language, country.nameEn, country.nameKm) }))
    .sort((first, second) => first.label.localeCompare(second.label, i18n.language));
  return { options, isLoading: countries.isPending };
}

/** Options of Cambodia's provinces, by ISO code, named in both languages. */
export function useProvinceOptions() {
  const { i18n } = useTranslation();
  const provinces = useProvinces();
  const options = (provinces.data?.items ?? [])
    .map((province) => ({ value: province.code, label: bilingualLabel(i18n.language, province.nameEn, province.nameKm) }))
    .sort((first, second) => first.label.localeCompare(second.label, i18n.language));
  return { options, isLoading: provinces.isPending };
}

/** The name of a country code in the reader's language (the code itself while the list loads). */
export function useCountryName() {
  const { i18n } = useTranslation();
  const countries = useCountries();
  return (code: string | null | undefined): string => {
    if (!code) return '—';
    const country = countries.data?.items.find((item) => item.code === code);
    return country ? nameIn(i18n.language, country.nameEn, country.nameKm) : code;
  };
}

/** The name of a province code in the reader's language. */
export function useProvinceName() {
  const { i18n } = useTranslation();
  const provinces = useProvinces();
  return (code: string | null | undefined): string => {
    if (!code) return '—';
    const province = provinces.data?.items.find((item) => item.code === code);
    return province ? nameIn(i18n.language, province.nameEn, province.nameKm) : code;
  };
}

/** A searchable select of countries (names in both languages). */
export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { options } = useCountryOptions();
  return <Select searchable clearable {...props} data={options} />;
}

/** A searchable multiple select of countries. */
export function CountryMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { options } = useCountryOptions();
  return <MultiSelect searchable clearable {...props} data={options} />;
}

/** A searchable select of Cambodia's provinces, found by their Khmer or English name. */
export function ProvinceSelect(props: Omit<SelectProps, 'data'>) {
  const { options } = useProvinceOptions();
  return <Select searchable clearable {...props} data={options} />;
}
