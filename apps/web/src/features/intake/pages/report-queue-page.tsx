import { Anchor, Badge, Button, Group, Input, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { REPORT_STATUSES, REPORT_URGENCIES, type ReportStatus, type ReportSummary, type ReportUrgency } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { useSession } from '../../auth/session-store';
import { useCountryName, useProvinceName } from '../../cases/components/place-selects';
import { organisationNameIn } from '../../organisations/organisation-name';
import type { QueueView } from '../api';
import { ReportStatusBadge, TimeLeftBadge, UrgencyBadge, useNow } from '../components/report-badges';
import { useReportList, useReportQueue } from '../hooks/use-reports';
import { canOnIntake } from '../intake-permissions';
import { useIntakeTranslation } from '../use-intake-translation';

interface QueueFilters {
  view: QueueView;
  urgency: ReportUrgency | null;
  status: ReportStatus | null;
}

const MAX_TYPES_SHOWN = 3;

/**
 * The intake queue: the open reports of the user's organisation (and those referred or assigned
 * to it), the least time left first, each with a countdown that turns red once overdue. Views:
 * every open report, the overdue ones, mine; filter by urgency. A status or a search (a reference,
 * a person's name in any script, a contact) reads the whole report list instead, still by time
 * left, closed reports included.
 */
export function ReportQueuePage() {
  const { t, i18n } = useIntakeTranslation('intake');
  const session = useSession();
  const now = useNow();
  const countryName = useCountryName();
  const provinceName = useProvinceName();
  const list = useListState<QueueFilters>({ view: 'all', urgency: null, status: null });
  const { urgency, status } = list.filters;
  // The queue has no status or search of its own: either reads the report list, by time left,
  // which has no overdue view (the list's order puts the overdue first anyway).
  const isListed = status !== null || list.search !== '';
  const view: QueueView = isListed && list.filters.view === 'overdue' ? 'all' : list.filters.view;
  const queue = useReportQueue({ page: list.page, pageSize: list.pageSize, view, urgency }, !isListed);
  const reports = useReportList({ page: list.page, pageSize: list.pageSize, search: list.search, status, urgency, assignedToMe: view === 'mine', sort: 'due' }, isListed);
  const query = isListed ? reports : queue;
  const canCreate = canOnIntake(session, 'report.create');
  const canImport = canOnIntake(session, 'report.import');
  // The view is always set ("all open" by default): only another view, an urgency, a status or a
  // search narrows the queue, so an empty queue says it is empty rather than that nothing matches.
  const isFiltered = view !== 'all' || urgency !== null || status !== null || list.search !== '';

  const columns: DataColumn<ReportSummary>[] = [
    { key: 'timeLeft', header: t('intake:fields.timeLeft'), width: 170, render: (report) => <TimeLeftBadge report={report} now={now} /> },
    {
      key: 'reference',
      header: t('intake:fields.reference'),
      render: (report) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/intake/reports/${report.id}`} fw={700} size="sm" className="ctip-monospace" style={{ whiteSpace: 'nowrap' }}>{report.reference}</Anchor>
          {report.isDemo && <Badge size="xs" color="yellow" variant="light" w="fit-content">{t('intake:demo')}</Badge>}
        </Stack>
      ),
    },
    {
      key: 'urgency',
      header: t('intake:fields.urgencyAndStatus'),
      render: (report) => (
        <Stack gap={4} align="flex-start">
          <UrgencyBadge urgency={report.urgency} />
          <ReportStatusBadge status={report.status} closureReason={report.closureReason} />
        </Stack>
      ),
    },
    {
      key: 'received',
      header: t('intake:fields.received'),
      render: (report) => (
        <>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(report.receivedAt, i18n.language)}</Text>
          <Text size="xs" c="dimmed">{t(`intake:vocab.channel.${report.channel}`)}</Text>
        </>
      ),
    },
    {
      key: 'place',
      header: t('intake:fields.place'),
      render: (report) => (
        <>
          {report.site ? (
            <Anchor component={Link} to={`/sites/${report.site.id}`} size="sm">{report.site.name}</Anchor>
          ) : (
            <Text size="sm" c={report.provinceCode ? undefined : 'dimmed'}>{report.provinceCode ? provinceName(report.provinceCode) : '—'}</Text>
          )}
          {report.site && report.provinceCode && <Text size="xs" c="dimmed">{provinceName(report.provinceCode)}</Text>}
        </>
      ),
    },
    {
      key: 'people',
      header: t('intake:fields.people'),
      render: (report) => (
        <>
          <Text size="sm">{report.peopleCount === null ? '—' : formatNumber(report.peopleCount, i18n.language)}</Text>
          {report.nationalities.length > 0 && <Text size="xs" c="dimmed">{report.nationalities.map(countryName).join(', ')}</Text>}
        </>
      ),
    },
    {
      key: 'allegation',
      header: t('intake:fields.types'),
      render: (report) => (
        <Group gap={4}>
          {report.allegationTypes.length === 0 && <Text size="sm" c="dimmed">—</Text>}
          {report.allegationTypes.slice(0, MAX_TYPES_SHOWN).map((type) => <Badge key={type} size="xs" variant="light">{t(`intake:vocab.allegation.${type}`)}</Badge>)}
          {report.allegationTypes.length > MAX_TYPES_SHOWN && <Badge size="xs" variant="outline">+{report.allegationTypes.length - MAX_TYPES_SHOWN}</Badge>}
        </Group>
      ),
    },
    {
      key: 'assigned',
      header: t('intake:fields.assigned'),
      render: (report) => (
        <>
          <Text size="sm">{report.assignedUser?.displayName ?? (report.assignedOrganisation ? organisationNameIn(i18n.language, report.assignedOrganisation) : t('intake:unassigned'))}</Text>
          {report.access === 'referred' && <Text size="xs" c="dimmed">{t('intake:fromOrganisation', { organisation: organisationNameIn(i18n.language, report.ownerOrganisation) })}</Text>}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('intake:queue.title')}
        description={t('intake:queue.description')}
        actions={
          canCreate || canImport ? (
            <Group gap="xs">
              {canImport && <Button component={Link} to="/intake/import" variant="light" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>{t('intake:queue.importList')}</Button>}
              {canCreate && <Button component={Link} to="/intake/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('intake:queue.newReport')}</Button>}
            </Group>
          ) : undefined
        }
      />
      <FilterBar label={t('intake:queue.filters')} isFiltered={isFiltered} onReset={list.resetFilters}>
        <Input.Wrapper label={t('intake:queue.view')} id="queue-view">
          <div>
            <SegmentedControl
              aria-labelledby="queue-view-label"
              value={view}
              onChange={(value) => list.setFilter('view', value as QueueView)}
              data={(['all', 'overdue', 'mine'] as const).map((value) => ({ value, label: t(`intake:queue.views.${value}`), disabled: value === 'overdue' && isListed }))}
            />
          </div>
        </Input.Wrapper>
        <Select label={t('intake:fields.urgency')} placeholder={t('intake:any')} clearable data={REPORT_URGENCIES.map((value) => ({ value, label: t(`intake:vocab.urgency.${value}`) }))} value={urgency} onChange={(value) => list.setFilter('urgency', value as ReportUrgency | null)} w={190} />
        <Select
          label={t('intake:fields.status')}
          placeholder={t('intake:any')}
          description={view === 'overdue' ? t('intake:queue.statusNotWithOverdue') : undefined}
          disabled={view === 'overdue'}
          clearable
          data={REPORT_STATUSES.map((value) => ({ value, label: t(`intake:vocab.status.${value}`) }))}
          value={status}
          onChange={(value) => list.setFilter('status', value as ReportStatus | null)}
          w={190}
        />
        <SearchInput label={t('intake:queue.search')} placeholder={t('intake:queue.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
      </FilterBar>
      <DataTable
        caption={t('intake:queue.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(report) => report.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        minWidth={1040}
        empty={
          isFiltered
            ? { title: t('intake:queue.noMatchTitle'), description: t('intake:queue.noMatchDescription') }
            : { title: t('intake:queue.noneTitle'), description: t('intake:queue.noneDescription'), action: canCreate ? <Button component={Link} to="/intake/new" variant="light">{t('intake:queue.newReport')}</Button> : undefined }
        }
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
