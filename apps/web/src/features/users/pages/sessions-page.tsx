import { Badge, Button, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { useEndSession, useSessionList } from '../hooks/use-users';

/** A short, readable name for a browser's user-agent string. */
function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /(Firefox|Edg|Chrome|Chromium|Safari)\/[\d.]+/.exec(userAgent)?.[0] ?? null;
  const system = /(Windows|Mac OS X|Android|Linux|iPhone|iPad)/.exec(userAgent)?.[0] ?? null;
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}

/** Active sessions: who is signed in, since when, from where; an administrator can end one. */
export function SessionsPage() {
  const { t, i18n } = useTranslation('users');
  const list = useListState<Record<string, never>>({});
  const query = useSessionList({ page: list.page, pageSize: list.pageSize });
  const [ending, setEnding] = useState<SessionSummary | null>(null);
  const end = useEndSession();

  const columns: DataColumn<SessionSummary>[] = [
    {
      key: 'user',
      header: t('sessions.user'),
      render: (session) => (
        <>
          <Text size="sm" fw={600}>{session.userEmail}</Text>
          {session.current && <Badge size="xs" variant="light" color="teal">{t('sessions.current')}</Badge>}
        </>
      ),
    },
    { key: 'started', header: t('sessions.started'), render: (session) => formatDateTime(session.createdAt, i18n.language) },
    { key: 'lastSeen', header: t('sessions.lastSeen'), render: (session) => formatDateTime(session.lastSeenAt, i18n.language) },
    { key: 'ip', header: t('sessions.ip'), render: (session) => <Text size="sm" className="ctip-monospace">{session.ip ?? '—'}</Text> },
    {
      key: 'browser',
      header: t('sessions.browser'),
      render: (session) => (
        <Tooltip label={session.userAgent ?? '—'} multiline maw={360}>
          <Text size="sm" tabIndex={0}>{describeUserAgent(session.userAgent)}</Text>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      header: t('common:actions.label'),
      render: (session) =>
        session.current ? (
          <Text size="xs" c="dimmed">{t('sessions.currentHint')}</Text>
        ) : (
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconPlugConnectedX size={14} aria-hidden />}
            onClick={() => { end.reset(); setEnding(session); }}
            aria-label={t('sessions.endFor', { email: session.userEmail })}
          >
            {t('sessions.end')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
      <DataTable
        caption={t('sessions.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(session) => session.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: t('sessions.emptyTitle'), description: t('sessions.emptyDescription') }}
      />
      {query.data && (
        <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />
      )}
      <ConfirmModal
        opened={ending !== null}
        title={t('sessions.confirmTitle')}
        message={ending ? t('sessions.confirmMessage', { email: ending.userEmail }) : ''}
        confirmLabel={t('sessions.end')}
        isDanger
        isPending={end.isPending}
        error={end.error}
        onConfirm={() =>
          ending &&
          end.mutate(ending.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('sessions.ended', { email: ending.userEmail }) });
              setEnding(null);
            },
          })
        }
        onClose={() => setEnding(null)}
      />
    </>
  );
}
