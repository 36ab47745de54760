import { Badge, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Province } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { matchesSearch, slicePage } from '../../../lib/local-list';
import { useListState } from '../../../lib/use-list-state';
import { BilingualName } from '../../../components/bilingual-name';
import { useProvinces } from '../hooks/use-reference';

/** Cambodia's provinces and capital: ISO codes, names in both languages, other spellings, centroids. */
export function ProvincesPage() {
  const { t, i18n } = useTranslation('reference');
  const list = useListState({});
  const query = useProvinces();
  const matching = useMemo(
    () => (query.data?.items ?? []).filter((province) => matchesSearch(list.searchText, [province.code, province.nameEn, province.nameKm, province.capitalEn, province.capitalKm, province.alternativeSpellings])),
    [query.data, list.searchText],
  );
  const coordinates = new Intl.NumberFormat(i18n.language === 'km' ? 'km-KH' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const columns: DataColumn<Province>[] = [
    { key: 'code', header: t('provinces.code'), width: 90, render: (province) => <Text size="sm" className="ctip-monospace">{province.code}</Text> },
    { key: 'name', header: t('provinces.name'), render: (province) => <BilingualName nameEn={province.nameEn} nameKm={province.nameKm} /> },
    { key: 'type', header: t('provinces.type'), render: (province) => <Badge variant="light" color={province.type === 'capital' ? 'grape' : 'ctip'}>{t(`provinces.types.${province.type}`)}</Badge> },
    { key: 'capital', header: t('provinces.capital'), render: (province) => (province.capitalEn ? <BilingualName nameEn={province.capitalEn} nameKm={province.capitalKm} /> : '—') },
    { key: 'spellings', header: t('provinces.alternativeSpellings'), render: (province) => <Text size="xs" c="dimmed">{province.alternativeSpellings.join(' · ') || '—'}</Text> },
    { key: 'centroid', header: t('provinces.centroid'), render: (province) => <Text size="xs" className="ctip-monospace">{coordinates.format(province.latitude)}, {coordinates.format(province.longitude)}</Text> },
  ];
  return (
    <>
      <PageHeader title={t('provinces.title')} description={t('provinces.description')} />
      <FilterBar label={t('provinces.filters')} isFiltered={list.searchText !== ''} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('provinces.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
      </FilterBar>
      <DataTable
        caption={t('provinces.title')}
        columns={columns}
        rows={query.data ? slicePage(matching, list.page, list.pageSize) : undefined}
        rowKey={(province) => province.code}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={list.searchText !== '' ? { title: t('noMatchTitle'), description: t('noMatchDescription') } : { title: t('noneTitle'), description: t('noneDescription') }}
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={matching.length} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
