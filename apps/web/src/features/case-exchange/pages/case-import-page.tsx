import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { IMPORT_FIELDS, type ImportJob, type ImportMapping } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { formatNumber } from '../../../lib/format';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { ImportCommitBar } from '../components/import-commit-bar';
import { ImportJobStatus } from '../components/import-job-status';
import { ImportMappingEditor } from '../components/import-mapping-editor';
import { ImportPageFrame, type ImportSteps } from '../components/import-page-frame';
import { ImportReport } from '../components/import-report';
import { caseImportClient } from '../hooks/use-case-import';
import { CASE_MAPPING_RULES, initialMapping, mappingProblems } from '../import-mapping';

/**
 * Import of legacy case spreadsheets: upload a CSV or XLSX file, check the mapping of its columns
 * (ctip proposes one), run a dry run that reports every problem by row and column, then commit
 * every row — or none. The job's id stays in the address, so a reload finds it again.
 */
export function CaseImportPage() {
  return (
    <ImportPageFrame
      client={caseImportClient}
      titleKey="case-exchange:import.title"
      descriptionKey="case-exchange:import.description"
      renderJob={(job, steps, startOver) => <ImportJobView job={job} steps={steps} onStartOver={startOver} />}
    />
  );
}

/** One import job, at whatever step it is. */
function ImportJobView({ job, steps, onStartOver }: { job: ImportJob; steps: ImportSteps<ImportJob, ImportMapping, never>; onStartOver(): void }) {
  const { t, i18n } = useCaseTranslation('case-exchange');
  const [mapping, setMapping] = useState<ImportMapping>(() => initialMapping(job));
  const [isConfirmingCommit, setIsConfirmingCommit] = useState(false);
  const fieldLabel = (field: string) => t(`case-exchange:fields.${field}`);
  const rows = formatNumber(job.rowsTotal, i18n.language);

  return (
    <Stack gap="lg">
      <ImportJobStatus job={job} isCancelling={steps.cancel.isPending} cancelError={steps.cancel.error} onCancel={() => steps.cancel.mutate(job.id)} onStartOver={onStartOver} />
      {job.status === 'committed' && job.result && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('case-exchange:import.committedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('case-exchange:import.committed', { persons: formatNumber(job.result.persons, i18n.language), cases: formatNumber(job.result.cases, i18n.language) })}</Text>
            <Anchor component={Link} to="/cases?sort=opened_desc" size="sm">{t('case-exchange:import.seeCases')}</Anchor>
          </Stack>
        </Alert>
      )}
      {(job.status === 'mapping' || job.status === 'validated') && (
        <ImportMappingEditor<ImportMapping>
          job={job}
          mapping={mapping}
          onChange={setMapping}
          fields={IMPORT_FIELDS}
          fieldLabel={fieldLabel}
          problems={mappingProblems(mapping, CASE_MAPPING_RULES)}
          isRunning={steps.dryRun.isPending}
          runError={steps.dryRun.error}
          onDryRun={() => steps.dryRun.mutate({ id: job.id, mapping })}
        />
      )}
      {job.report && <ImportReport job={{ ...job, report: job.report }} fieldLabel={fieldLabel} />}
      {job.status === 'validated' && <ImportCommitBar job={job} readyText={t('case-exchange:import.readyToCommit', { rows })} isPending={steps.commit.isPending} onCommit={() => setIsConfirmingCommit(true)} />}
      <ConfirmModal
        opened={isConfirmingCommit}
        title={t('case-exchange:import.commitTitle')}
        message={t('case-exchange:import.commitMessage', { rows })}
        confirmLabel={t('case-exchange:import.commit')}
        isPending={steps.commit.isPending}
        error={steps.commit.error}
        onConfirm={() => steps.commit.mutate({ id: job.id }, { onSuccess: () => setIsConfirmingCommit(false) })}
        onClose={() => setIsConfirmingCommit(false)}
      />
    </Stack>
  );
}
