import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser, useUserList } from '../hooks/use-users';

/** Props of {@link UserSelect}. */
export interface UserSelectProps {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  placeholder?: string;
}

/** Picks a user by typing part of their name or email, searched on the server. */
export function UserSelect({ label, value, onChange, placeholder }: UserSelectProps) {
  const { t } = useTranslation('users');
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText, 250);
  const selected = useUser(value);
  const selectedLabel = selected.data ? selected.data.email : null;
  const query = search === selectedLabel ? '' : search;
  const list = useUserList({ page: 1, pageSize: 20, search: query });
  const options = (list.data?.items ?? []).map((user) => ({ value: user.id, label: user.email }));
  if (value && selectedLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: selectedLabel });
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('select.placeholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={list.isFetching ? t('common:loading') : t('select.nothingFound')}
      miw={240}
    />
  );
}
