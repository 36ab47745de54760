import { Alert, Anchor, Badge, Button, FileInput, Group, NumberInput, Paper, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DATE_ORDERS, IMPORT_FIELDS, IMPORT_LIMITS, type ImportJob, type ImportMapping } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { ImportReport } from '../components/import-report';
import { useCancelImport, useImportJob, useStartCommit, useStartDryRun, useUploadImport } from '../hooks/use-case-import';
import { canCommit, initialMapping, isImportOpen, isImportRunning, mappingProblems, progressOf } from '../import-mapping';

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The problem a refused upload names, in the reader's language (the code of its field error, else the API's code). */
function useUploadProblem() {
  const { t } = useCaseTranslation('case-exchange');
  return (error: unknown): string => {
    const code = error instanceof ApiError ? (error.fieldErrors[0]?.code ?? error.code) : 'internal';
    return t(`case-exchange:problems.${code}`, { defaultValue: t(`errors:code.${code}`, { defaultValue: t('errors:code.internal') }) });
  };
}

/**
 * Import of legacy case spreadsheets: upload a CSV or XLSX file, check the mapping of its columns
 * (ctip proposes one), run a dry run that reports every problem by row and column, then commit
 * every row — or none. The job's id stays in the address, so a reload finds it again.
 */
export function CaseImportPage() {
  const { t, i18n } = useCaseTranslation('case-exchange');
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('job');
  const job = useImportJob(jobId);
  const upload = useUploadImport();
  const uploadProblem = useUploadProblem();
  const [file, setFile] = useState<File | null>(null);
  const queryClient = useQueryClient();
  const status = job.data?.status;
  useEffect(() => {
    // Cases imported: every case list is read again.
    if (status === 'committed') void queryClient.invalidateQueries({ queryKey: ['cases'] });
  }, [status, queryClient]);

  const isTooLarge = file !== null && file.size > IMPORT_LIMITS.maxFileBytes;
  const send = () => {
    if (!file || isTooLarge) return;
    upload.mutate(file, { onSuccess: (created) => setSearchParams({ job: created.id }) });
  };
  const startOver = () => {
    upload.reset();
    setFile(null);
    setSearchParams({});
  };

  return (
    <>
      <PageHeader title={t('case-exchange:import.title')} description={t('case-exchange:import.description', { rows: formatNumber(IMPORT_LIMITS.maxRows, i18n.language), size: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 })} />
      {jobId === null ? (
        <Paper withBorder p="lg">
          <Stack gap="md" maw={640}>
            <Title order={2} size="h4">{t('case-exchange:import.uploadTitle')}</Title>
            <Text size="sm" c="dimmed">{t('case-exchange:import.uploadHint')}</Text>
            <FileInput
              label={t('case-exchange:import.file')}
              placeholder={t('case-exchange:import.choose')}
              accept={ACCEPTED}
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                upload.reset();
              }}
              clearable
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              error={isTooLarge ? t('case-exchange:problems.file_too_large') : upload.error ? uploadProblem(upload.error) : undefined}
            />
            {upload.error != null && !(upload.error instanceof ApiError && upload.error.fieldErrors.length > 0) && <ProblemAlert error={upload.error} />}
            <Group>
              <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!file || isTooLarge} loading={upload.isPending} onClick={send}>{t('case-exchange:import.upload')}</Button>
            </Group>
          </Stack>
        </Paper>
      ) : job.isPending ? (
        <PageSkeleton />
      ) : job.error || !job.data ? (
        <Stack>
          <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />
          <Group><Button variant="light" onClick={startOver}>{t('case-exchange:import.startOver')}</Button></Group>
        </Stack>
      ) : (
        <ImportJobView job={job.data} onStartOver={startOver} />
      )}
    </>
  );
}

/** One import job, at whatever step it is. */
function ImportJobView({ job, onStartOver }: { job: ImportJob; onStartOver(): void }) {
  const { t, i18n } = useCaseTranslation('case-exchange');
  const dryRun = useStartDryRun();
  const commit = useStartCommit();
  const cancel = useCancelImport();
  const [mapping, setMapping] = useState<ImportMapping>(() => initialMapping(job));
  const [isConfirmingCommit, setIsConfirmingCommit] = useState(false);
  const problems = mappingProblems(mapping);
  const isRunning = isImportRunning(job.status);
  const canEditMapping = job.status === 'mapping' || job.status === 'validated';
  const fieldOptions = [{ value: '', label: t('case-exchange:import.skipColumn') }, ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`case-exchange:fields.${field}`) }))];
  const setField = (position: number, field: string) =>
    setMapping((current) => ({ ...current, columns: current.columns.map((column, index) => (index === position ? { ...column, field: (field || null) as ImportMapping['columns'][number]['field'] } : column)) }));
  const problemAt = (position: number) => problems.find((problem) => problem.path === `columns.${position}.field`);
  const wholeProblems = problems.filter((problem) => problem.path === 'columns');

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{t('case-exchange:import.job', { format: job.format.toUpperCase(), rows: formatNumber(job.rowsTotal, i18n.language) })}</Text>
              <Badge variant="light" color={job.status === 'committed' ? 'teal' : job.status === 'failed' ? 'red' : 'blue'} data-testid="import-status">{t(`case-exchange:statuses.${job.status}`)}</Badge>
            </Group>
            <Text size="xs" c="dimmed">{t('case-exchange:import.expires', { time: formatDateTime(job.expiresAt, i18n.language) })}</Text>
          </Stack>
          <Group gap="xs">
            {isImportOpen(job.status) && <Button variant="subtle" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(job.id)}>{t('case-exchange:import.cancel')}</Button>}
            {!isImportOpen(job.status) && <Button variant="light" onClick={onStartOver}>{t('case-exchange:import.startOver')}</Button>}
          </Group>
        </Group>
        {cancel.error != null && <ProblemAlert error={cancel.error} />}
      </Paper>

      {isRunning && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text size="sm" fw={600}>{t(job.status === 'validating' ? 'case-exchange:import.validating' : 'case-exchange:import.committing')}</Text>
            <Progress value={progressOf(job)} size="lg" animated aria-label={t('case-exchange:import.progress')} />
            <Text size="sm" c="dimmed" aria-live="polite">{t('case-exchange:import.rowsDone', { done: formatNumber(job.rowsDone, i18n.language), total: formatNumber(job.rowsTotal, i18n.language) })}</Text>
          </Stack>
        </Paper>
      )}

      {job.status === 'committed' && job.result && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('case-exchange:import.committedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('case-exchange:import.committed', { persons: formatNumber(job.result.persons, i18n.language), cases: formatNumber(job.result.cases, i18n.language) })}</Text>
            <Anchor component={Link} to="/cases?sort=opened_desc" size="sm">{t('case-exchange:import.seeCases')}</Anchor>
          </Stack>
        </Alert>
      )}
      {job.status === 'failed' && job.failure && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('case-exchange:import.failedTitle')}>
          {t(`case-exchange:problems.${job.failure.code}`, { defaultValue: i18n.language === 'en' ? job.failure.message : t('case-exchange:import.failedGeneric') })}
          {job.failure.row !== null && ` ${t('case-exchange:import.atRow', { row: job.failure.row })}`}
        </Alert>
      )}
      {(job.status === 'cancelled' || job.status === 'expired') && <Alert color="gray">{t(`case-exchange:import.${job.status}`)}</Alert>}

      {canEditMapping && (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Title order={2} size="h4">{t('case-exchange:import.mappingTitle')}</Title>
            <Text size="sm" c="dimmed">{t('case-exchange:import.mappingHint')}</Text>
            <Group gap="md">
              <NumberInput label={t('case-exchange:import.headerRow')} min={1} max={50} allowDecimal={false} w={160} value={mapping.headerRow} onChange={(value) => typeof value === 'number' && setMapping((current) => ({ ...current, headerRow: value }))} />
              <Select
                label={t('case-exchange:import.dateOrder')}
                allowDeselect={false}
                w={280}
                data={DATE_ORDERS.map((order) => ({ value: order, label: t(`case-exchange:dateOrders.${order}`) }))}
                value={mapping.dateOrder}
                onChange={(value) => value && setMapping((current) => ({ ...current, dateOrder: value as ImportMapping['dateOrder'] }))}
              />
            </Group>
            {wholeProblems.map((problem) => <Alert key={problem.code} color="orange" variant="light">{t(`case-exchange:problems.${problem.code}`)}</Alert>)}
            {dryRun.error != null && <ProblemAlert error={dryRun.error} placedFields={['columns', 'headerRow']} />}
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={70}>{t('case-exchange:import.column')}</Table.Th>
                    <Table.Th scope="col">{t('case-exchange:import.header')}</Table.Th>
                    <Table.Th scope="col">{t('case-exchange:import.field')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {mapping.columns.map((column, position) => {
                    const described = job.columns.find((item) => item.index === column.index);
                    const problem = problemAt(position);
                    return (
                      <Table.Tr key={column.index}>
                        <Table.Td className="ctip-monospace">{described?.letter ?? column.index + 1}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>{described?.header || '—'}</Text>
                          {described?.reason && described.proposedField === column.field && column.field !== null && <Badge size="xs" variant="light" color="gray">{t(`case-exchange:import.proposedBy.${described.reason}`)}</Badge>}
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={t('case-exchange:import.fieldOf', { column: described?.letter ?? column.index + 1, header: described?.header ?? '' })}
                            data={fieldOptions}
                            value={column.field ?? ''}
                            allowDeselect={false}
                            searchable
                            onChange={(value) => setField(position, value ?? '')}
                            error={problem ? t(`case-exchange:problems.${problem.code}`) : undefined}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="flex-end">
              <Button variant={job.status === 'validated' ? 'light' : 'filled'} disabled={problems.length > 0} loading={dryRun.isPending} onClick={() => dryRun.mutate({ id: job.id, mapping })}>
                {job.status === 'validated' ? t('case-exchange:import.dryRunAgain') : t('case-exchange:import.dryRun')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {job.report && <ImportReport job={job} />}

      {job.status === 'validated' && (
        <Paper withBorder p="md">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">{canCommit(job) ? t('case-exchange:import.readyToCommit', { rows: formatNumber(job.rowsTotal, i18n.language) }) : t('case-exchange:import.fixFirst')}</Text>
            <Button disabled={!canCommit(job)} loading={commit.isPending} onClick={() => setIsConfirmingCommit(true)}>{t('case-exchange:import.commit')}</Button>
          </Group>
        </Paper>
      )}
      <ConfirmModal
        opened={isConfirmingCommit}
        title={t('case-exchange:import.commitTitle')}
        message={t('case-exchange:import.commitMessage', { rows: formatNumber(job.rowsTotal, i18n.language) })}
        confirmLabel={t('case-exchange:import.commit')}
        isPending={commit.isPending}
        error={commit.error}
        onConfirm={() => commit.mutate(job.id, { onSuccess: () => setIsConfirmingCommit(false) })}
        onClose={() => setIsConfirmingCommit(false)}
      />
    </Stack>
  );
}
