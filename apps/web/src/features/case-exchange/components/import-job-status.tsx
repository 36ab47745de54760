import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { isImportOpen, isImportRunning, progressOf, type AnyImportJob } from '../import-mapping';
import { useImportProblemText } from './import-problem-text';

/** Props of {@link ImportJobStatus}. */
export interface ImportJobStatusProps {
  job: AnyImportJob;
  /** Key prefixes (`intake:embassyImport.problems`) that translate the kind's own codes before the shared ones. */
  problemPrefixes?: readonly string[];
  isCancelling: boolean;
  cancelError: unknown;
  onCancel(): void;
  onStartOver(): void;
}

/**
 * Where an import job stands: its file, its status and when the file is deleted, with cancel (or
 * start over, once it ended); while it runs, a progress bar of rows done; when it failed, was
 * cancelled or expired, why.
 */
export function ImportJobStatus({ job, problemPrefixes = [], isCancelling, cancelError, onCancel, onStartOver }: ImportJobStatusProps) {
  const { t, i18n } = useTranslation('case-exchange');
  const problemText = useImportProblemText(problemPrefixes);
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{t('case-exchange:import.job', { format: job.format.toUpperCase(), rows: number(job.rowsTotal) })}</Text>
              <Badge variant="light" color={job.status === 'committed' ? 'teal' : job.status === 'failed' ? 'red' : 'blue'} data-testid="import-status">{t(`case-exchange:statuses.${job.status}`)}</Badge>
            </Group>
            <Text size="xs" c="dimmed">{t('case-exchange:import.expires', { time: formatDateTime(job.expiresAt, i18n.language) })}</Text>
          </Stack>
          <Group gap="xs">
            {isImportOpen(job.status) && <Button variant="subtle" color="red" loading={isCancelling} onClick={onCancel}>{t('case-exchange:import.cancel')}</Button>}
            {!isImportOpen(job.status) && <Button variant="light" onClick={onStartOver}>{t('case-exchange:import.startOver')}</Button>}
          </Group>
        </Group>
        {cancelError != null && <ProblemAlert error={cancelError} />}
      </Paper>

      {isImportRunning(job.status) && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text size="sm" fw={600}>{t(job.status === 'validating' ? 'case-exchange:import.validating' : 'case-exchange:import.committing')}</Text>
            <Progress value={progressOf(job)} size="lg" animated aria-label={t('case-exchange:import.progress')} />
            <Text size="sm" c="dimmed" aria-live="polite">{t('case-exchange:import.rowsDone', { done: number(job.rowsDone), total: number(job.rowsTotal) })}</Text>
          </Stack>
        </Paper>
      )}

      {job.status === 'failed' && job.failure && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('case-exchange:import.failedTitle')}>
          {problemText(job.failure, 'case-exchange:import.failedGeneric')}
          {job.failure.row !== null && ` ${t('case-exchange:import.atRow', { row: job.failure.row })}`}
        </Alert>
      )}
      {(job.status === 'cancelled' || job.status === 'expired') && <Alert color="gray">{t(`case-exchange:import.${job.status}`)}</Alert>}
    </>
  );
}
