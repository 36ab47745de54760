import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { LIMITS, type Referral } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { vocabularyOptions } from '../../cases/vocabulary';
import { organisationNameIn } from '../../organisations/organisation-name';
import type { ReferralAnswer, ReferralDirection } from '../api';
import { ReferralAnswerModal } from '../components/referral-answer-modal';
import { ReferralStatusBadge } from '../components/referral-status-badge';
import { useReferralList } from '../hooks/use-referrals';
import { referralActionsFor } from '../referral-actions';

/**
 * Referrals and transfers of the user's organisation: the inbox (received: accept or decline,
 * then say when done) and the outbox (sent: where each stands, withdraw or complete).
 */
export function ReferralsPage() {
  const { t, i18n } = useCaseTranslation('referrals');
  const session = useSession();
  const [direction, setDirection] = useState<ReferralDirection>('incoming');
  const [status, setStatus] = useState<Referral['status'] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(LIMITS.pageSizeDefault);
  const list = useReferralList({ page, pageSize, direction, status });
  const [answering, setAnswering] = useState<{ referral: Referral; answer: ReferralAnswer } | null>(null);
  const canEnd = session.user.roles.includes('case_worker');
  const isIncoming = direction === 'incoming';

  const columns: DataColumn<Referral>[] = [
    {
      key: 'case',
      header: t('cases:fields.caseNumber'),
      render: (referral) =>
        // A received request opens the case only once accepted; before that the number is all there is.
        !isIncoming || referral.status === 'accepted' ? (
          <Anchor component={Link} to={`/cases/${referral.caseId}`} className="ctip-monospace" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{referral.caseNumber}</Anchor>
        ) : (
          <Text size="sm" className="ctip-monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>{referral.caseNumber}</Text>
        ),
    },
    {
      key: 'what',
      header: t('referrals:fields.what'),
      render: (referral) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{referral.kind === 'transfer' ? t('cases:vocab.referralKind.transfer') : t(`cases:vocab.service.${referral.service}`)}</Text>
          <Text size="xs" c="dimmed">
            {t(isIncoming ? 'referrals:fromOn' : 'referrals:toOn', { organisation: organisationNameIn(i18n.language, isIncoming ? referral.fromOrganisation : referral.toOrganisation), date: formatDate(referral.createdAt, i18n.language) })}
          </Text>
          {referral.consentOverridden && <Badge size="xs" color="orange" variant="light">{t('referrals:consent.overridden')}</Badge>}
        </Stack>
      ),
    },
    { key: 'status', header: t('referrals:fields.status'), render: (referral) => <ReferralStatusBadge status={referral.status} /> },
    {
      key: 'notes',
      header: t('referrals:fields.notes'),
      render: (referral) => (
        <Stack gap={2}>
          {referral.note && <Text size="xs" lineClamp={3}>{referral.note}</Text>}
          {referral.responseNote && <Text size="xs" c="dimmed">{t('referrals:fields.response')}: {referral.responseNote}</Text>}
          {!referral.note && !referral.responseNote && '—'}
        </Stack>
      ),
    },
    {
      key: 'actions',
      header: t('common:actions.label'),
      render: (referral) => (
        <Group gap={4}>
          {referralActionsFor(referral, session.user.organisation.id, canEnd).map((answer) => (
            <Button
              key={answer}
              size="xs"
              variant={answer === 'accept' ? 'filled' : 'light'}
              color={answer === 'decline' || answer === 'withdraw' ? 'red' : undefined}
              onClick={() => setAnswering({ referral, answer })}
              aria-label={t(`referrals:answers.${answer}Label`, { caseNumber: referral.caseNumber })}
            >
              {t(`referrals:answers.${answer}.action`)}
            </Button>
          ))}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('referrals:title')} description={t('referrals:description')} />
      <FilterBar label={t('referrals:filters')} isFiltered={status !== null} onReset={() => { setStatus(null); setPage(1); }}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="referral-direction-label">{t('referrals:direction')}</Text>
          <SegmentedControl
            aria-labelledby="referral-direction-label"
            value={direction}
            onChange={(value) => {
              setDirection(value as ReferralDirection);
              setPage(1);
            }}
            data={[{ value: 'incoming', label: t('referrals:incoming') }, { value: 'outgoing', label: t('referrals:outgoing') }]}
          />
        </Stack>
        <Select
          label={t('referrals:fields.status')}
          placeholder={t('cases:list.any')}
          clearable
          data={vocabularyOptions(t, 'referralStatus')}
          value={status}
          onChange={(value) => {
            setStatus(value as Referral['status'] | null);
            setPage(1);
          }}
          w={180}
        />
      </FilterBar>
      <DataTable
        caption={isIncoming ? t('referrals:incoming') : t('referrals:outgoing')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(referral) => referral.id}
        isLoading={list.isPending}
        isRefreshing={list.isPlaceholderData}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={720}
        empty={{ title: isIncoming ? t('referrals:noneIncoming') : t('referrals:noneOutgoing') }}
      />
      {list.data && <ListPagination page={page} pageSize={pageSize} total={list.data.total} onPageChange={setPage} onPageSizeChange={(size) => { setPageSize(size); setPage(1); }} />}
      <ReferralAnswerModal target={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
