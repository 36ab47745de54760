import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '@ctip/contracts';
import { formatNumber } from '../../../lib/format';
import { IntervalText } from './interval-text';

/**
 * The figure an analyst reports: the estimate with its headline interval, how many people were
 * seen and how many the model says no list saw, and the rounded range that is published.
 */
export function EstimateHeadline({ estimate }: { estimate: Estimate }) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const { headline, published } = estimate;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="lg" data-testid="estimate-headline">
        <Stack gap={4}>
          <Title order={2} size="h5" c="dimmed">{t('result.estimateTitle')}</Title>
          <Text fz={40} fw={700} lh={1.2} data-testid="estimate-value">{formatNumber(Math.round(headline.estimate), language)}</Text>
          {headline.interval && (
            <Text>
              <IntervalText interval={headline.interval} /> · {t(`intervalMethods.${headline.interval.method}`)}
            </Text>
          )}
          <Group gap="lg" mt="xs">
            <Text size="sm">{t('result.observed', { seen: formatNumber(estimate.observedTotal, language) })}</Text>
            <Text size="sm">{t('result.hidden', { unseen: formatNumber(Math.round(estimate.hiddenFigure), language) })}</Text>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="lg" data-testid="published-range">
        <Stack gap={4}>
          <Title order={2} size="h5" c="dimmed">{t('result.publishedTitle')}</Title>
          {published ? (
            <Text fz={32} fw={700} lh={1.2}>{t('published.range', { lower: formatNumber(published.lower, language), upper: formatNumber(published.upper, language) })}</Text>
          ) : (
            <Text>{t('result.noPublished')}</Text>
          )}
          <Text size="sm" c="dimmed">{t('result.publishedExplained')}</Text>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
