import { Anchor, Button, CopyButton, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBraces, IconCheck, IconFileSpreadsheet, IconLink, IconWorld } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Estimate } from '@ctip/contracts';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate, formatNumber } from '../../../lib/format';
import { estimateTableCsvPath } from '../api';
import { ContingencyTableView } from '../components/contingency-table-view';
import { EstimateCautions } from '../components/estimate-cautions';
import { EstimateHeadline } from '../components/estimate-headline';
import { EstimateLists } from '../components/estimate-lists';
import { EstimateWarnings } from '../components/estimate-warnings';
import { IntervalChart } from '../components/interval-chart';
import { IntervalsTable } from '../components/intervals-table';
import { ModelSummary } from '../components/model-summary';
import { OverlapMatrix } from '../components/overlap-matrix';
import { estimateAsJson } from '../estimate-presentation';
import { useEstimate } from '../hooks/use-estimation';

/** A download link for the estimate as JSON, made in the browser from what is on screen. */
function JsonDownload({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation('estimation');
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([estimateAsJson(estimate)], { type: 'application/json' }));
    setAddress(url);
    return () => URL.revokeObjectURL(url);
  }, [estimate]);
  if (!address) return null;
  return (
    <Button component="a" href={address} download={`estimate-${estimate.id}.json`} variant="default" leftSection={<IconBraces size={16} aria-hidden />}>
      {t('result.downloadJson')}
    </Button>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Title order={2} size="h4">{title}</Title>
      {children}
    </Stack>
  );
}

/**
 * One estimate in full, for analysts: the headline figure and its interval, the published rounded
 * range, the cautions, every interval as a chart and a table, the chosen model and those close to
 * it, the overlaps, the contingency table and the engine's warnings; the table as CSV and the
 * result as JSON; a link to the published figure that anyone signed in may open.
 */
export function EstimatePage() {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const { estimateId = '' } = useParams();
  const query = useEstimate(estimateId);
  const estimate = query.data;

  if (query.error && !estimate) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!estimate) return <PageSkeleton />;

  const publishedPath = `/published-estimates/${encodeURIComponent(estimate.id)}`;
  const labels = estimate.lists.map((list) => list.label);
  return (
    <>
      <PageHeader
        title={t('result.title', { from: formatDate(estimate.from, language), to: formatDate(estimate.to, language) })}
        description={t('result.description', { lists: formatNumber(labels.length, language), method: t(`methods.${estimate.method}.name`, { defaultValue: estimate.method }) })}
        actions={
          <Button component={Link} to="/analysis/hidden-number" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            {t('result.back')}
          </Button>
        }
      />
      <Stack gap="xl">
        <EstimateHeadline estimate={estimate} />
        <Group gap="sm" wrap="wrap">
          <Button component="a" href={estimateTableCsvPath(estimate.id)} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
            {t('result.downloadCsv')}
          </Button>
          <JsonDownload estimate={estimate} />
          <Button component={Link} to={publishedPath} variant="default" leftSection={<IconWorld size={16} aria-hidden />}>
            {t('result.openPublished')}
          </Button>
          <CopyButton value={`${window.location.origin}${publishedPath}`} timeout={2000}>
            {({ copied, copy }) => (
              <Button variant="subtle" onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconLink size={16} aria-hidden />}>
                {copied ? t('result.linkCopied') : t('result.copyPublishedLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <EstimateCautions caveats={estimate.caveats} />
        <Section title={t('result.intervalsTitle')} testId="intervals-section">
          <Text size="sm" c="dimmed">{t('result.intervalsExplained')}</Text>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <IntervalChart estimate={estimate.headline.estimate} observedTotal={estimate.observedTotal} intervals={estimate.intervals} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <IntervalsTable intervals={estimate.intervals} headline={estimate.headline.interval} />
            </Grid.Col>
          </Grid>
        </Section>
        <Section title={t('result.modelTitle')}>
          <ModelSummary estimate={estimate} />
        </Section>
        <Section title={t('result.listsTitle')}>
          <EstimateLists estimate={estimate} />
        </Section>
        <Section title={t('result.overlapsTitle')}>
          <Text size="sm" c="dimmed">{t('result.overlapsExplained')}</Text>
          <OverlapMatrix labels={labels} overlaps={estimate.overlaps} />
        </Section>
        <Section title={t('result.tableTitle')}>
          <Text size="sm" c="dimmed">{t('result.tableExplained')}</Text>
          <ContingencyTableView estimate={estimate} />
        </Section>
        <Section title={t('result.warningsTitle')}>
          <EstimateWarnings warnings={estimate.warnings} />
        </Section>
        <Text size="xs" c="dimmed">
          {t('result.computed', { ms: formatNumber(estimate.timings.totalMs, language) })}{' '}
          <Anchor component={Link} to={publishedPath} size="xs">{t('result.openPublished')}</Anchor>
        </Text>
      </Stack>
    </>
  );
}
