import { Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useLinkageModel, useStartLinkageRun } from '../hooks/use-linkage';

/** Props of {@link StartRunPanel}. */
export interface StartRunPanelProps {
  /** A run is going on: another cannot start until it ends. */
  isRunInProgress: boolean;
  onStarted(runId: string): void;
}

/**
 * Starts a deduplication of every person across organisations: training a new model, or reusing
 * the current one (faster, and decisions stay comparable between runs).
 */
export function StartRunPanel({ isRunInProgress, onStarted }: StartRunPanelProps) {
  const { t, i18n } = useTranslation('linkage');
  const model = useLinkageModel();
  const hasModel = model.data?.version != null;
  const [mode, setMode] = useState<'train' | 'reuse'>('train');
  const start = useStartLinkageRun();

  // Reusing needs a model; fall back to training when there is none.
  useEffect(() => {
    if (!hasModel && mode === 'reuse') setMode('train');
  }, [hasModel, mode]);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('start.title')}</Title>
        <Text size="sm" c="dimmed">{t('start.description')}</Text>
        <Radio.Group label={t('start.modelLabel')} value={mode} onChange={(value) => setMode(value as 'train' | 'reuse')}>
          <Stack gap="xs" mt="xs">
            <Radio value="train" label={t('start.train')} description={t('start.trainDescription')} />
            <Radio
              value="reuse"
              disabled={!hasModel}
              label={hasModel ? t('start.reuse', { version: formatNumber(model.data!.version!, i18n.language) }) : t('start.reuseNone')}
              description={t('start.reuseDescription')}
            />
          </Stack>
        </Radio.Group>
        {start.error != null && <ProblemAlert error={start.error} />}
        <Group>
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            loading={start.isPending}
            disabled={isRunInProgress}
            onClick={() => start.mutate(mode === 'train', { onSuccess: (result) => onStarted(result.id) })}
          >
            {t('start.action')}
          </Button>
          {isRunInProgress && <Text size="sm" c="dimmed">{t('start.busy')}</Text>}
        </Group>
      </Stack>
    </Paper>
  );
}
