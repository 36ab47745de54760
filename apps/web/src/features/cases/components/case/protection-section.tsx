import { Badge, Button, Checkbox, Group, Modal, Radio, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { updateCaseInputSchema, VICTIM_RIGHTS, type CaseDetail, type VictimRight } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { todayUtc } from '../../dates';
import { applyCaseServerErrors } from '../../form-errors';
import { useUpdateCase } from '../../hooks/use-case-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { FactList, SectionCard } from '../section-card';

type Body = z.input<typeof updateCaseInputSchema>;
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A dialog that edits some of a case's own fields and saves them with one PATCH. */
function CaseFieldsModal<Values extends Record<string, unknown>>({
  caseId,
  title,
  opened,
  onClose,
  initialValues,
  toBody,
  children,
}: {
  caseId: string;
  title: string;
  opened: boolean;
  onClose(): void;
  initialValues: Values;
  toBody(values: Values): Body;
  children(form: UseFormReturnType<Values>): ReactNode;
}) {
  const { t, tField } = useCaseTranslation('cases');
  const update = useUpdateCase(caseId);
  const form = useForm<Values>({ initialValues, validateInputOnBlur: true, validate: (values) => validateWithSchema(updateCaseInputSchema, toBody(values), tField) });
  useEffect(() => {
    if (!opened) return;
    form.setValues(initialValues);
    form.clearErrors();
    update.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const submit = (values: Values) =>
    update.mutate(toBody(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('cases:saved') });
        onClose();
      },
      onError: (error) => applyCaseServerErrors(form, error, tField),
    });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {update.error != null && <ProblemAlert error={update.error} placedFields={Object.keys(initialValues)} />}
          {children(form)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={update.isPending}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Identification (presumptive or formal, by whom, when), non-punishment, and the case's numbers in other systems. */
export function IdentificationSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('cases');
  const [isEditing, editing] = useDisclosure(false);
  const canEdit = detail.allowedActions.includes('case.update');
  const initialValues = {
    identification: { status: detail.identification.status, authority: detail.identification.authority ?? '', date: detail.identification.date ?? '' },
    nonPunishment: detail.nonPunishment,
    externalIds: { mosvyCaseNumber: detail.externalIds.mosvyCaseNumber ?? '', primeroId: detail.externalIds.primeroId ?? '', oscarId: detail.externalIds.oscarId ?? '' },
  };
  return (
    <SectionCard
      title={t('cases:sections.identification')}
      description={t('cases:identification.description')}
      actions={canEdit && <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={editing.open}>{t('cases:actions.edit')}</Button>}
    >
      <FactList
        facts={[
          { label: t('cases:identification.status'), value: t(`cases:vocab.identificationStatus.${detail.identification.status}`) },
          { label: t('cases:identification.authority'), value: detail.identification.authority ?? '—' },
          { label: t('cases:identification.date'), value: detail.identification.date ? formatDate(detail.identification.date, i18n.language) : '—' },
          { label: t('cases:identification.nonPunishment'), value: detail.nonPunishment ? <Badge color="violet" variant="light">{t('cases:nonPunishmentFlag')}</Badge> : t('cases:no') },
          { label: t('cases:identification.mosvyCaseNumber'), value: detail.externalIds.mosvyCaseNumber ?? '—' },
          { label: t('cases:identification.primeroId'), value: detail.externalIds.primeroId ?? '—' },
          { label: t('cases:identification.oscarId'), value: detail.externalIds.oscarId ?? '—' },
        ]}
      />
      <CaseFieldsModal
        caseId={detail.id}
        title={t('cases:sections.identification')}
        opened={isEditing}
        onClose={editing.close}
        initialValues={initialValues}
        toBody={(values) => ({
          identification: { status: values.identification.status, authority: orNull(values.identification.authority), date: orNull(values.identification.date) },
          nonPunishment: values.nonPunishment,
          externalIds: { mosvyCaseNumber: orNull(values.externalIds.mosvyCaseNumber), primeroId: orNull(values.externalIds.primeroId), oscarId: orNull(values.externalIds.oscarId) },
        })}
      >
        {(form) => (
          <>
            <Radio.Group label={t('cases:identification.status')} description={t('cases:identification.statusHint')} {...form.getInputProps('identification.status')}>
              <Group mt="xs">
                <Radio value="presumptive" label={t('cases:vocab.identificationStatus.presumptive')} />
                <Radio value="formal" label={t('cases:vocab.identificationStatus.formal')} />
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('cases:identification.authority')} maxLength={200} {...form.getInputProps('identification.authority')} />
              <TextInput type="date" label={t('cases:identification.date')} max={todayUtc()} {...form.getInputProps('identification.date')} />
            </SimpleGrid>
            <Switch label={t('cases:identification.nonPunishment')} description={t('cases:identification.nonPunishmentHint')} {...form.getInputProps('nonPunishment', { type: 'checkbox' })} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('cases:identification.mosvyCaseNumber')} maxLength={60} {...form.getInputProps('externalIds.mosvyCaseNumber')} />
              <TextInput label={t('cases:identification.primeroId')} maxLength={60} {...form.getInputProps('externalIds.primeroId')} />
              <TextInput label={t('cases:identification.oscarId')} maxLength={60} {...form.getInputProps('externalIds.oscarId')} />
            </SimpleGrid>
          </>
        )}
      </CaseFieldsModal>
    </SectionCard>
  );
}

/** For a child: the guardian and the best-interest determination, both needed before repatriation. */
export function ChildProtectionSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('cases');
  const [isEditingGuardian, guardianDialog] = useDisclosure(false);
  const [isEditingBestInterest, bestInterestDialog] = useDisclosure(false);
  const canEdit = detail.allowedActions.includes('case.update');
  const seesIdentity = detail.visibleSections.includes('identity');
  const seesAssessments = detail.visibleSections.includes('assessments');
  return (
    <SectionCard title={t('cases:sections.childProtection')} description={detail.isChild ? t('cases:childProtection.description') : t('cases:childProtection.adult')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600} size="sm">{t('cases:childProtection.guardian')}</Text>
            {canEdit && seesIdentity && <Button size="xs" variant="light" onClick={guardianDialog.open}>{t('cases:actions.edit')}</Button>}
          </Group>
          {!seesIdentity ? (
            <Text size="sm" c="dimmed">{t('cases:notVisible')}</Text>
          ) : detail.guardian ? (
            <FactList cols={1} facts={[{ label: t('cases:childProtection.guardianName'), value: detail.guardian.name }, { label: t('cases:childProtection.relationship'), value: detail.guardian.relationship || '—' }, { label: t('cases:childProtection.contact'), value: detail.guardian.contact || '—' }]} />
          ) : (
            <Text size="sm" c={detail.isChild ? 'red.8' : 'dimmed'}>{t('cases:childProtection.noGuardian')}</Text>
          )}
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600} size="sm">{t('cases:childProtection.bestInterest')}</Text>
            {canEdit && seesAssessments && <Button size="xs" variant="light" onClick={bestInterestDialog.open}>{t('cases:actions.edit')}</Button>}
          </Group>
          {!seesAssessments ? (
            <Text size="sm" c="dimmed">{t('cases:notVisible')}</Text>
          ) : detail.bestInterest ? (
            <FactList cols={1} facts={[{ label: t('cases:childProtection.decidedOn'), value: formatDate(detail.bestInterest.decidedOn, i18n.language) }, { label: t('cases:childProtection.decidedBy'), value: detail.bestInterest.decidedBy }, { label: t('cases:childProtection.summary'), value: detail.bestInterest.summary || '—' }]} />
          ) : (
            <Text size="sm" c={detail.isChild ? 'red.8' : 'dimmed'}>{t('cases:childProtection.noBestInterest')}</Text>
          )}
        </Stack>
      </SimpleGrid>
      <CaseFieldsModal
        caseId={detail.id}
        title={t('cases:childProtection.guardian')}
        opened={isEditingGuardian}
        onClose={guardianDialog.close}
        initialValues={{ hasGuardian: detail.guardian !== null, guardian: { name: detail.guardian?.name ?? '', relationship: detail.guardian?.relationship ?? '', contact: detail.guardian?.contact ?? '' } }}
        toBody={(values) => ({ guardian: values.hasGuardian ? { name: values.guardian.name.trim(), relationship: values.guardian.relationship.trim(), contact: values.guardian.contact.trim() } : null })}
      >
        {(form) => (
          <>
            <Switch label={t('cases:childProtection.hasGuardian')} {...form.getInputProps('hasGuardian', { type: 'checkbox' })} />
            {form.values.hasGuardian && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('cases:childProtection.guardianName')} required maxLength={200} {...form.getInputProps('guardian.name')} />
                <TextInput label={t('cases:childProtection.relationship')} maxLength={100} {...form.getInputProps('guardian.relationship')} />
                <TextInput label={t('cases:childProtection.contact')} maxLength={200} {...form.getInputProps('guardian.contact')} />
              </SimpleGrid>
            )}
          </>
        )}
      </CaseFieldsModal>
      <CaseFieldsModal
        caseId={detail.id}
        title={t('cases:childProtection.bestInterest')}
        opened={isEditingBestInterest}
        onClose={bestInterestDialog.close}
        initialValues={{ hasBestInterest: detail.bestInterest !== null, bestInterest: { decidedOn: detail.bestInterest?.decidedOn ?? todayUtc(), decidedBy: detail.bestInterest?.decidedBy ?? '', summary: detail.bestInterest?.summary ?? '' } }}
        toBody={(values) => ({ bestInterest: values.hasBestInterest ? { decidedOn: values.bestInterest.decidedOn, decidedBy: values.bestInterest.decidedBy.trim(), summary: values.bestInterest.summary.trim() } : null })}
      >
        {(form) => (
          <>
            <Switch label={t('cases:childProtection.hasBestInterest')} {...form.getInputProps('hasBestInterest', { type: 'checkbox' })} />
            {form.values.hasBestInterest && (
              <>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput type="date" label={t('cases:childProtection.decidedOn')} required max={todayUtc()} {...form.getInputProps('bestInterest.decidedOn')} />
                  <TextInput label={t('cases:childProtection.decidedBy')} required maxLength={200} {...form.getInputProps('bestInterest.decidedBy')} />
                </SimpleGrid>
                <Textarea label={t('cases:childProtection.summary')} autosize minRows={3} maxLength={8000} {...form.getInputProps('bestInterest.summary')} />
              </>
            )}
          </>
        )}
      </CaseFieldsModal>
    </SectionCard>
  );
}

/**
 * The eleven rights of the 2009 national minimum standards as a checklist. The rights the
 * contracts mark unverified (our reading, not yet checked against the standards' text) say so.
 */
export function VictimRightsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useCaseTranslation('cases');
  const canEdit = detail.allowedActions.includes('case.update');
  const update = useUpdateCase(detail.id);
  const [rights, setRights] = useState<Record<string, boolean>>(detail.victimRights);
  useEffect(() => setRights(detail.victimRights), [detail.victimRights]);
  const isChanged = VICTIM_RIGHTS.some((right) => Boolean(rights[right.code]) !== Boolean(detail.victimRights[right.code]));
  const save = () =>
    update.mutate(
      { victimRights: Object.fromEntries(VICTIM_RIGHTS.map((right) => [right.code, Boolean(rights[right.code])])) as Record<VictimRight, boolean> },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('cases:saved') }) },
    );
  return (
    <SectionCard
      title={t('cases:sections.victimRights')}
      description={t('cases:victimRights.description')}
      actions={canEdit && <Button variant="light" disabled={!isChanged} loading={update.isPending} onClick={save}>{t('common:actions.save')}</Button>}
    >
      {update.error != null && <ProblemAlert error={update.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {VICTIM_RIGHTS.map((right) => (
          <Group key={right.code} gap={6} wrap="nowrap">
            <Checkbox
              label={t(`cases:vocab.victimRight.${right.code}`)}
              checked={Boolean(rights[right.code])}
              disabled={!canEdit}
              onChange={(event) => {
                const isChecked = event.currentTarget.checked;
                setRights((current) => ({ ...current, [right.code]: isChecked }));
              }}
            />
            {!right.verified && (
              <Tooltip label={t('cases:victimRights.unverifiedHint')} multiline w={280}>
                <Badge size="xs" color="yellow" variant="outline" tabIndex={0}>{t('cases:victimRights.unverified')}</Badge>
              </Tooltip>
            )}
          </Group>
        ))}
      </SimpleGrid>
    </SectionCard>
  );
}
