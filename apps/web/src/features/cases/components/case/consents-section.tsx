import { Badge, Button, Group, Modal, Select, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { CONSENT_KINDS, CONSENT_METHODS, consentInputSchema, withdrawConsentInputSchema, type CaseDetail, type ConsentKind, type ConsentMethod, type consentSchema } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { OrganisationSelect } from '../../../organisations/components/organisation-select';
import { todayUtc } from '../../dates';
import { applyCaseServerErrors } from '../../form-errors';
import { useConsents, useRecordConsent, useWithdrawConsent } from '../../hooks/use-case-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { vocabularyOptions } from '../../vocabulary';
import { CountrySelect, useCountryName } from '../place-selects';
import { SectionCard, SectionEmpty } from '../section-card';

type Consent = z.infer<typeof consentSchema>;

interface ConsentValues {
  kind: ConsentKind;
  recipientOrganisationId: string | null;
  recipientCountry: string | null;
  method: ConsentMethod;
  givenOn: string;
  note: string;
}

const toConsentBody = (values: ConsentValues): z.input<typeof consentInputSchema> => ({
  kind: values.kind,
  recipientOrganisationId: values.kind === 'share_with_organisation' ? values.recipientOrganisationId : null,
  recipientCountry: values.kind === 'share_for_repatriation' ? values.recipientCountry : null,
  method: values.method,
  givenOn: values.givenOn,
  note: values.note.trim(),
});

/**
 * What the person agreed to — recording, sharing with a named organisation or, for repatriation,
 * a country, photos, telephone contact — when and how; and withdrawals, after which sharing
 * that rested on the consent stops.
 */
export function ConsentsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('cases');
  const consents = useConsents(detail.id, true);
  const [isRecording, recording] = useDisclosure(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const countryName = useCountryName();
  const canManage = detail.allowedActions.includes('case.manage_consent');
  const recipientOf = (consent: Consent) => consent.recipientOrganisation?.nameEn ?? (consent.recipientCountry ? countryName(consent.recipientCountry) : '—');
  return (
    <SectionCard
      title={t('cases:sections.consents')}
      description={t('cases:consents.description')}
      actions={canManage && <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={recording.open}>{t('cases:consents.record')}</Button>}
    >
      {consents.isPending ? (
        <Skeleton height={120} />
      ) : consents.error ? (
        <ProblemAlert error={consents.error} onRetry={() => void consents.refetch()} />
      ) : consents.data.items.length === 0 ? (
        <SectionEmpty title={t('cases:consents.none')} description={t('cases:consents.noneHint')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases:consents.kind')}</Table.Th>
                <Table.Th scope="col">{t('cases:consents.recipient')}</Table.Th>
                <Table.Th scope="col">{t('cases:consents.method')}</Table.Th>
                <Table.Th scope="col">{t('cases:consents.givenOn')}</Table.Th>
                <Table.Th scope="col">{t('cases:consents.status')}</Table.Th>
                <Table.Th scope="col"><VisuallyHidden>{t('common:actions.label')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.data.items.map((consent) => (
                <Table.Tr key={consent.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>{t(`cases:vocab.consentKind.${consent.kind}`)}</Text>
                    {consent.note && <Text size="xs" c="dimmed">{consent.note}</Text>}
                  </Table.Td>
                  <Table.Td>{recipientOf(consent)}</Table.Td>
                  <Table.Td>{t(`cases:vocab.consentMethod.${consent.method}`)}</Table.Td>
                  <Table.Td>{formatDate(consent.givenOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    {consent.active ? (
                      <Badge color="teal" variant="light">{t('cases:consents.active')}</Badge>
                    ) : (
                      <Stack gap={2}>
                        <Badge color="gray" variant="light">{t('cases:consents.withdrawn', { date: formatDate(consent.withdrawnOn, i18n.language) })}</Badge>
                        {consent.withdrawalReason && <Text size="xs" c="dimmed">{consent.withdrawalReason}</Text>}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canManage && consent.active && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setWithdrawing(consent)} aria-label={t('cases:consents.withdrawLabel', { kind: t(`cases:vocab.consentKind.${consent.kind}`) })}>
                        {t('cases:consents.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecordConsentModal caseId={detail.id} opened={isRecording} onClose={recording.close} />
      <WithdrawConsentModal caseId={detail.id} consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </SectionCard>
  );
}

/** Records a consent the person (or their guardian) gave. */
function RecordConsentModal({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose(): void }) {
  const { t, tField } = useCaseTranslation('cases');
  const record = useRecordConsent(caseId);
  const form = useForm<ConsentValues>({
    initialValues: { kind: 'data_recording', recipientOrganisationId: null, recipientCountry: null, method: 'written', givenOn: todayUtc(), note: '' },
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(consentInputSchema, toConsentBody(values), tField),
  });
  useEffect(() => {
    if (!opened) return;
    form.reset();
    record.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const submit = (values: ConsentValues) =>
    record.mutate(toConsentBody(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('cases:consents.recorded') });
        onClose();
      },
      onError: (error) => applyCaseServerErrors(form, error, tField),
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases:consents.record')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {record.error != null && <ProblemAlert error={record.error} placedFields={['kind', 'recipientOrganisationId', 'recipientCountry', 'method', 'givenOn', 'note']} />}
          <Select label={t('cases:consents.kind')} allowDeselect={false} data={vocabularyOptions(t, 'consentKind', CONSENT_KINDS)} {...form.getInputProps('kind')} />
          {form.values.kind === 'share_with_organisation' && (
            <OrganisationSelect
              label={t('cases:consents.recipientOrganisation')}
              required
              onlyActive
              value={form.values.recipientOrganisationId}
              onChange={(id) => form.setFieldValue('recipientOrganisationId', id)}
              error={form.errors.recipientOrganisationId as string | undefined}
            />
          )}
          {form.values.kind === 'share_for_repatriation' && <CountrySelect label={t('cases:consents.recipientCountry')} required {...form.getInputProps('recipientCountry')} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('cases:consents.method')} allowDeselect={false} data={vocabularyOptions(t, 'consentMethod', CONSENT_METHODS)} {...form.getInputProps('method')} />
            <TextInput type="date" label={t('cases:consents.givenOn')} required max={todayUtc()} {...form.getInputProps('givenOn')} />
          </SimpleGrid>
          <Textarea label={t('cases:consents.note')} autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={record.isPending}>{t('cases:consents.recordSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Records that a consent was withdrawn, when and why. */
function WithdrawConsentModal({ caseId, consent, onClose }: { caseId: string; consent: Consent | null; onClose(): void }) {
  const { t, tField } = useCaseTranslation('cases');
  const withdraw = useWithdrawConsent(caseId);
  const form = useForm({
    initialValues: { withdrawnOn: todayUtc(), reason: '' },
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(withdrawConsentInputSchema, values, tField),
  });
  useEffect(() => {
    if (!consent) return;
    form.reset();
    withdraw.reset();
    // Reset when the dialog opens for a consent.
  }, [consent?.id]);
  const submit = (values: { withdrawnOn: string; reason: string }) => {
    if (!consent) return;
    withdraw.mutate(
      { consentId: consent.id, body: { withdrawnOn: values.withdrawnOn, reason: values.reason.trim() } },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', message: result.grantsRevoked > 0 ? t('cases:consents.withdrawnWithGrants', { count: result.grantsRevoked }) : t('cases:consents.withdrawnDone') });
          onClose();
        },
        onError: (error) => applyCaseServerErrors(form, error, tField),
      },
    );
  };
  return (
    <Modal opened={consent !== null} onClose={onClose} title={t('cases:consents.withdrawTitle')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {consent && <Text size="sm">{t('cases:consents.withdrawMessage', { kind: t(`cases:vocab.consentKind.${consent.kind}`) })}</Text>}
          {withdraw.error != null && <ProblemAlert error={withdraw.error} placedFields={['withdrawnOn', 'reason']} />}
          <TextInput type="date" label={t('cases:consents.withdrawnOn')} required max={todayUtc()} {...form.getInputProps('withdrawnOn')} />
          <Textarea label={t('cases:consents.withdrawalReason')} required autosize minRows={2} maxLength={2000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>{t('cases:consents.withdraw')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
