import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useOrganisationList } from '../hooks/use-organisations';
import { organisationNameIn } from '../organisation-name';

/** Props of {@link OrganisationSelect}. */
export interface OrganisationSelectProps {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  error?: string;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
  /** Only active organisations (where users can be added). */
  onlyActive?: boolean;
}

/**
 * Picks an organisation by typing part of its name: the directory is searched on the server
 * (it can hold hundreds), twenty at a time.
 */
export function OrganisationSelect({ label, value, onChange, error, required, clearable = true, placeholder, onlyActive = false }: OrganisationSelectProps) {
  const { t, i18n } = useTranslation('organisations');
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText, 250);
  const selected = useOrganisation(value);
  const selectedName = selected.data ? organisationNameIn(i18n.language, selected.data) : null;
  // While the field shows the selected name, list everything rather than only that name.
  const query = search === selectedName ? '' : search;
  const list = useOrganisationList({ page: 1, pageSize: 20, search: query, status: onlyActive ? 'active' : null });
  const options = (list.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisationNameIn(i18n.language, organisation) }));
  if (value && selectedName && !options.some((option) => option.value === value)) options.unshift({ value, label: selectedName });
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('select.placeholder')}
      data={options}
      value={value}
      onChange={(next) => onChange(next)}
      searchable
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options: all }) => all}
      clearable={clearable}
      required={required}
      error={error}
      nothingFoundMessage={list.isFetching ? t('common:loading') : t('select.nothingFound')}
      miw={240}
    />
  );
}
