import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { formatDate } from '../../../lib/format';
import { useReportList } from '../hooks/use-reports';
import { useIntakeTranslation } from '../use-intake-translation';

/** Props of {@link ReportSelect}. */
export interface ReportSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange(id: string | null): void;
  /** Offer the reports about this site before anything is typed. */
  siteId?: string | null;
  /** Reports not to offer (already chosen). */
  excludeIds?: readonly string[];
  /** Adds to a list: the field empties after each choice instead of showing it. */
  isPicker?: boolean;
}

/**
 * Picks a report the user may see: those about the site are offered at once; any other is
 * found by its reference, a person's name or a contact (searched on the server).
 */
export function ReportSelect({ value, onChange, siteId = null, excludeIds = [], isPicker = false, ...props }: ReportSelectProps) {
  const { t, i18n } = useIntakeTranslation('intake');
  const [searchText, setSearchText] = useState('');
  const [debounced] = useDebouncedValue(searchText.trim(), 300);
  // Once a report is chosen the field shows its label: that is not a search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const search = chosen && debounced === chosen.label ? '' : debounced;
  const isSearching = search.length >= 2;
  const found = useReportList(isSearching ? { page: 1, pageSize: 20, search } : { page: 1, pageSize: 50, siteId, sort: 'received_desc' }, isSearching || siteId !== null);
  const options = (found.data?.items ?? [])
    .filter((report) => !excludeIds.includes(report.id))
    .map((report) => ({ value: report.id, label: `${report.reference} · ${formatDate(report.receivedAt, i18n.language)} · ${t(`intake:vocab.status.${report.status}`)}` }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) options.unshift(chosen);
  return (
    <Select
      placeholder={t('intake:reportSelect.placeholder')}
      {...props}
      data={options}
      value={value}
      onChange={(next, option) => {
        onChange(next);
        if (isPicker) {
          setChosen(null);
          setSearchText('');
        } else {
          setChosen(next ? { value: next, label: option.label } : null);
        }
      }}
      searchable
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={found.isFetching ? t('common:loading') : isSearching ? t('intake:reportSelect.nothingFound') : t('intake:reportSelect.typeToSearch')}
    />
  );
}
