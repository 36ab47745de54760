import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@ctip/contracts';
import { formatNumber } from '../lib/format';

const PAGE_SIZES = ['10', '25', '50', String(LIMITS.pageSizeMax)];

/** Props of {@link ListPagination}. */
export interface ListPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange(page: number): void;
  onPageSizeChange(pageSize: number): void;
}

/** "Showing 1–25 of 120", the page buttons and the page size, under every list. */
export function ListPagination({ page, pageSize, total, onPageChange, onPageSizeChange }: ListPaginationProps) {
  const { t, i18n } = useTranslation('common');
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pagination.showing', { first: formatNumber(first, i18n.language), last: formatNumber(last, i18n.language), total: formatNumber(total, i18n.language) })}
      </Text>
      <Group gap="sm">
        <Select
          label={t('pagination.pageSize')}
          size="xs"
          w={110}
          data={PAGE_SIZES}
          value={String(pageSize)}
          onChange={(value) => value && onPageSizeChange(Number(value))}
          allowDeselect={false}
        />
        {pageCount > 1 && (
          <Pagination
            total={pageCount}
            value={Math.min(page, pageCount)}
            onChange={onPageChange}
            size="sm"
            mt="lg"
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
          />
        )}
      </Group>
    </Group>
  );
}
