import { Badge, Button, Group, List, Paper, ScrollArea, Skeleton, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { ModelParameter } from '../api';
import { LinkageSectionLinks } from '../components/linkage-section-links';
import { WeightBar } from '../components/weight-bar';
import { useLinkageModel } from '../hooks/use-linkage';
import { contributionScale } from '../linkage-labels';
import { comparisonName, formatProbability, formatWeight, levelName } from '../linkage-words';

/** Groups the model's rows by comparison, keeping the engine's order (strongest level first). */
function groupByComparison(parameters: readonly ModelParameter[]): Array<{ comparison: string; levels: ModelParameter[] }> {
  const groups: Array<{ comparison: string; levels: ModelParameter[] }> = [];
  for (const parameter of parameters) {
    const last = groups.at(-1);
    if (last && last.comparison === parameter.comparison) last.levels.push(parameter);
    else groups.push({ comparison: parameter.comparison, levels: [parameter] });
  }
  return groups;
}

/**
 * The trained linkage model for administrators: for every comparison and level, m, u and the
 * weight in bits it gives, with the version and how many records trained it, and what the
 * three numbers mean. It holds no names.
 */
export function LinkageModelPage() {
  const { t, i18n } = useTranslation('linkage');
  const model = useLinkageModel();
  const language = i18n.language;
  const parameters = model.data?.parameters ?? [];
  const scale = contributionScale(parameters.filter((parameter) => parameter.m !== null).map((parameter) => parameter.weight));

  const body = () => {
    if (model.error && !model.data) return <ProblemAlert error={model.error} onRetry={() => void model.refetch()} />;
    if (model.isPending) return <Skeleton height={320} aria-hidden />;
    if (parameters.length === 0) {
      return (
        <Paper withBorder>
          <EmptyState
            title={t('model.emptyTitle')}
            description={t('model.emptyDescription')}
            action={<Button component={Link} to="/admin/linkage" variant="light">{t('model.startRun')}</Button>}
          />
        </Paper>
      );
    }
    return (
      <Paper withBorder>
        <ScrollArea type="auto">
          <Table miw={760} data-testid="linkage-model-table">
            <caption><VisuallyHidden>{t('model.tableCaption')}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('model.level')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('model.m')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('model.u')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('model.weight')}</Table.Th>
                <Table.Th scope="col"><VisuallyHidden>{t('model.weightBar')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groupByComparison(parameters).map((group) => (
                <Fragment key={group.comparison}>
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Th scope="colgroup" colSpan={5}>{comparisonName(t, group.comparison)}</Table.Th>
                  </Table.Tr>
                  {group.levels.map((level) => (
                    <Table.Tr key={`${group.comparison}:${level.level}`}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm">{levelName(t, level.level, language)}</Text>
                          {level.termFrequency && (
                            <Tooltip label={t('model.termFrequencyExplained')} multiline w={280}>
                              <Badge size="sm" variant="outline" tabIndex={0}>{t('model.termFrequency')}</Badge>
                            </Tooltip>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="end" className="ctip-monospace">{formatProbability(level.m, language)}</Table.Td>
                      <Table.Td ta="end" className="ctip-monospace">{formatProbability(level.u, language)}</Table.Td>
                      <Table.Td ta="end">{level.m === null ? <Text span size="sm" c="dimmed">{t('model.noWeight')}</Text> : <span className="ctip-monospace">{formatWeight(level.weight, language)}</span>}</Table.Td>
                      <Table.Td>{level.m !== null && <WeightBar weight={level.weight} scale={scale} />}</Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    );
  };

  return (
    <>
      <PageHeader title={t('model.title')} description={t('model.description')} />
      <LinkageSectionLinks />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Group gap="xs">
              <IconInfoCircle size={18} aria-hidden />
              <Title order={2} size="h5">{t('model.howToRead')}</Title>
            </Group>
            <List size="sm" spacing={4}>
              <List.Item>{t('model.explainM')}</List.Item>
              <List.Item>{t('model.explainU')}</List.Item>
              <List.Item>{t('model.explainWeight')}</List.Item>
              <List.Item>{t('model.explainMissing')}</List.Item>
            </List>
          </Stack>
        </Paper>
        {model.data?.version != null && (
          <Text data-testid="linkage-model-version">
            {t('model.summary', {
              version: formatNumber(model.data.version, language),
              records: formatNumber(model.data.records ?? 0, language),
              time: formatDateTime(model.data.createdAt, language),
            })}
          </Text>
        )}
        {body()}
      </Stack>
    </>
  );
}
