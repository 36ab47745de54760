import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconWorld } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SITE_KINDS, SITE_PATTERNS, SITE_STATUSES, type SiteKind, type SitePattern, type SiteStatus, type SiteSummary } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatDate, formatNumber } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { useSession } from '../../auth/session-store';
import { ProvinceSelect, useProvinceName } from '../../cases/components/place-selects';
import { canOnIntake } from '../../intake/intake-permissions';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { SITE_SORTS, type SiteSort } from '../api';
import { PatternBadges, SiteStatusBadge } from '../components/site-badges';
import { useSiteList } from '../hooks/use-sites';

interface SiteFilters {
  kind: SiteKind | null;
  status: SiteStatus | null;
  province: string | null;
  pattern: SitePattern | null;
  published: 'yes' | 'no' | null;
  sort: SiteSort;
}

/**
 * The registry of places of exploitation: search by name or alias; filters by kind, current
 * status, province, pattern (raided then licensed or reopened, many reports and no operation,
 * reports after closure) and publication; each site flagged with the patterns it shows.
 */
export function SiteListPage() {
  const { t, i18n } = useIntakeTranslation('sites');
  const session = useSession();
  const provinceName = useProvinceName();
  const list = useListState<SiteFilters>({ kind: null, status: null, province: null, pattern: null, published: null, sort: 'updated_desc' });
  const { kind, status, province, pattern, published, sort } = list.filters;
  const query = useSiteList({ page: list.page, pageSize: list.pageSize, search: list.search, kind, status, province, pattern, published: published === null ? null : published === 'yes', sort });
  const canCreate = canOnIntake(session, 'site.create');
  const isFiltered = list.search !== '' || [kind, status, province, pattern, published].some((value) => value !== null);

  const columns: DataColumn<SiteSummary>[] = [
    {
      key: 'name',
      header: t('sites:fields.name'),
      render: (site) => (
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/sites/${site.id}`} fw={600} size="sm">{site.name}</Anchor>
            {site.isPublished && (
              <Badge size="xs" color="teal" variant="light" leftSection={<IconWorld size={10} aria-hidden />}>{t('sites:published')}</Badge>
            )}
          </Group>
          {site.aliases.length > 0 && <Text size="xs" c="dimmed">{site.aliases.join(' · ')}</Text>}
        </Stack>
      ),
    },
    { key: 'kind', header: t('sites:fields.kind'), render: (site) => <Text size="sm">{t(`sites:vocab.kind.${site.kind}`)}</Text> },
    { key: 'province', header: t('sites:fields.province'), render: (site) => <Text size="sm">{provinceName(site.provinceCode)}</Text> },
    {
      key: 'status',
      header: t('sites:fields.currentStatus'),
      render: (site) => (
        <Stack gap={2} align="flex-start">
          <SiteStatusBadge status={site.currentStatus} />
          <Text size="xs" c="dimmed">{formatDate(site.currentStatusOn, i18n.language)}</Text>
        </Stack>
      ),
    },
    { key: 'reports', header: t('sites:fields.reports'), render: (site) => <Text size="sm">{formatNumber(site.reportCount, i18n.language)}</Text> },
    { key: 'operations', header: t('sites:fields.operations'), render: (site) => <Text size="sm">{formatNumber(site.operationCount, i18n.language)}</Text> },
    { key: 'patterns', header: t('sites:fields.patterns'), render: (site) => (site.patterns.length === 0 ? <Text size="sm" c="dimmed">—</Text> : <PatternBadges patterns={site.patterns} />) },
  ];

  const option = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`sites:vocab.${group}.${value}`) }));
  return (
    <>
      <PageHeader
        title={t('sites:list.title')}
        description={t('sites:list.description')}
        actions={canCreate ? <Button component={Link} to="/sites/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('sites:list.newSite')}</Button> : undefined}
      />
      <FilterBar label={t('sites:list.filters')} isFiltered={isFiltered} onReset={list.resetFilters}>
        <SearchInput label={t('sites:list.search')} placeholder={t('sites:list.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select label={t('sites:fields.kind')} placeholder={t('sites:list.any')} clearable data={option('kind', SITE_KINDS)} value={kind} onChange={(value) => list.setFilter('kind', value as SiteKind | null)} w={200} />
        <Select label={t('sites:fields.currentStatus')} placeholder={t('sites:list.any')} clearable data={option('status', SITE_STATUSES)} value={status} onChange={(value) => list.setFilter('status', value as SiteStatus | null)} w={190} />
        <ProvinceSelect label={t('sites:fields.province')} placeholder={t('sites:list.any')} value={province} onChange={(value) => list.setFilter('province', value)} w={220} />
        <Select label={t('sites:fields.pattern')} placeholder={t('sites:list.any')} clearable data={option('pattern', SITE_PATTERNS)} value={pattern} onChange={(value) => list.setFilter('pattern', value as SitePattern | null)} w={240} />
        <Select
          label={t('sites:list.publication')}
          placeholder={t('sites:list.any')}
          clearable
          data={[
            { value: 'yes', label: t('sites:list.publishedOnly') },
            { value: 'no', label: t('sites:list.notPublished') },
          ]}
          value={published}
          onChange={(value) => list.setFilter('published', value as 'yes' | 'no' | null)}
          w={190}
        />
        <Select label={t('sites:list.sort')} allowDeselect={false} data={SITE_SORTS.map((value) => ({ value, label: t(`sites:list.sorts.${value}`) }))} value={sort} onChange={(value) => value && list.setFilter('sort', value as SiteSort)} w={210} />
      </FilterBar>
      <DataTable
        caption={t('sites:list.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(site) => site.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        minWidth={980}
        empty={
          isFiltered
            ? { title: t('sites:list.noMatchTitle'), description: t('sites:list.noMatchDescription') }
            : { title: t('sites:list.noneTitle'), description: t('sites:list.noneDescription'), action: canCreate ? <Button component={Link} to="/sites/new" variant="light">{t('sites:list.newSite')}</Button> : undefined }
        }
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
