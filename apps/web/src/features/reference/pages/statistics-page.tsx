import { Badge, Blockquote, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferenceStatistic } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { intlLocaleOf } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { useIndicators, useStatistics } from '../hooks/use-reference';
import { humanise, nameIn } from '../reference-text';
import { describeStatisticValue } from '../statistic-value';

/** Figures published in the source documents, each with its source, as printed and as a number. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation('reference');
  const list = useListState<{ indicator: string | null }>({ indicator: null });
  const query = useStatistics({ page: list.page, pageSize: list.pageSize, search: list.search, indicator: list.filters.indicator });
  const indicators = useIndicators();
  const numberFormat = new Intl.NumberFormat(intlLocaleOf(i18n.language), { maximumFractionDigits: 2 });

  const columns: DataColumn<ReferenceStatistic>[] = [
    {
      key: 'indicator',
      header: t('statistics.indicator'),
      render: (statistic) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{nameIn(i18n.language, statistic.indicatorNameEn, statistic.indicatorNameKm)}</Text>
          {statistic.period && <Text size="xs" c="dimmed">{t('statistics.period', { period: statistic.period })}</Text>}
          {Object.keys(statistic.breakdown).length > 0 && (
            <Group gap={4}>
              {Object.entries(statistic.breakdown).map(([dimension, value]) => (
                <Badge key={dimension} size="xs" variant="outline">{t(`statistics.dimensions.${dimension}`, { defaultValue: humanise(dimension) })}: {value}</Badge>
              ))}
            </Group>
          )}
        </Stack>
      ),
    },
    {
      key: 'value',
      header: t('statistics.value'),
      render: (statistic) => {
        const described = describeStatisticValue(statistic, (value) => numberFormat.format(value));
        return (
          <Stack gap={2}>
            <Text size="sm" fw={700}>{t(`statistics.qualifiers.${described.key}`, { value: described.value, upper: described.upper })}</Text>
            <Text size="xs" c="dimmed">{t(`statistics.units.${statistic.unit}`, { defaultValue: humanise(statistic.unit) })}</Text>
          </Stack>
        );
      },
    },
    {
      key: 'printed',
      header: t('statistics.asPrinted'),
      render: (statistic) => (
        <Stack gap={4}>
          <Blockquote p={6} fz="sm" iconSize={0} lang="en">{statistic.asPrinted}</Blockquote>
          {statistic.note && <Text size="xs" c="dimmed">{statistic.note}</Text>}
        </Stack>
      ),
    },
    {
      key: 'source',
      header: t('statistics.source'),
      render: (statistic) => (
        <Stack gap={2}>
          <Text size="sm">{statistic.source.title}</Text>
          <Text size="xs" c="dimmed">{[statistic.source.publisher, statistic.source.date].filter(Boolean).join(', ')}</Text>
          {(statistic.source.section || statistic.source.page) && (
            <Text size="xs" c="dimmed">{[statistic.source.section, statistic.source.page && t('statistics.page', { page: statistic.source.page })].filter(Boolean).join(' · ')}</Text>
          )}
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('statistics.title')} description={t('statistics.description')} />
      <FilterBar label={t('statistics.filters')} isFiltered={list.isFiltered} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('statistics.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('statistics.indicator')}
          placeholder={t('any')}
          clearable
          searchable
          data={(indicators.data?.items ?? []).map((indicator) => ({ value: indicator.code, label: nameIn(i18n.language, indicator.nameEn, indicator.nameKm) }))}
          value={list.filters.indicator}
          onChange={(value) => list.setFilter('indicator', value)}
          w={320}
        />
      </FilterBar>
      <DataTable
        caption={t('statistics.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(statistic) => statistic.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={list.isFiltered ? { title: t('noMatchTitle'), description: t('noMatchDescription') } : { title: t('noneTitle'), description: t('noneDescription') }}
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
