import { Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconSend, IconTransfer } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail, Referral } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { useSession } from '../../../auth/session-store';
import { organisationNameIn } from '../../../organisations/organisation-name';
import type { ReferralAnswer } from '../../../referrals/api';
import { ReferralAnswerModal } from '../../../referrals/components/referral-answer-modal';
import { ReferralStatusBadge } from '../../../referrals/components/referral-status-badge';
import { SendReferralModal } from '../../../referrals/components/send-referral-modal';
import { referralActionsFor } from '../../../referrals/referral-actions';
import { useCaseReferrals } from '../../hooks/use-case-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { SectionCard, SectionEmpty } from '../section-card';

/** Referrals and transfers of a case: send them (consent or a reasoned override), see where each stands, end them. */
export function ReferralsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('referrals');
  const session = useSession();
  const referrals = useCaseReferrals(detail.id);
  const [sending, setSending] = useState<'referral' | 'transfer' | null>(null);
  const [answering, setAnswering] = useState<{ referral: Referral; answer: ReferralAnswer } | null>(null);
  const canRefer = detail.allowedActions.includes('case.refer');
  const canTransfer = detail.allowedActions.includes('case.transfer');
  // Ending a referral needs the same role as sending one (case workers of the owner).
  const canEnd = canRefer;
  return (
    <SectionCard
      title={t('cases:sections.referrals')}
      description={t('referrals:caseSection.description')}
      actions={
        <>
          {canRefer && <Button variant="light" leftSection={<IconSend size={16} aria-hidden />} onClick={() => setSending('referral')}>{t('referrals:send.referralTitle')}</Button>}
          {canTransfer && <Button variant="default" leftSection={<IconTransfer size={16} aria-hidden />} onClick={() => setSending('transfer')}>{t('referrals:send.transferTitle')}</Button>}
        </>
      }
    >
      {referrals.isPending ? (
        <Skeleton height={120} />
      ) : referrals.error ? (
        <ProblemAlert error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.items.length === 0 ? (
        <SectionEmpty title={t('referrals:caseSection.none')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referrals:fields.what')}</Table.Th>
                <Table.Th scope="col">{t('referrals:fields.toOrganisation')}</Table.Th>
                <Table.Th scope="col">{t('referrals:fields.status')}</Table.Th>
                <Table.Th scope="col">{t('referrals:fields.sentOn')}</Table.Th>
                <Table.Th scope="col">{t('referrals:fields.notes')}</Table.Th>
                <Table.Th scope="col">{t('common:actions.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.data.items.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>{referral.kind === 'transfer' ? t('cases:vocab.referralKind.transfer') : t(`cases:vocab.service.${referral.service}`)}</Text>
                      {referral.consentOverridden && <Badge size="xs" color="orange" variant="light">{t('referrals:consent.overridden')}</Badge>}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{organisationNameIn(i18n.language, referral.toOrganisation)}</Table.Td>
                  <Table.Td><ReferralStatusBadge status={referral.status} /></Table.Td>
                  <Table.Td>{formatDate(referral.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {referral.note && <Text size="xs">{referral.note}</Text>}
                    {referral.responseNote && <Text size="xs" c="dimmed">{t('referrals:fields.response')}: {referral.responseNote}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {referralActionsFor(referral, session.user.organisation.id, canEnd).map((answer) => (
                        <Button key={answer} size="xs" variant="subtle" color={answer === 'withdraw' || answer === 'decline' ? 'red' : undefined} onClick={() => setAnswering({ referral, answer })}>
                          {t(`referrals:answers.${answer}.action`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SendReferralModal caseId={detail.id} kind={sending} canSeeConsents={detail.visibleSections.includes('consents')} onClose={() => setSending(null)} />
      <ReferralAnswerModal target={answering} onClose={() => setAnswering(null)} />
    </SectionCard>
  );
}
