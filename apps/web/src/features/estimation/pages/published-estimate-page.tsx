import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate, formatNumber } from '../../../lib/format';
import { EstimateCautions } from '../components/estimate-cautions';
import { OverlapMatrix } from '../components/overlap-matrix';
import { usePublishedEstimate } from '../hooks/use-estimation';

/**
 * An estimate as anyone signed in may see it, from a link an analyst shares: the rounded range
 * only, the lists, and how many people they have in common — small numbers shown as
 * "fewer than 11", never as the number — with the cautions that go with the figure.
 */
export function PublishedEstimatePage() {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const { estimateId = '' } = useParams();
  const query = usePublishedEstimate(estimateId);
  const published = query.data;

  if (query.error && !published) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!published) return <PageSkeleton />;

  return (
    <>
      <PageHeader
        title={t('published.title')}
        description={t('published.description', { from: formatDate(published.from, language), to: formatDate(published.to, language) })}
      />
      <Stack gap="xl">
        <Paper withBorder p="lg" data-testid="published-figure">
          <Stack gap={4}>
            <Title order={2} size="h5" c="dimmed">{t('published.figureTitle')}</Title>
            {published.published ? (
              <Text fz={40} fw={700} lh={1.2}>
                {t('published.range', { lower: formatNumber(published.published.lower, language), upper: formatNumber(published.published.upper, language) })}
              </Text>
            ) : (
              <Text>{t('result.noPublished')}</Text>
            )}
            <Text size="sm" c="dimmed">{t('published.rounding')}</Text>
            <Text size="sm" c="dimmed">{t('published.method', { method: t(`methods.${published.method}.name`, { defaultValue: published.method }) })}</Text>
          </Stack>
        </Paper>
        <Stack gap="xs">
          <Title order={2} size="h4">{t('result.listsTitle')}</Title>
          <Group gap="xs" wrap="wrap">
            {published.listLabels.map((label) => <Badge key={label} variant="light" size="lg">{label}</Badge>)}
          </Group>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">{t('result.overlapsTitle')}</Title>
          <Text size="sm" c="dimmed">{t('published.suppression', { threshold: formatNumber(published.suppressionThreshold, language) })}</Text>
          <OverlapMatrix labels={published.listLabels} overlaps={published.overlaps} suppressionThreshold={published.suppressionThreshold} />
        </Stack>
        <EstimateCautions caveats={published.caveats} />
      </Stack>
    </>
  );
}
