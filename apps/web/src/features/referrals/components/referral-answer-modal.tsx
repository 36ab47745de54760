import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Referral } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import type { ReferralAnswer } from '../api';
import { useAnswerReferral } from '../hooks/use-referrals';

/** Props of {@link ReferralAnswerModal}. */
export interface ReferralAnswerModalProps {
  /** The referral and what to do to it; null closes the dialog. */
  target: { referral: Referral; answer: ReferralAnswer } | null;
  onClose(): void;
}

/**
 * Accepts, declines, withdraws or completes a referral or transfer, with a note for the other
 * side, after saying what it means (accepting a referral opens what the service needs; a
 * transfer hands over the whole case).
 */
export function ReferralAnswerModal({ target, onClose }: ReferralAnswerModalProps) {
  const { t, i18n } = useCaseTranslation('referrals');
  const answer = useAnswerReferral();
  const [note, setNote] = useState('');
  useEffect(() => {
    setNote('');
    answer.reset();
    // Reset when the dialog opens for another referral or action.
  }, [target?.referral.id, target?.answer]);
  if (!target) return <Modal opened={false} onClose={onClose} title="" />;
  const { referral } = target;
  const kind = referral.kind === 'transfer' ? 'transfer' : 'referral';
  const submit = () =>
    answer.mutate(
      { id: referral.id, answer: target.answer, note: note.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`referrals:answers.${target.answer}.done`) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t(`referrals:answers.${target.answer}.title`)} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <Stack gap="md">
        <Text size="sm">
          {t('referrals:answers.summary', {
            caseNumber: referral.caseNumber,
            from: organisationNameIn(i18n.language, referral.fromOrganisation),
            to: organisationNameIn(i18n.language, referral.toOrganisation),
            what: referral.service ? t(`cases:vocab.service.${referral.service}`) : t('cases:vocab.referralKind.transfer'),
          })}
        </Text>
        <Text size="sm" c="dimmed">{t(`referrals:answers.${target.answer}.${kind}Meaning`)}</Text>
        {referral.note && <Text size="sm" fs="italic">“{referral.note}”</Text>}
        {answer.error != null && <ProblemAlert error={answer.error} />}
        <Textarea label={t('referrals:answers.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button color={target.answer === 'decline' || target.answer === 'withdraw' ? 'red' : undefined} loading={answer.isPending} onClick={submit}>
            {t(`referrals:answers.${target.answer}.action`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
