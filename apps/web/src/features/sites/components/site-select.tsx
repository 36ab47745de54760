import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvinceName } from '../../cases/components/place-selects';
import { useSite, useSiteList } from '../hooks/use-sites';

/** Props of {@link SiteSelect}. */
export interface SiteSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange(id: string | null): void;
}

/**
 * Picks a site of the registry by typing part of its name or an alias (searched on the server,
 * twenty at a time). Each option names the kind and the province, so two places with the same
 * name are told apart.
 */
export function SiteSelect({ value, onChange, ...props }: SiteSelectProps) {
  const { t } = useTranslation(['sites', 'common']);
  const provinceName = useProvinceName();
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 250);
  const selected = useSite(value);
  const labelOf = (site: { name: string; kind: string; provinceCode: string }) => `${site.name} · ${t(`sites:vocab.kind.${site.kind}`)} · ${provinceName(site.provinceCode)}`;
  const selectedLabel = selected.data ? labelOf(selected.data) : null;
  // While the field shows the selected site, list every site rather than searching for its label.
  const query = search === selectedLabel ? '' : search;
  const list = useSiteList({ page: 1, pageSize: 20, search: query, sort: 'name' });
  const options = (list.data?.items ?? []).map((site) => ({ value: site.id, label: labelOf(site) }));
  if (value && selectedLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: selectedLabel });
  return (
    <Select
      placeholder={t('sites:select.placeholder')}
      {...props}
      data={options}
      value={value}
      onChange={(next) => onChange(next)}
      searchable
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options: all }) => all}
      selectFirstOptionOnChange
      clearable
      nothingFoundMessage={list.isFetching ? t('common:loading') : t('sites:select.nothingFound')}
    />
  );
}
