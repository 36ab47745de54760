import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseSummary, Referral } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { StageBadges } from '../../cases/components/stage-badges';
import { SectionCard } from '../../cases/components/section-card';
import { useMyWork } from '../../cases/hooks/use-case-queries';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import type { ReferralAnswer } from '../../referrals/api';
import { ReferralAnswerModal } from '../../referrals/components/referral-answer-modal';

/** How many of the user's open cases the page lists; the case list shows them all. */
const OPEN_CASES_SHOWN = 10;

/**
 * A case worker's start of the day: referrals waiting for their organisation (accept or
 * decline, with a note), follow-up visits due within two weeks or overdue, and their open cases.
 */
export function MyWorkPage() {
  const { t, i18n } = useCaseTranslation('my-work');
  const session = useSession();
  const work = useMyWork();
  const [answering, setAnswering] = useState<{ referral: Referral; answer: ReferralAnswer } | null>(null);

  const caseColumns = (isFollowUp: boolean): DataColumn<CaseSummary>[] => [
    { key: 'number', header: t('cases:fields.caseNumber'), render: (item) => <Anchor component={Link} to={`/cases/${item.id}`} className="ctip-monospace" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{item.caseNumber}</Anchor> },
    { key: 'name', header: t('cases:fields.name'), render: (item) => <Text size="sm">{item.displayName || t('cases:identityHidden')}</Text> },
    { key: 'stage', header: t('cases:fields.stage'), render: (item) => <StageBadges stage={item.stage} mosvyStage={item.mosvyStage} /> },
    {
      key: 'followUp',
      header: t('cases:fields.nextFollowUp'),
      render: (item) =>
        item.nextFollowUpDue ? (
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c={item.followUpOverdue ? 'red.8' : undefined} fw={item.followUpOverdue ? 700 : undefined}>{formatDate(item.nextFollowUpDue, i18n.language)}</Text>
            {item.followUpOverdue && <Badge size="xs" color="red">{t('cases:overdue')}</Badge>}
          </Group>
        ) : '—',
    },
    ...(isFollowUp ? [] : [{ key: 'updated', header: t('my-work:updated'), render: (item: CaseSummary) => <Text size="sm">{formatDate(item.updatedAt, i18n.language)}</Text> }]),
  ];

  const referralColumns: DataColumn<Referral>[] = [
    { key: 'number', header: t('cases:fields.caseNumber'), render: (referral) => <Text size="sm" className="ctip-monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>{referral.caseNumber}</Text> },
    {
      key: 'what',
      header: t('referrals:fields.what'),
      render: (referral) => (
        <>
          <Text size="sm" fw={600}>{referral.kind === 'transfer' ? t('cases:vocab.referralKind.transfer') : t(`cases:vocab.service.${referral.service}`)}</Text>
          <Text size="xs" c="dimmed">{t('referrals:fromOn', { organisation: organisationNameIn(i18n.language, referral.fromOrganisation), date: formatDate(referral.createdAt, i18n.language) })}</Text>
        </>
      ),
    },
    { key: 'note', header: t('referrals:fields.notes'), render: (referral) => <Text size="sm" lineClamp={2}>{referral.note || '—'}</Text> },
    {
      key: 'actions',
      header: t('common:actions.label'),
      render: (referral) => (
        <Group gap={4} wrap="nowrap">
          <Button size="xs" onClick={() => setAnswering({ referral, answer: 'accept' })} aria-label={t('referrals:answers.acceptLabel', { caseNumber: referral.caseNumber })}>{t('referrals:answers.accept.action')}</Button>
          <Button size="xs" variant="light" color="red" onClick={() => setAnswering({ referral, answer: 'decline' })} aria-label={t('referrals:answers.declineLabel', { caseNumber: referral.caseNumber })}>{t('referrals:answers.decline.action')}</Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('my-work:title')} description={t('my-work:description', { name: session.user.displayName })} />
      <Stack gap="lg">
        <SectionCard title={t('my-work:referralsWaiting')} description={t('my-work:referralsWaitingHint')}>
          <DataTable
            caption={t('my-work:referralsWaiting')}
            columns={referralColumns}
            rows={work.data?.referralsWaiting}
            rowKey={(referral) => referral.id}
            isLoading={work.isPending}
            error={work.error}
            onRetry={() => void work.refetch()}
            minWidth={620}
            empty={{ title: t('my-work:noReferrals') }}
          />
        </SectionCard>
        <SectionCard title={t('my-work:followUpsDue')} description={t('my-work:followUpsDueHint')}>
          <DataTable
            caption={t('my-work:followUpsDue')}
            columns={caseColumns(true)}
            rows={work.data?.followUpsDue}
            rowKey={(item) => item.id}
            isLoading={work.isPending}
            error={work.error}
            minWidth={640}
            empty={{ title: t('my-work:noFollowUps') }}
          />
        </SectionCard>
        <SectionCard
          title={t('my-work:openCases')}
          description={work.data && work.data.openCases.length > OPEN_CASES_SHOWN ? t('my-work:moreCases', { shown: OPEN_CASES_SHOWN, total: work.data.openCases.length }) : undefined}
          actions={<Button component={Link} to="/cases?assignedToMe=true" variant="subtle">{t('my-work:allMine')}</Button>}>
          <DataTable
            caption={t('my-work:openCases')}
            columns={caseColumns(false)}
            rows={work.data?.openCases.slice(0, OPEN_CASES_SHOWN)}
            rowKey={(item) => item.id}
            isLoading={work.isPending}
            error={work.error}
            minWidth={640}
            empty={{ title: t('my-work:noCases'), description: t('my-work:noCasesHint') }}
          />
        </SectionCard>
      </Stack>
      <ReferralAnswerModal target={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
