import { Alert, Badge, Button, Code, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber, formatPercent } from '../../../lib/format';
import type { LinkageRun } from '../api';
import { progressOf } from '../linkage-progress';

/** Colours of a run's status. */
export const RUN_STATUS_COLOURS: Record<LinkageRun['status'], string> = { running: 'blue', completed: 'teal', failed: 'red' };

/** Props of {@link RunProgress}. */
export interface RunProgressProps {
  run: LinkageRun;
}

/**
 * A run as it goes: a progress bar that follows its phase and done/total (never moving back when
 * the engine blocks a second time after training), then what it found, or why it failed.
 */
export function RunProgress({ run }: RunProgressProps) {
  const { t, i18n } = useTranslation('linkage');
  const progress = progressOf(run);
  // Keep the furthest point reached by this run: the bar only moves forward.
  const furthest = useRef<{ runId: string; fraction: number }>({ runId: run.id, fraction: 0 });
  if (furthest.current.runId !== run.id) furthest.current = { runId: run.id, fraction: 0 };
  furthest.current.fraction = Math.max(furthest.current.fraction, progress.overallFraction);
  const fraction = furthest.current.fraction;
  const phaseName = progress.phase ? t(`phases.${progress.phase}`) : (run.phase ?? '—');
  const language = i18n.language;

  return (
    <Paper withBorder p="md" data-testid="linkage-run-progress">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">{t('progress.title', { time: formatDateTime(run.startedAt, language) })}</Title>
          <Badge color={RUN_STATUS_COLOURS[run.status]} variant="light">{t(`status.${run.status}`)}</Badge>
        </Group>
        <Progress.Root size="lg">
          {/* The section carries the progress bar's role, with words for its value (Mantine's own says only "40%"). */}
          <Progress.Section
            value={fraction * 100}
            color={RUN_STATUS_COLOURS[run.status]}
            animated={run.status === 'running'}
            striped={run.status === 'running'}
            withAria={false}
            role="progressbar"
            aria-label={t('progress.label')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
            aria-valuetext={t('progress.valueText', { percent: formatPercent(fraction, language, 0), phase: phaseName })}
          />
        </Progress.Root>
        <div role="status" aria-live="polite">
          {run.status === 'running' && (
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                {t('progress.step', { step: formatNumber(progress.step, language), count: formatNumber(progress.stepCount, language), phase: phaseName })}
              </Text>
              {run.total > 0 && (
                <Text size="sm" c="dimmed">
                  {t('progress.doneOfTotal', { done: formatNumber(run.done, language), total: formatNumber(run.total, language) })}
                </Text>
              )}
            </Group>
          )}
          {run.status === 'completed' && (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('progress.completedTitle')}>
              <Stack gap="xs">
                <Text size="sm">
                  {t('progress.completedBody', {
                    persons: formatNumber(run.persons, language),
                    pairs: formatNumber(run.scoredPairs, language),
                    candidates: formatNumber(run.candidates, language),
                  })}
                </Text>
                {run.candidates > 0 && (
                  <div>
                    <Button component={Link} to="/admin/linkage/review" size="xs">{t('progress.review')}</Button>
                  </div>
                )}
              </Stack>
            </Alert>
          )}
          {run.status === 'failed' && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('progress.failedTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('progress.failedBody')}</Text>
                {/* The engine's own message, in English: it names the configuration or data problem. */}
                {run.error && <Code block>{run.error}</Code>}
              </Stack>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
