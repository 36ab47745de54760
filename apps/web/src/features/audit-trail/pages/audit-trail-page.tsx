import { Anchor, Autocomplete, Badge, Code, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEvent } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/session-store';
import { UserSelect } from '../../users/components/user-select';
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, dayRangeToInstants, isValidActionFilter } from '../audit-actions';
import { VerifyChainPanel } from '../components/verify-chain-panel';
import { useAuditEvents } from '../hooks/use-audit-trail';

type Outcome = AuditEvent['outcome'];

interface Filters {
  actorUserId: string | null;
  resourceType: string | null;
  outcome: Outcome | null;
  days: DatesRangeValue<string>;
}

const OUTCOME_COLOURS: Record<Outcome, string> = { success: 'teal', failure: 'orange', denied: 'red' };

/**
 * The audit trail: every sign-in, change and sensitive read, newest first, filtered by action
 * (`user.*` for a group), actor, resource, outcome and dates; the chain can be verified.
 * Links from other pages may preset the actor or resource by id (`?resourceType=user&resourceId=…`).
 */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation('audit');
  const session = useSession();
  const [searchParams] = useSearchParams();
  const list = useListState<Filters>({
    actorUserId: searchParams.get('actorUserId'),
    resourceType: searchParams.get('resourceType'),
    outcome: null,
    days: [null, null],
  });
  const [actionText, setActionText] = useState(searchParams.get('action') ?? '');
  const [resourceIdText, setResourceIdText] = useState(searchParams.get('resourceId') ?? '');
  const [action] = useDebouncedValue(actionText.trim(), 300);
  const [resourceId] = useDebouncedValue(resourceIdText.trim(), 300);
  const isActionValid = isValidActionFilter(action);
  const { from, to } = dayRangeToInstants(list.filters.days[0], list.filters.days[1]);
  const query = useAuditEvents(
    {
      page: list.page,
      pageSize: list.pageSize,
      action: isActionValid ? action : undefined,
      actorUserId: list.filters.actorUserId,
      resourceType: list.filters.resourceType,
      resourceId,
      outcome: list.filters.outcome,
      from,
      to,
    },
    isActionValid,
  );
  const isFiltered = list.isFiltered || action !== '' || resourceId !== '' || list.filters.days.some((day) => day !== null);
  const resetFilters = () => {
    list.resetFilters();
    list.setFilter('actorUserId', null);
    list.setFilter('resourceType', null);
    setActionText('');
    setResourceIdText('');
  };
  const actionLabel = (name: string) => t(`actions.${name}`, { defaultValue: name });

  const columns: DataColumn<AuditEvent>[] = [
    { key: 'time', header: t('fields.occurredAt'), width: 170, render: (event) => <Text size="sm">{formatDateTime(event.occurredAt, i18n.language)}</Text> },
    {
      key: 'action',
      header: t('fields.action'),
      render: (event) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{actionLabel(event.action)}</Text>
          <Code>{event.action}</Code>
        </Stack>
      ),
    },
    { key: 'outcome', header: t('fields.outcome'), render: (event) => <Badge color={OUTCOME_COLOURS[event.outcome]} variant="light">{t(`outcomes.${event.outcome}`)}</Badge> },
    { key: 'actor', header: t('fields.actor'), render: (event) => <Text size="sm">{event.actorEmail ?? t('systemActor')}</Text> },
    {
      key: 'resource',
      header: t('fields.resource'),
      render: (event) =>
        event.resourceType ? (
          <Stack gap={2}>
            <Text size="sm">{t(`resourceTypes.${event.resourceType}`, { defaultValue: event.resourceType })}</Text>
            {event.resourceId && (
              <Tooltip label={event.resourceId}>
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  className="ctip-monospace"
                  data-resource-id={event.resourceId}
                  aria-label={t('filters.byRecord', { id: event.resourceId })}
                  onClick={() => {
                    list.setFilter('resourceType', event.resourceType);
                    setResourceIdText(event.resourceId ?? '');
                  }}
                >
                  {event.resourceId.length > 12 ? `${event.resourceId.slice(0, 8)}…` : event.resourceId}
                </Anchor>
              </Tooltip>
            )}
          </Stack>
        ) : (
          '—'
        ),
    },
    {
      key: 'changes',
      header: t('fields.details'),
      render: (event) => (
        <Stack gap={4}>
          {event.changedFields.length > 0 && (
            <Group gap={4}>
              {event.changedFields.map((field) => <Badge key={field} size="xs" variant="outline">{field}</Badge>)}
            </Group>
          )}
          {Object.entries(event.details).map(([key, value]) => (
            <Text key={key} size="xs" c="dimmed">
              {key}: {String(value)}
            </Text>
          ))}
        </Stack>
      ),
    },
    { key: 'ip', header: t('fields.ip'), render: (event) => <Text size="xs" className="ctip-monospace">{event.ip ?? '—'}</Text> },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {can(session, 'audit.verify') && <VerifyChainPanel />}
      <FilterBar label={t('filters.label')} isFiltered={isFiltered} onReset={resetFilters}>
        <Autocomplete
          label={t('fields.action')}
          description={t('filters.actionHint')}
          placeholder="user.*"
          data={[...AUDIT_ACTION_PREFIXES, ...AUDIT_ACTIONS]}
          value={actionText}
          onChange={(value) => { setActionText(value); list.setPage(1); }}
          error={isActionValid ? undefined : t('errors:field.action_name')}
          limit={40}
          maxLength={80}
          w={240}
        />
        <UserSelect label={t('fields.actor')} placeholder={t('filters.any')} value={list.filters.actorUserId} onChange={(id) => list.setFilter('actorUserId', id)} />
        <Select
          label={t('fields.resourceType')}
          placeholder={t('filters.any')}
          clearable
          data={AUDIT_RESOURCE_TYPES.map((type) => ({ value: type, label: t(`resourceTypes.${type}`) }))}
          value={list.filters.resourceType}
          onChange={(value) => list.setFilter('resourceType', value)}
          w={170}
        />
        <TextInput
          label={t('fields.resourceId')}
          value={resourceIdText}
          onChange={(event) => { setResourceIdText(event.currentTarget.value); list.setPage(1); }}
          maxLength={64}
          classNames={{ input: 'ctip-monospace' }}
          w={220}
        />
        <Select
          label={t('fields.outcome')}
          placeholder={t('filters.any')}
          clearable
          data={(['success', 'failure', 'denied'] as const).map((outcome) => ({ value: outcome, label: t(`outcomes.${outcome}`) }))}
          value={list.filters.outcome}
          onChange={(value) => list.setFilter('outcome', value as Outcome | null)}
          w={150}
        />
        <DatePickerInput
          type="range"
          label={t('fields.dates')}
          placeholder={t('filters.anyDate')}
          clearable
          allowSingleDateInRange
          value={list.filters.days}
          onChange={(value) => list.setFilter('days', value)}
          maxDate={new Date()}
          w={260}
        />
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(event) => event.id}
        isLoading={query.isPending && isActionValid}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={isFiltered ? { title: t('empty.noMatchTitle'), description: t('empty.noMatchDescription') } : { title: t('empty.noneTitle') }}
      />
      {query.data && (
        <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />
      )}
    </>
  );
}
