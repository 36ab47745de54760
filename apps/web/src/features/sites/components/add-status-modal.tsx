import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { checkStatusEntry, SITE_SOURCE_KINDS, SITE_STATUSES, siteStatusInputSchema, type SiteDetail, type SiteStatus } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { todayUtc } from '../../cases/dates';
import { applyNestedServerErrors } from '../../../lib/nested-field-errors';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { useRecordSiteStatus } from '../hooks/use-sites';
import { emptySource, isOutOfOrder, toSourceInput, type SourceFormValues } from '../site-form-values';
import { SourceFields } from './source-fields';

interface FormValues {
  status: SiteStatus;
  occurredOn: string;
  source: SourceFormValues;
  correctionReason: string;
}

/** Props of {@link AddStatusModal}. */
export interface AddStatusModalProps {
  site: SiteDetail;
  opened: boolean;
  onClose(): void;
}

/**
 * Adds a dated status to a site's history, with its source. A status dated before the latest
 * entry goes in as a historical correction and needs a reason (the field appears when the date
 * calls for it); "reopened" only follows a closure or a raid. The contracts' `checkStatusEntry`,
 * which the server applies too, is checked as the dialog is filled.
 */
export function AddStatusModal({ site, opened, onClose }: AddStatusModalProps) {
  const { t, translate, describe } = useIntakeTranslation('sites');
  const record = useRecordSiteStatus(site.id);
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const history = site.statusHistory.map((entry, index) => ({ status: entry.status, occurredOn: entry.occurredOn, sequence: index }));
  const bodyOf = (values: FormValues) => ({
    status: values.status,
    occurredOn: values.occurredOn,
    source: toSourceInput(values.source),
    correctionReason: isOutOfOrder(history, values.occurredOn) ? values.correctionReason.trim() || null : null,
  });
  const form = useForm<FormValues>({
    initialValues: { status: 'under_investigation', occurredOn: todayUtc(), source: emptySource('press_article'), correctionReason: '' },
    validate: (values) => {
      const body = bodyOf(values);
      const errors = validateWithSchema(siteStatusInputSchema, body, translate);
      for (const problem of checkStatusEntry(history, body, todayUtc())) {
        // An out-of-order date is fine once a correction reason is given; the reason is what is missing.
        const field = problem.code === 'out_of_order' ? 'correctionReason' : problem.path;
        errors[field] ??= t(`intake:fieldErrors.${problem.code}`);
      }
      return errors;
    },
  });
  useEffect(() => {
    if (!opened) return;
    form.setValues({ status: 'under_investigation', occurredOn: todayUtc(), source: emptySource('press_article'), correctionReason: '' });
    form.clearErrors();
    setPlacedPaths([]);
    record.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const submit = (values: FormValues) =>
    record.mutate(bodyOf(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('sites:addStatus.done') });
        onClose();
      },
      onError: (error) => setPlacedPaths(applyNestedServerErrors(form, error, describe)),
    });
  const isCorrection = isOutOfOrder(history, form.values.occurredOn);
  return (
    <Modal opened={opened} onClose={onClose} title={t('sites:addStatus.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {record.error != null && <ProblemAlert error={record.error} placedFields={placedPaths} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('sites:fields.status')} data={SITE_STATUSES.map((status) => ({ value: status, label: t(`sites:vocab.status.${status}`) }))} data-autofocus {...form.getInputProps('status')} />
            <TextInput type="date" label={t('sites:fields.occurredOn')} required max={todayUtc()} {...form.getInputProps('occurredOn')} />
          </SimpleGrid>
          {isCorrection && (
            <>
              <Alert color="yellow" variant="light" title={t('sites:addStatus.correctionTitle')}>{t('sites:addStatus.correctionExplained')}</Alert>
              <Textarea label={t('sites:fields.correctionReason')} required autosize minRows={2} maxLength={2000} {...form.getInputProps('correctionReason')} />
            </>
          )}
          <SourceFields form={form} path="source" source={form.values.source} kinds={SITE_SOURCE_KINDS} siteId={site.id} operations={site.operations} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={record.isPending}>{t('sites:addStatus.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
