import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { intlLocaleOf } from '../../../lib/format';
import { useOcIndex } from '../hooks/use-reference';
import { humanise } from '../reference-text';

/** Cambodia in the Global Organized Crime Index: overall scores per edition, and each criminal market's score. */
export function OcIndexPage() {
  const { t, i18n } = useTranslation('reference');
  const query = useOcIndex();
  const score = new Intl.NumberFormat(intlLocaleOf(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const show = (value: number | null | undefined) => (value === null || value === undefined ? '—' : score.format(value));
  const header = <PageHeader title={t('ocIndex.title')} description={t('ocIndex.description')} />;
  if (query.error && !query.data) return <>{header}<ProblemAlert error={query.error} onRetry={() => void query.refetch()} /></>;
  if (!query.data) return <>{header}<PageSkeleton /></>;
  const index = query.data;
  if (index.editions.length === 0) return <>{header}<EmptyState title={t('noneTitle')} description={t('noneDescription')} /></>;
  const editions = [...index.editions].sort((a, b) => a.edition - b.edition);
  return (
    <>
      {header}
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: editions.length > 1 ? 2 : 1, lg: Math.min(editions.length, 3) }}>
          {editions.map((edition) => (
            <Card key={edition.edition} withBorder>
              <Title order={2} size="h4">{t('ocIndex.edition', { edition: edition.edition })}</Title>
              <Group gap="xl" mt="sm">
                <Stack gap={0}><Text size="xs" c="dimmed">{t('ocIndex.criminality')}</Text><Text fw={700} size="xl">{show(edition.criminality)}</Text></Stack>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('ocIndex.resilience')}</Text><Text fw={700} size="xl">{show(edition.resilience)}</Text></Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">{t('ocIndex.rank')}</Text>
                  <Text fw={700} size="xl">{edition.criminalityRank === null ? '—' : t('ocIndex.rankOf', { rank: edition.criminalityRank, count: edition.rankedCountries })}</Text>
                </Stack>
              </Group>
              <Text size="xs" c="dimmed" mt="sm">{t('ocIndex.source', { source: edition.sourceId })}</Text>
            </Card>
          ))}
        </SimpleGrid>
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder>
            <Table.Caption>{t('ocIndex.marketsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ocIndex.market')}</Table.Th>
                {editions.map((edition) => <Table.Th key={edition.edition} scope="col">{edition.edition}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {index.markets.map((market) => (
                <Table.Tr key={market.code}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{t(`markets.${market.code}`, { defaultValue: market.nameEn })}</Text>
                    <Text size="xs" c="dimmed">{t(`ocIndex.groups.${market.group}`, { defaultValue: humanise(market.group) })}</Text>
                  </Table.Th>
                  {editions.map((edition) => <Table.Td key={edition.edition}>{show(edition.markets[market.code])}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </>
  );
}
