import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@ctip/contracts';

/** Props of {@link SearchInput}. */
export interface SearchInputProps {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
}

/** The search box of a list, with a visible label and a clear button. */
export function SearchInput({ label, placeholder, value, onChange }: SearchInputProps) {
  const { t } = useTranslation('common');
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={value}
      maxLength={LIMITS.searchTextMaxLength}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={value !== '' ? <CloseButton aria-label={t('actions.clearSearch')} onClick={() => onChange('')} size="sm" /> : null}
      miw={240}
      style={{ flex: 1 }}
    />
  );
}
