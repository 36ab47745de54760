import { Badge, Button, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useUser } from '../../users/hooks/use-users';
import type { PersonMatch } from '../api';
import { LinkageSectionLinks } from '../components/linkage-section-links';
import { useMatches, useUndoMatch } from '../hooks/use-linkage';
import { formatMatchProbability } from '../linkage-words';

/** A user's name from their id: an ellipsis while it loads, a dash if it cannot be read. */
function UserName({ id }: { id: string }) {
  const user = useUser(id);
  return <>{user.data?.displayName ?? (user.isError ? '—' : '…')}</>;
}

/** A short, copyable reference to a person record whose name is not at hand. */
function PersonReference({ id, name }: { id: string; name: string | undefined }) {
  if (name) return <Text size="sm" fw={600}>{name}</Text>;
  return (
    <Tooltip label={id}>
      <Text size="sm" className="ctip-monospace" tabIndex={0}>{id.slice(0, 8)}…</Text>
    </Tooltip>
  );
}

/**
 * Confirmed matches, newest first: which two records, with what probability, who confirmed them
 * and when; a match can be undone (after a confirmation), which returns both records to their
 * own clusters and keeps the pair from being asked again.
 */
export function LinkageMatchesPage() {
  const { t, i18n } = useTranslation('linkage');
  const language = i18n.language;
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(LIMITS.pageSizeDefault);
  const matches = useMatches({ page, pageSize });
  const [undoing, setUndoing] = useState<PersonMatch | null>(null);
  const undo = useUndoMatch();
  const describePair = (match: PersonMatch) => ({ left: match.personAName || match.personA.slice(0, 8), right: match.personBName || match.personB.slice(0, 8) });

  const columns: DataColumn<PersonMatch>[] = [
    {
      key: 'records',
      header: t('matches.records'),
      render: (match) => (
        <Stack gap={0}>
          <PersonReference id={match.personA} name={match.personAName} />
          <PersonReference id={match.personB} name={match.personBName} />
        </Stack>
      ),
    },
    { key: 'probability', header: t('review.probabilityHeader'), render: (match) => <Text size="sm">{match.probability === null ? '—' : formatMatchProbability(match.probability, language)}</Text> },
    {
      key: 'confirmed',
      header: t('matches.confirmed'),
      render: (match) => (
        <Stack gap={0}>
          <Text size="sm"><UserName id={match.confirmedBy} /></Text>
          <Text size="sm" c="dimmed">{formatDateTime(match.confirmedAt, language)}</Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('matches.status'),
      render: (match) =>
        match.undoneAt ? (
          <Stack gap={2}>
            <Badge color="gray" variant="light">{t('matches.undone')}</Badge>
            <Text size="xs" c="dimmed">
              {match.undoneBy ? <UserName id={match.undoneBy} /> : null} · {formatDateTime(match.undoneAt, language)}
            </Text>
          </Stack>
        ) : (
          <Badge color="teal" variant="light">{t('matches.active')}</Badge>
        ),
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>,
      width: 120,
      render: (match) =>
        match.undoneAt ? null : (
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            leftSection={<IconArrowBackUp size={14} aria-hidden />}
            aria-label={t('matches.undoFor', describePair(match))}
            onClick={() => { undo.reset(); setUndoing(match); }}
          >
            {t('matches.undo')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('matches.title')} description={t('matches.description')} />
      <LinkageSectionLinks />
      <DataTable
        caption={t('matches.title')}
        columns={columns}
        rows={matches.data?.items}
        rowKey={(match) => match.id}
        isLoading={matches.isPending}
        isRefreshing={matches.isPlaceholderData}
        error={matches.error}
        onRetry={() => void matches.refetch()}
        minWidth={760}
        empty={{ title: t('matches.emptyTitle'), description: t('matches.emptyDescription') }}
      />
      {matches.data && (
        <ListPagination page={page} pageSize={pageSize} total={matches.data.total} onPageChange={setPage} onPageSizeChange={(next) => { setPageSize(next); setPage(1); }} />
      )}
      <ConfirmModal
        opened={undoing !== null}
        title={t('matches.undoTitle')}
        message={undoing ? t('matches.undoMessage', describePair(undoing)) : ''}
        confirmLabel={t('matches.undo')}
        isDanger
        isPending={undo.isPending}
        error={undo.error}
        onConfirm={() => {
          if (!undoing) return;
          const pair = describePair(undoing);
          undo.mutate(undoing.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('matches.undoneNotice', pair) });
              setUndoing(null);
            },
          });
        }}
        onClose={() => setUndoing(null)}
      />
    </>
  );
}
