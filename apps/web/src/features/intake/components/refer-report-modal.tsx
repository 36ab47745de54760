import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ReportDetail } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { OrganisationSelect } from '../../organisations/components/organisation-select';
import { useReferReport } from '../hooks/use-reports';
import { useIntakeTranslation } from '../use-intake-translation';

/** Props of {@link ReferReportModal}. */
export interface ReferReportModalProps {
  report: ReportDetail;
  opened: boolean;
  onClose(): void;
}

/**
 * Refers the report to another organisation (a shelter, the police, an embassy), which may then
 * read it — though never a contact the reporter asked to keep. A note says what is asked of it.
 */
export function ReferReportModal({ report, opened, onClose }: ReferReportModalProps) {
  const { t, describe } = useIntakeTranslation('intake');
  const refer = useReferReport(report.id);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setOrganisationId(null);
    setNote('');
    setIsMissing(false);
    refer.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const fieldError = isApiError(refer.error, 'validation_failed') ? refer.error.fieldErrors.find((error) => error.path === 'toOrganisationId') : undefined;
  const submit = () => {
    if (!organisationId) {
      setIsMissing(true);
      return;
    }
    refer.mutate(
      { toOrganisationId: organisationId, note: note.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('intake:referrals.done') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('intake:referrals.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('intake:referrals.explained')}</Text>
          {refer.error != null && <ProblemAlert error={refer.error} placedFields={['toOrganisationId']} />}
          <OrganisationSelect
            label={t('intake:referrals.organisation')}
            required
            onlyActive
            value={organisationId}
            onChange={(id) => {
              setOrganisationId(id);
              setIsMissing(false);
            }}
            error={fieldError ? describe(fieldError) : isMissing ? t('errors:field.required') : undefined}
          />
          <Textarea label={t('intake:referrals.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={refer.isPending}>{t('intake:referrals.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
