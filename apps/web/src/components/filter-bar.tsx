import { Button, Group, Paper } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  children: ReactNode;
  isFiltered: boolean;
  onReset(): void;
  /** Names the filters for screen readers. */
  label: string;
}

/** The row of search and filters above a list, with a button to clear them. */
export function FilterBar({ children, isFiltered, onReset, label }: FilterBarProps) {
  const { t } = useTranslation('common');
  return (
    <Paper withBorder p="sm" mb="md" component="form" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {children}
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset} disabled={!isFiltered}>
          {t('actions.clearFilters')}
        </Button>
      </Group>
    </Paper>
  );
}
