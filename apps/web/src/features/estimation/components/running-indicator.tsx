import { Group, Loader, Paper, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** Props of {@link RunningIndicator}. */
export interface RunningIndicatorProps {
  /** Whether a bootstrap was asked for (it takes most of the time). */
  hasBootstrap: boolean;
}

/**
 * What the page shows while the server estimates: the call answers only when done (a bootstrap
 * redoes the model selection in every replicate), so a spinner with the time spent so far.
 */
export function RunningIndicator({ hasBootstrap }: RunningIndicatorProps) {
  const { t, i18n } = useTranslation('estimation');
  const [startedAt] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  useInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 500, { autoInvoke: true });
  return (
    <Paper withBorder p="md" role="status" aria-live="polite" data-testid="estimation-running">
      <Group gap="md" wrap="nowrap">
        <Loader size="sm" aria-hidden />
        <div>
          <Text fw={600}>{t('run.running', { seconds: formatNumber(seconds, i18n.language) })}</Text>
          <Text size="sm" c="dimmed">{hasBootstrap ? t('run.runningBootstrap') : t('run.runningPlain')}</Text>
        </div>
      </Group>
    </Paper>
  );
}
