import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { IMPORT_LIMITS } from '@ctip/contracts';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useImportJob, useImportSteps, type ImportClient } from '../hooks/use-import-job';
import { ImportUpload } from './import-upload';
import type { AnyImportJob } from '../import-mapping';

/** The steps of one kind of import (upload, dry run, commit, cancel), as a job view uses them. */
export type ImportSteps<Job extends AnyImportJob, Mapping, Commit> = ReturnType<typeof useImportSteps<Job, Mapping, Commit>>;

/** Props of {@link ImportPageFrame}. */
export interface ImportPageFrameProps<Job extends AnyImportJob, Mapping, Commit> {
  client: ImportClient<Job, Mapping, Commit>;
  /** Translation keys of the page's title and description (given `rows` and `size` limits). */
  titleKey: string;
  descriptionKey: string;
  uploadHint?: string;
  /** The job, at whatever step it is. */
  renderJob(job: Job, steps: ImportSteps<Job, Mapping, Commit>, startOver: () => void): ReactNode;
}

/**
 * What every import page shares: the upload until there is a job, then the job, whose id stays
 * in the address so that a reload finds it again; a job that cannot be read offers to start over.
 */
export function ImportPageFrame<Job extends AnyImportJob, Mapping, Commit>({ client, titleKey, descriptionKey, uploadHint, renderJob }: ImportPageFrameProps<Job, Mapping, Commit>) {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('job');
  const job = useImportJob(client, jobId);
  const steps = useImportSteps(client);
  const startOver = () => {
    steps.upload.reset();
    setSearchParams({});
  };
  return (
    <>
      <PageHeader title={t(titleKey)} description={t(descriptionKey, { rows: formatNumber(IMPORT_LIMITS.maxRows, i18n.language), size: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 })} />
      {jobId === null ? (
        <ImportUpload hint={uploadHint} isPending={steps.upload.isPending} error={steps.upload.error} onReset={() => steps.upload.reset()} onUpload={(file) => steps.upload.mutate(file, { onSuccess: (created) => setSearchParams({ job: created.id }) })} />
      ) : job.isPending ? (
        <PageSkeleton />
      ) : job.error || !job.data ? (
        <Stack>
          <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />
          <Group><Button variant="light" onClick={startOver}>{t('case-exchange:import.startOver')}</Button></Group>
        </Stack>
      ) : (
        renderJob(job.data, steps, startOver)
      )}
    </>
  );
}
