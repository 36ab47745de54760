import { Alert, Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconShieldExclamation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { referralInputSchema, SECTIONS_BY_SERVICE, SERVICE_TYPES, transferInputSchema, type ServiceType } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate } from '../../../lib/format';
import { validateWithSchema } from '../../../lib/form-errors';
import { applyCaseServerErrors } from '../../cases/form-errors';
import { useConsents, useSendReferral, useSendTransfer } from '../../cases/hooks/use-case-queries';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { vocabularyOptions } from '../../cases/vocabulary';
import { OrganisationSelect } from '../../organisations/components/organisation-select';

interface FormValues {
  toOrganisationId: string | null;
  service: ServiceType | null;
  note: string;
  consentOverrideReason: string;
}

/** Props of {@link SendReferralModal}. */
export interface SendReferralModalProps {
  caseId: string;
  /** A referral asks for a service; a transfer hands the case over. Null closes the dialog. */
  kind: 'referral' | 'transfer' | null;
  /** Whether the user sees the case's consents (to say whether one covers the recipient). */
  canSeeConsents: boolean;
  onClose(): void;
}

/**
 * Sends a referral (a service) or a transfer (ownership) to another organisation. Sharing rests
 * on the person's consent to share with that organisation: the dialog says whether there is one;
 * without it, the request goes only with a reason for overriding consent, which is recorded and
 * audited. A referral shows which parts of the case the other organisation will see.
 */
export function SendReferralModal({ caseId, kind, canSeeConsents, onClose }: SendReferralModalProps) {
  const { t, i18n, tField } = useCaseTranslation('referrals');
  const consents = useConsents(caseId, kind !== null && canSeeConsents);
  const referral = useSendReferral(caseId);
  const transfer = useSendTransfer(caseId);
  const mutation = kind === 'transfer' ? transfer : referral;
  const consentFor = (organisationId: string | null) =>
    organisationId === null ? undefined : consents.data?.items.find((consent) => consent.active && consent.kind === 'share_with_organisation' && consent.recipientOrganisation?.id === organisationId);
  const form = useForm<FormValues>({
    initialValues: { toOrganisationId: null, service: null, note: '', consentOverrideReason: '' },
    validate: (values) => {
      const override = consentFor(values.toOrganisationId) ? null : values.consentOverrideReason.trim() || null;
      const errors =
        kind === 'transfer'
          ? validateWithSchema(transferInputSchema, { toOrganisationId: values.toOrganisationId ?? '', reason: values.note, consentOverrideReason: override }, tField)
          : validateWithSchema(referralInputSchema, { toOrganisationId: values.toOrganisationId ?? '', service: values.service, note: values.note, consentOverrideReason: override }, tField);
      if (errors.reason) errors.note = errors.reason;
      if (values.toOrganisationId && !consentFor(values.toOrganisationId) && override === null) errors.consentOverrideReason ??= t('cases:fieldErrors.consent_required');
      return errors;
    },
  });
  useEffect(() => {
    if (kind === null) return;
    form.reset();
    referral.reset();
    transfer.reset();
    // Reset when the dialog opens.
  }, [kind]);

  const consent = consentFor(form.values.toOrganisationId);
  const submit = (values: FormValues) => {
    const override = consent ? null : values.consentOverrideReason.trim();
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: t(kind === 'transfer' ? 'referrals:send.transferSent' : 'referrals:send.referralSent') });
      onClose();
    };
    const onError = (error: unknown) => applyCaseServerErrors(form, error, tField, (path) => (path === 'reason' ? 'note' : path));
    if (kind === 'transfer') transfer.mutate({ toOrganisationId: values.toOrganisationId ?? '', reason: values.note.trim(), consentOverrideReason: override }, { onSuccess, onError });
    else referral.mutate({ toOrganisationId: values.toOrganisationId ?? '', service: values.service as ServiceType, note: values.note.trim(), consentOverrideReason: override }, { onSuccess, onError });
  };

  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind === 'transfer' ? t('referrals:send.transferTitle') : t('referrals:send.referralTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{kind === 'transfer' ? t('referrals:send.transferExplained') : t('referrals:send.referralExplained')}</Text>
          {mutation.error != null && <ProblemAlert error={mutation.error} placedFields={['toOrganisationId', 'service', 'note', 'reason', 'consentOverrideReason']} />}
          <OrganisationSelect
            label={t('referrals:fields.toOrganisation')}
            required
            onlyActive
            value={form.values.toOrganisationId}
            onChange={(id) => form.setFieldValue('toOrganisationId', id)}
            error={form.errors.toOrganisationId as string | undefined}
          />
          {kind === 'referral' && (
            <Select label={t('referrals:fields.service')} required data={vocabularyOptions(t, 'service', SERVICE_TYPES)} {...form.getInputProps('service')} />
          )}
          {kind === 'referral' && form.values.service && (
            <Stack gap={4}>
              <Text size="sm">{t('referrals:send.willSee')}</Text>
              <Group gap={4}>
                {SECTIONS_BY_SERVICE[form.values.service].map((section) => <Badge key={section} variant="light" size="sm">{t(`cases:vocab.section.${section}`)}</Badge>)}
              </Group>
            </Stack>
          )}
          <Textarea
            label={kind === 'transfer' ? t('referrals:fields.transferReason') : t('referrals:fields.note')}
            required={kind === 'transfer'}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          {form.values.toOrganisationId &&
            (consent ? (
              <Alert color="teal" variant="light" icon={<IconShieldCheck aria-hidden />} title={t('referrals:consent.coveredTitle')}>
                {t('referrals:consent.covered', { date: formatDate(consent.givenOn, i18n.language) })}
              </Alert>
            ) : (
              <Alert color="yellow" variant="light" icon={<IconShieldExclamation aria-hidden />} title={t('referrals:consent.missingTitle')}>
                <Stack gap="sm">
                  <Text size="sm">{canSeeConsents ? t('referrals:consent.missing') : t('referrals:consent.unknown')}</Text>
                  <Textarea
                    label={t('referrals:fields.consentOverrideReason')}
                    description={t('referrals:consent.overrideHint')}
                    required
                    autosize
                    minRows={2}
                    maxLength={2000}
                    {...form.getInputProps('consentOverrideReason')}
                  />
                </Stack>
              </Alert>
            ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{kind === 'transfer' ? t('referrals:send.transferSubmit') : t('referrals:send.referralSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
