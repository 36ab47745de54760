import { Anchor, Badge, Button, Group, Select, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AGE_GROUPS, CASE_STAGES, EXPLOITATION_TYPES, SEXES, type CaseSummary } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { CASE_SORTS } from '../api';
import { canOnCases, canStartCase } from '../case-permissions';
import { isCaseListFiltered, NO_CASE_FILTERS, readCaseListFilters, writeCaseListFilters, type CaseListFilters } from '../case-list-url';
import { OwnerAndAccess } from '../components/organisation-label';
import { CountrySelect, ProvinceSelect, useCountryName, useProvinceName } from '../components/place-selects';
import { StageBadges } from '../components/stage-badges';
import { useCaseList } from '../hooks/use-case-queries';
import { useCaseTranslation } from '../use-case-translation';
import { vocabularyOptions } from '../vocabulary';

/**
 * The cases the user may see: search by name in any script, phone, document or case number;
 * filters by stage, exploitation, sex, age group, nationality, province, overdue visits and "mine";
 * sorting and pages. Filters live in the address (codes only); the typed search stays in memory.
 */
export function CaseListPage() {
  const { t, i18n } = useCaseTranslation('cases');
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readCaseListFilters(searchParams);
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 300);
  const countryName = useCountryName();
  const provinceName = useProvinceName();
  const query = useCaseList({ ...filters, search });

  const setFilters = (changes: Partial<CaseListFilters>) => {
    // Any change but the page itself returns to the first page.
    const next = { ...filters, ...changes, page: 'page' in changes ? (changes.page ?? 1) : 1 };
    setSearchParams(writeCaseListFilters(next), { replace: true });
  };
  const isFiltered = search !== '' || isCaseListFiltered(filters);
  const reset = () => {
    setSearchText('');
    setSearchParams(writeCaseListFilters({ ...NO_CASE_FILTERS, sort: filters.sort, pageSize: filters.pageSize }), { replace: true });
  };

  const columns: DataColumn<CaseSummary>[] = [
    {
      key: 'caseNumber',
      header: t('cases:fields.caseNumber'),
      width: 150,
      render: (item) => (
        <Stack gap={2}>
          <Group gap={4} wrap="nowrap">
            <Anchor component={Link} to={`/cases/${item.id}`} fw={600} className="ctip-monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>{item.caseNumber}</Anchor>
            {item.restricted && (
              <Tooltip label={t('cases:restricted')}>
                <IconLock size={14} aria-label={t('cases:restricted')} />
              </Tooltip>
            )}
          </Group>
          {item.isDemo && <Badge size="xs" color="yellow" variant="light" w="fit-content">{t('cases:demo')}</Badge>}
          {item.screeningPending && <Badge size="xs" color="orange" variant="light" w="fit-content">{t('cases:screeningPending')}</Badge>}
        </Stack>
      ),
    },
    { key: 'name', header: t('cases:fields.name'), render: (item) => (item.displayName ? <Text size="sm" fw={600}>{item.displayName}</Text> : <Text size="sm" c="dimmed">{t('cases:identityHidden')}</Text>) },
    { key: 'stage', header: t('cases:fields.stage'), render: (item) => <StageBadges stage={item.stage} mosvyStage={item.mosvyStage} /> },
    {
      key: 'person',
      header: t('cases:fields.sexAge'),
      render: (item) => (
        <Text size="sm">
          {t(`cases:vocab.sex.${item.sex}`)} · {t(`cases:vocab.ageGroup.${item.ageGroup}`)}
          {item.isChild && <Badge ml={4} size="xs" color="grape" variant="light">{t('cases:child')}</Badge>}
        </Text>
      ),
    },
    {
      key: 'origin',
      header: t('cases:fields.origin'),
      render: (item) => (
        <>
          <Text size="sm">{countryName(item.nationality)}</Text>
          {item.provinceCode && <Text size="xs" c="dimmed">{provinceName(item.provinceCode)}</Text>}
        </>
      ),
    },
    {
      key: 'exploitation',
      header: t('cases:fields.exploitation'),
      render: (item) => (
        <Group gap={4}>
          {item.exploitationTypes.length === 0 ? <Text size="sm" c="dimmed">—</Text> : item.exploitationTypes.map((type) => <Badge key={type} size="xs" variant="light">{t(`cases:vocab.exploitationType.${type}`)}</Badge>)}
        </Group>
      ),
    },
    {
      key: 'followUp',
      header: t('cases:fields.nextFollowUp'),
      render: (item) =>
        item.nextFollowUpDue ? (
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c={item.followUpOverdue ? 'red.8' : undefined} fw={item.followUpOverdue ? 700 : undefined}>{formatDate(item.nextFollowUpDue, i18n.language)}</Text>
            {item.followUpOverdue && <Badge size="xs" color="red">{t('cases:overdue')}</Badge>}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">—</Text>
        ),
    },
    { key: 'owner', header: t('cases:fields.owner'), render: (item) => <OwnerAndAccess ownerOrganisation={item.ownerOrganisation} access={item.access} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('cases:list.title')}
        description={t('cases:list.description')}
        actions={
          canStartCase(session) && canOnCases(session, 'case.create') ? (
            <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('cases:list.newCase')}</Button>
          ) : undefined
        }
      />
      <FilterBar label={t('cases:list.filters')} isFiltered={isFiltered} onReset={reset}>
        <SearchInput label={t('cases:list.search')} placeholder={t('cases:list.searchPlaceholder')} value={searchText} onChange={setSearchText} />
        <Select label={t('cases:fields.stage')} placeholder={t('cases:list.any')} clearable data={vocabularyOptions(t, 'stage', CASE_STAGES)} value={filters.stage} onChange={(value) => setFilters({ stage: value as CaseListFilters['stage'] })} w={170} />
        <Select
          label={t('cases:fields.exploitation')}
          placeholder={t('cases:list.any')}
          clearable
          data={vocabularyOptions(t, 'exploitationType', EXPLOITATION_TYPES)}
          value={filters.exploitationType}
          onChange={(value) => setFilters({ exploitationType: value as CaseListFilters['exploitationType'] })}
          w={210}
        />
        <Select label={t('cases:fields.sex')} placeholder={t('cases:list.any')} clearable data={vocabularyOptions(t, 'sex', SEXES)} value={filters.sex} onChange={(value) => setFilters({ sex: value as CaseListFilters['sex'] })} w={130} />
        <Select label={t('cases:fields.ageGroup')} placeholder={t('cases:list.any')} clearable data={vocabularyOptions(t, 'ageGroup', AGE_GROUPS)} value={filters.ageGroup} onChange={(value) => setFilters({ ageGroup: value as CaseListFilters['ageGroup'] })} w={140} />
        <CountrySelect label={t('cases:fields.nationality')} placeholder={t('cases:list.any')} value={filters.nationality} onChange={(value) => setFilters({ nationality: value })} w={190} />
        <ProvinceSelect label={t('cases:fields.province')} placeholder={t('cases:list.any')} value={filters.province} onChange={(value) => setFilters({ province: value })} w={220} />
        <Stack gap={6} pb={4}>
          <Switch label={t('cases:list.overdueOnly')} checked={filters.overdue} onChange={(event) => setFilters({ overdue: event.currentTarget.checked })} />
          <Switch label={t('cases:list.assignedToMe')} checked={filters.assignedToMe} onChange={(event) => setFilters({ assignedToMe: event.currentTarget.checked })} />
        </Stack>
        <Select
          label={t('cases:list.sort')}
          allowDeselect={false}
          data={CASE_SORTS.map((sort) => ({ value: sort, label: t(`cases:list.sorts.${sort}`) }))}
          value={filters.sort}
          onChange={(value) => value && setFilters({ sort: value as CaseListFilters['sort'] })}
          w={210}
        />
      </FilterBar>
      <DataTable
        caption={t('cases:list.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(item) => item.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        minWidth={980}
        empty={
          isFiltered
            ? { title: t('cases:list.noMatchTitle'), description: t('cases:list.noMatchDescription') }
            : {
                title: t('cases:list.noneTitle'),
                description: t('cases:list.noneDescription'),
                action: canStartCase(session) && canOnCases(session, 'case.create') ? <Button component={Link} to="/cases/new" variant="light">{t('cases:list.newCase')}</Button> : undefined,
              }
        }
      />
      {query.data && (
        <ListPagination page={filters.page} pageSize={filters.pageSize} total={query.data.total} onPageChange={(page) => setFilters({ page })} onPageSizeChange={(pageSize) => setFilters({ pageSize })} />
      )}
    </>
  );
}
