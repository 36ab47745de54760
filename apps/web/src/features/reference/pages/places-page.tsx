import { Badge, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatNumber } from '../../../lib/format';
import { matchesSearch, slicePage } from '../../../lib/local-list';
import { useListState } from '../../../lib/use-list-state';
import { BilingualName } from '../../../components/bilingual-name';
import { useCountries, usePlaces, useProvinces } from '../hooks/use-reference';
import { nameIn } from '../reference-text';

type PlaceKind = Place['kind'];

/** Towns and border checkpoints that matter to trafficking routes, by province. */
export function PlacesPage() {
  const { t, i18n } = useTranslation('reference');
  const list = useListState<{ kind: PlaceKind | null; provinceCode: string | null }>({ kind: null, provinceCode: null });
  const query = usePlaces();
  const provinces = useProvinces();
  const countries = useCountries();
  const provinceName = (code: string) => {
    const province = provinces.data?.items.find((candidate) => candidate.code === code);
    return province ? nameIn(i18n.language, province.nameEn, province.nameKm) : code;
  };
  const countryName = (code: string) => {
    const country = countries.data?.items.find((candidate) => candidate.code === code);
    return country ? nameIn(i18n.language, country.nameEn, country.nameKm) : code;
  };
  const matching = useMemo(
    () =>
      (query.data?.items ?? []).filter(
        (place) =>
          (list.filters.kind === null || place.kind === list.filters.kind) &&
          (list.filters.provinceCode === null || place.provinceCode === list.filters.provinceCode) &&
          matchesSearch(list.searchText, [place.nameEn, place.nameKm, place.counterpartPlace, place.provinceCode]),
      ),
    [query.data, list.searchText, list.filters.kind, list.filters.provinceCode],
  );
  const columns: DataColumn<Place>[] = [
    { key: 'name', header: t('places.name'), render: (place) => <BilingualName nameEn={place.nameEn} nameKm={place.nameKm} /> },
    { key: 'kind', header: t('places.kind'), render: (place) => <Badge variant="light" color={place.kind === 'border_checkpoint' ? 'orange' : 'ctip'}>{t(`places.kinds.${place.kind}`)}</Badge> },
    { key: 'province', header: t('places.province'), render: (place) => <Text size="sm">{provinceName(place.provinceCode)}</Text> },
    {
      key: 'counterpart',
      header: t('places.counterpart'),
      render: (place) =>
        place.counterpartCountry ? (
          <Text size="sm">{countryName(place.counterpartCountry)}{place.counterpartPlace ? ` — ${place.counterpartPlace}` : ''}</Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'location',
      header: t('places.location'),
      render: (place) => (
        <Text size="xs" className="ctip-monospace">
          {place.latitude.toFixed(3)}, {place.longitude.toFixed(3)} ± {formatNumber(place.precisionKm, i18n.language)} km
        </Text>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('places.title')} description={t('places.description')} />
      <FilterBar label={t('places.filters')} isFiltered={list.isFiltered || list.searchText !== ''} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('places.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('places.kind')}
          placeholder={t('any')}
          clearable
          data={(['town', 'border_checkpoint'] as const).map((kind) => ({ value: kind, label: t(`places.kinds.${kind}`) }))}
          value={list.filters.kind}
          onChange={(value) => list.setFilter('kind', value as PlaceKind | null)}
          w={200}
        />
        <Select
          label={t('places.province')}
          placeholder={t('any')}
          clearable
          searchable
          data={(provinces.data?.items ?? []).map((province) => ({ value: province.code, label: nameIn(i18n.language, province.nameEn, province.nameKm) }))}
          value={list.filters.provinceCode}
          onChange={(value) => list.setFilter('provinceCode', value)}
          w={220}
        />
      </FilterBar>
      <DataTable
        caption={t('places.title')}
        columns={columns}
        rows={query.data ? slicePage(matching, list.page, list.pageSize) : undefined}
        rowKey={(place) => place.id}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={list.isFiltered || list.searchText !== '' ? { title: t('noMatchTitle'), description: t('noMatchDescription') } : { title: t('noneTitle'), description: t('noneDescription') }}
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={matching.length} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
