import { Accordion, Badge, Group, Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Law } from '@ctip/contracts';
import { EmptyState } from '../../../components/empty-state';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { SearchInput } from '../../../components/search-input';
import { matchesSearch, slicePage } from '../../../lib/local-list';
import { useListState } from '../../../lib/use-list-state';
import { LawArticlesTable } from '../components/law-articles-table';
import { useLaws } from '../hooks/use-reference';
import { humanise, nameIn } from '../reference-text';

type LawStatus = Law['status'];
const STATUS_COLOURS: Record<LawStatus, string> = { in_force: 'teal', repealed: 'gray', expired: 'gray', unknown: 'yellow' };

/** Laws, agreements, plans and guidelines, each with the articles that matter to charges. */
export function LawsPage() {
  const { t, i18n } = useTranslation('reference');
  const list = useListState<{ status: LawStatus | null; kind: string | null }>({ status: null, kind: null });
  const query = useLaws();
  const laws = query.data?.items;
  const kinds = useMemo(() => [...new Set((laws ?? []).map((law) => law.kind))].sort(), [laws]);
  const matching = useMemo(
    () =>
      (laws ?? []).filter(
        (law) =>
          (list.filters.status === null || law.status === list.filters.status) &&
          (list.filters.kind === null || law.kind === list.filters.kind) &&
          matchesSearch(list.searchText, [law.titleEn, law.titleKm, law.shortName, law.note, law.parties, law.articles.map((article) => `${article.article} ${article.titleEn ?? ''}`)]),
      ),
    [laws, list.searchText, list.filters.status, list.filters.kind],
  );
  const kindLabel = (kind: string) => t(`laws.kinds.${kind}`, { defaultValue: humanise(kind) });
  const isFiltered = list.isFiltered || list.searchText !== '';

  return (
    <>
      <PageHeader title={t('laws.title')} description={t('laws.description')} />
      <FilterBar label={t('laws.filters')} isFiltered={isFiltered} onReset={list.resetFilters}>
        <SearchInput label={t('search')} placeholder={t('laws.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('laws.kind')}
          placeholder={t('any')}
          clearable
          data={kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
          value={list.filters.kind}
          onChange={(value) => list.setFilter('kind', value)}
          w={220}
        />
        <Select
          label={t('laws.status')}
          placeholder={t('any')}
          clearable
          data={(['in_force', 'repealed', 'expired', 'unknown'] as const).map((status) => ({ value: status, label: t(`laws.statuses.${status}`) }))}
          value={list.filters.status}
          onChange={(value) => list.setFilter('status', value as LawStatus | null)}
          w={180}
        />
      </FilterBar>
      {query.error && !laws ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !laws ? (
        <Stack aria-hidden>{Array.from({ length: 5 }, (_, index) => <Skeleton key={index} height={64} />)}</Stack>
      ) : matching.length === 0 ? (
        <Paper withBorder>
          <EmptyState title={isFiltered ? t('noMatchTitle') : t('noneTitle')} description={isFiltered ? t('noMatchDescription') : t('noneDescription')} />
        </Paper>
      ) : (
        <Accordion variant="separated" multiple chevronPosition="left">
          {slicePage(matching, list.page, list.pageSize).map((law) => (
            <Accordion.Item key={law.id} value={law.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={2}>
                    <Text fw={600}>{nameIn(i18n.language, law.titleEn, law.titleKm)}</Text>
                    <Text size="xs" c="dimmed">
                      {law.shortName}
                      {law.date ? ` · ${law.dateKind ? t(`laws.dateKinds.${law.dateKind}`, { defaultValue: humanise(law.dateKind) }) : ''} ${law.date}` : ''}
                      {law.period ? ` · ${law.period}` : ''}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="outline">{kindLabel(law.kind)}</Badge>
                    <Badge variant="light" color={STATUS_COLOURS[law.status]}>{t(`laws.statuses.${law.status}`)}</Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {law.titleKm && i18n.language !== 'km' && <Text size="sm" lang="km">{law.titleKm}</Text>}
                  {law.titleKm && i18n.language === 'km' && <Text size="sm" lang="en">{law.titleEn}</Text>}
                  {law.parties.length > 0 && <Text size="sm"><Text span c="dimmed">{t('laws.parties')}: </Text>{law.parties.join(', ')}</Text>}
                  {law.note && <Text size="sm">{law.note}</Text>}
                  {law.sourceIds.length > 0 && <Text size="xs" c="dimmed"><Text span fw={600}>{t('laws.sources')}: </Text>{law.sourceIds.join(', ')}</Text>}
                  {law.articles.length > 0 ? (
                    <LawArticlesTable articles={law.articles} caption={t('laws.articlesOf', { name: law.shortName })} />
                  ) : (
                    <Text size="sm" c="dimmed">{t('laws.noArticles')}</Text>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {laws && <ListPagination page={list.page} pageSize={list.pageSize} total={matching.length} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
