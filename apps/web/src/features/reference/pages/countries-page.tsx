import { Badge, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { matchesSearch, slicePage } from '../../../lib/local-list';
import { useListState } from '../../../lib/use-list-state';
import { BilingualName } from '../../../components/bilingual-name';
import { useCountries } from '../hooks/use-reference';
import { humanise } from '../reference-text';

type FlowRole = Country['roles'][number]['role'];
const FLOW_ROLES: FlowRole[] = ['origin', 'transit', 'destination'];
const ROLE_COLOURS: Record<FlowRole, string> = { origin: 'orange', transit: 'yellow', destination: 'red' };

/** Countries named in the sources, with their roles in trafficking flows and the sources that say so. */
export function CountriesPage() {
  const { t } = useTranslation('reference');
  const list = useListState<{ role: FlowRole | null }>({ role: null });
  const query = useCountries();
  const matching = useMemo(
    () =>
      (query.data?.items ?? []).filter(
        (country) =>
          (list.filters.role === null || country.roles.some((role) => role.role === list.filters.role)) &&
          matchesSearch(list.searchText, [country.code, country.alpha3, country.nameEn, country.nameKm, country.demonymEn]),
      ),
    [query.data, list.searchText, list.filters.role],
  );
  const market = (code: string) => t(`markets.${code}`, { defaultValue: humanise(code) });
  const columns: DataColumn<Country>[] = [
    { key: 'code', header: t('countries.code'), width: 90, render: (country) => <Text size="sm" className="ctip-monospace">{country.code} · {country.alpha3}</Text> },
    {
      key: 'name',
      header: t('countries.name'),
      render: (country) => (
        <Stack gap={2}>
          <BilingualName nameEn={country.nameEn} nameKm={country.nameKm} />
          {country.isNeighbour && <Badge size="xs" variant="outline">{t('countries.neighbour')}</Badge>}
        </Stack>
      ),
    },
    {
      key: 'roles',
      header: t('countries.roles'),
      render: (country) =>
        country.roles.length === 0 ? (
          <Text size="sm" c="dimmed">—</Text>
        ) : (
          <Group gap={4}>
            {country.roles.map((role) => (
              <Tooltip key={`${role.role}-${role.market}`} label={`${role.note} (${role.sourceIds.join(', ')})`} multiline maw={420}>
                <Badge variant="light" color={ROLE_COLOURS[role.role]} tabIndex={0}>
                  {t(`countries.flowRoles.${role.role}`)} · {market(role.market)}
                </Badge>
              </Tooltip>
            ))}
          </Group>
        ),
    },
  ];
  return (
    <>
      <PageHeader title={t('countries.title')} description={t('countries.description')} />
      <FilterBar label={t('countries.filters')} isFiltered={list.isFiltered || list.searchText !== ''} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('countries.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('countries.roleFilter')}
          placeholder={t('any')}
          clearable
          data={FLOW_ROLES.map((role) => ({ value: role, label: t(`countries.flowRoles.${role}`) }))}
          value={list.filters.role}
          onChange={(value) => list.setFilter('role', value as FlowRole | null)}
          w={200}
        />
      </FilterBar>
      <DataTable
        caption={t('countries.title')}
        columns={columns}
        rows={query.data ? slicePage(matching, list.page, list.pageSize) : undefined}
        rowKey={(country) => country.code}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={list.isFiltered || list.searchText !== '' ? { title: t('noMatchTitle'), description: t('noMatchDescription') } : { title: t('noneTitle'), description: t('noneDescription') }}
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={matching.length} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
