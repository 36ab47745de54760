import { Badge, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceSource } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { matchesSearch, slicePage } from '../../../lib/local-list';
import { useListState } from '../../../lib/use-list-state';
import { useSources } from '../hooks/use-reference';

/**
 * The documents that reference data cites. Web addresses are shown as text, not links: ctip
 * works offline and never sends the browser elsewhere on its own.
 */
export function SourcesPage() {
  const { t } = useTranslation('reference');
  const list = useListState({});
  const query = useSources();
  const matching = useMemo(
    () => (query.data?.items ?? []).filter((source) => matchesSearch(list.searchText, [source.id, source.title, source.publisher, source.author, source.date, source.note])),
    [query.data, list.searchText],
  );
  const columns: DataColumn<ReferenceSource>[] = [
    {
      key: 'title',
      header: t('sources.document'),
      render: (source) => (
        <>
          <Text size="sm" fw={600}>{source.title}</Text>
          <Text size="xs" c="dimmed" className="ctip-monospace">{source.id}</Text>
        </>
      ),
    },
    { key: 'kind', header: t('sources.kind'), render: (source) => <Badge variant="light" color={source.kind === 'seed' ? 'ctip' : 'gray'}>{t(`sources.kinds.${source.kind}`)}</Badge> },
    { key: 'publisher', header: t('sources.publisher'), render: (source) => <Text size="sm">{[source.publisher, source.author].filter(Boolean).join(' — ') || '—'}</Text> },
    { key: 'date', header: t('sources.date'), render: (source) => <Text size="sm">{source.date ?? '—'}</Text> },
    {
      key: 'note',
      header: t('sources.note'),
      render: (source) => (
        <>
          {source.note && <Text size="xs">{source.note}</Text>}
          {source.url && <Text size="xs" c="dimmed" className="ctip-monospace" style={{ wordBreak: 'break-all' }}>{source.url}</Text>}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('sources.title')} description={t('sources.description')} />
      <FilterBar label={t('sources.filters')} isFiltered={list.searchText !== ''} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('sources.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
      </FilterBar>
      <DataTable
        caption={t('sources.title')}
        columns={columns}
        rows={query.data ? slicePage(matching, list.page, list.pageSize) : undefined}
        rowKey={(source) => source.id}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={list.searchText !== '' ? { title: t('noMatchTitle'), description: t('noMatchDescription') } : { title: t('noneTitle'), description: t('noneDescription') }}
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={matching.length} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
