import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS, type Estimate } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { ListPagination } from '../../../components/list-pagination';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { slicePage } from '../../../lib/local-list';
import { useEstimates } from '../hooks/use-estimation';
import { IntervalText } from './interval-text';

/** The estimates run so far, newest first (the server keeps the last fifty at hand), each to open again. */
export function EstimateHistory() {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const estimates = useEstimates();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(LIMITS.pageSizeDefault);
  const items = estimates.data?.items;

  const columns: DataColumn<Estimate>[] = [
    { key: 'createdAt', header: t('history.createdAt'), render: (estimate) => <Text size="sm">{formatDateTime(estimate.createdAt, language)}</Text> },
    { key: 'period', header: t('history.period'), render: (estimate) => <Text size="sm">{t('period.range', { from: formatDate(estimate.from, language), to: formatDate(estimate.to, language) })}</Text> },
    { key: 'lists', header: t('history.lists'), render: (estimate) => <Text size="sm">{estimate.lists.map((list) => list.label).join(' · ')}</Text> },
    { key: 'method', header: t('history.method'), render: (estimate) => <Text size="sm">{t(`methods.${estimate.method}.name`, { defaultValue: estimate.method })}</Text> },
    {
      key: 'estimate',
      header: t('history.estimate'),
      render: (estimate) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>{formatNumber(Math.round(estimate.headline.estimate), language)}</Text>
          {estimate.headline.interval && <Text size="xs" c="dimmed"><IntervalText interval={estimate.headline.interval} /></Text>}
        </Stack>
      ),
    },
    {
      key: 'open',
      header: t('history.open'),
      width: 110,
      render: (estimate) => (
        <Button component={Link} to={`/analysis/hidden-number/${encodeURIComponent(estimate.id)}`} size="compact-sm" variant="light" aria-label={t('history.openLabel', { time: formatDateTime(estimate.createdAt, language) })}>
          {t('history.open')}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="xs" mt="xl">
      <Title order={2} size="h4">{t('history.title')}</Title>
      <DataTable
        caption={t('history.title')}
        columns={columns}
        rows={items ? slicePage(items, page, pageSize) : undefined}
        rowKey={(estimate) => estimate.id}
        isLoading={estimates.isPending}
        error={estimates.error}
        onRetry={() => void estimates.refetch()}
        empty={{ title: t('history.emptyTitle'), description: t('history.emptyDescription') }}
      />
      {items && items.length > 0 && (
        <ListPagination page={page} pageSize={pageSize} total={items.length} onPageChange={setPage} onPageSizeChange={(next) => { setPageSize(next); setPage(1); }} />
      )}
    </Stack>
  );
}
