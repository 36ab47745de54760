import { Badge, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { LinkageRun } from '../api';
import { LinkageSectionLinks } from '../components/linkage-section-links';
import { RUN_STATUS_COLOURS, RunProgress } from '../components/run-progress';
import { StartRunPanel } from '../components/start-run-panel';
import { useLinkageRun, useLinkageRuns } from '../hooks/use-linkage';

/**
 * Record linkage runs: start one (training a new model or reusing the current one), follow its
 * progress until it completes or fails, and see the recent runs.
 */
export function LinkageRunsPage() {
  const { t, i18n } = useTranslation('linkage');
  const runs = useLinkageRuns();
  const [startedRunId, setStartedRunId] = useState<string | null>(null);
  // Follow the run just started, or else the newest (which may have been started elsewhere).
  const followedRunId = startedRunId ?? runs.data?.items[0]?.id ?? null;
  const followed = useLinkageRun(followedRunId);
  const isRunInProgress = followed.data?.status === 'running' || runs.data?.items.some((run) => run.status === 'running') === true;
  const language = i18n.language;

  const columns: DataColumn<LinkageRun>[] = [
    { key: 'startedAt', header: t('runs.startedAt'), render: (run) => <Text size="sm">{formatDateTime(run.startedAt, language)}</Text> },
    { key: 'status', header: t('runs.status'), render: (run) => <Badge color={RUN_STATUS_COLOURS[run.status]} variant="light">{t(`status.${run.status}`)}</Badge> },
    { key: 'persons', header: t('runs.persons'), render: (run) => <Text size="sm">{formatNumber(run.persons, language)}</Text> },
    { key: 'scoredPairs', header: t('runs.scoredPairs'), render: (run) => <Text size="sm">{formatNumber(run.scoredPairs, language)}</Text> },
    { key: 'candidates', header: t('runs.candidates'), render: (run) => <Text size="sm">{formatNumber(run.candidates, language)}</Text> },
    { key: 'finishedAt', header: t('runs.finishedAt'), render: (run) => <Text size="sm">{formatDateTime(run.finishedAt, language)}</Text> },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <LinkageSectionLinks />
      <Stack gap="lg">
        <StartRunPanel isRunInProgress={isRunInProgress} onStarted={setStartedRunId} />
        {followed.data && <RunProgress run={followed.data} />}
        <Stack gap="xs">
          <Title order={2} size="h4">{t('runs.title')}</Title>
          <DataTable
            caption={t('runs.title')}
            columns={columns}
            rows={runs.data?.items}
            rowKey={(run) => run.id}
            isLoading={runs.isPending}
            error={runs.error}
            onRetry={() => void runs.refetch()}
            minWidth={720}
            empty={{ title: t('runs.emptyTitle'), description: t('runs.emptyDescription') }}
          />
        </Stack>
      </Stack>
    </>
  );
}
