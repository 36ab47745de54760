import { Badge, Button, Group, Kbd, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronLeft, IconChevronRight, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { nameIn } from '../../../lib/bilingual';
import { formatNumber } from '../../../lib/format';
import type { CandidateStatus, LinkageCandidate } from '../api';
import { ContributionBars } from '../components/contribution-bars';
import { LinkageSectionLinks } from '../components/linkage-section-links';
import { ReviewRecordCard } from '../components/review-record-card';
import { useCandidates, useDecideCandidate } from '../hooks/use-linkage';
import { formatMatchProbability, formatWeight } from '../linkage-words';

const STATUSES: CandidateStatus[] = ['pending', 'confirmed', 'rejected'];

/**
 * The review queue: likely matches strongest first, one pair at a time, the two records side by
 * side with what each comparison contributed. Confirm (c) links them, reject (r) keeps them apart,
 * next (j) and previous (k) move along the queue; every shortcut has a visible button.
 */
export function LinkageReviewPage() {
  const { t, i18n } = useTranslation('linkage');
  const language = i18n.language;
  const [status, setStatus] = useState<CandidateStatus>('pending');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(LIMITS.pageSizeDefault);
  const [position, setPosition] = useState(0);
  const query = useCandidates({ page, pageSize, status });
  const decide = useDecideCandidate();
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const current: LinkageCandidate | undefined = items[Math.min(position, items.length - 1)];
  const currentIndex = current ? items.indexOf(current) : -1;
  const absolutePosition = (page - 1) * pageSize + currentIndex + 1;
  const isPending = status === 'pending';

  // A decided pair leaves the queue: the next one slides into its place; past the end of a
  // page, step back to the last pair, or to the previous page when this one is now empty.
  useEffect(() => {
    if (!query.data || query.isPlaceholderData) return;
    if (items.length === 0 && page > 1) setPage(page - 1);
    else if (position > items.length - 1 && items.length > 0) setPosition(items.length - 1);
  }, [query.data, query.isPlaceholderData, items.length, page, position]);

  const hasNext = currentIndex < items.length - 1 || page * pageSize < total;
  const hasPrevious = currentIndex > 0 || page > 1;
  const goNext = () => {
    if (currentIndex < items.length - 1) setPosition(currentIndex + 1);
    else if (page * pageSize < total) {
      setPage(page + 1);
      setPosition(0);
    }
  };
  const goPrevious = () => {
    if (currentIndex > 0) setPosition(currentIndex - 1);
    else if (page > 1) {
      setPage(page - 1);
      setPosition(pageSize - 1);
    }
  };
  const decideCurrent = (decision: 'confirm' | 'reject') => {
    if (!current || !isPending || decide.isPending) return;
    const names = { left: current.left.displayName, right: current.right.displayName };
    decide.mutate(
      { id: current.id, decision },
      { onSuccess: () => notifications.show({ color: decision === 'confirm' ? 'teal' : 'gray', message: t(decision === 'confirm' ? 'review.confirmedNotice' : 'review.rejectedNotice', names) }) },
    );
  };

  useHotkeys([
    ['c', () => decideCurrent('confirm')],
    ['r', () => decideCurrent('reject')],
    ['j', goNext],
    ['k', goPrevious],
  ]);

  const changeStatus = (next: CandidateStatus) => {
    setStatus(next);
    setPage(1);
    setPosition(0);
    decide.reset();
  };

  const columns: DataColumn<LinkageCandidate>[] = [
    {
      key: 'rank',
      header: t('review.rank'),
      width: 64,
      render: (candidate) => <Text size="sm">{formatNumber((page - 1) * pageSize + items.indexOf(candidate) + 1, language)}</Text>,
    },
    {
      key: 'records',
      header: t('review.records'),
      render: (candidate) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>{candidate.left.displayName}</Text>
          <Text size="sm" fw={600}>{candidate.right.displayName}</Text>
        </Stack>
      ),
    },
    {
      key: 'lists',
      header: t('review.lists'),
      render: (candidate) => (
        <Stack gap={0}>
          <Text size="sm">{nameIn(language, candidate.left.organisation.nameEn, candidate.left.organisation.nameKm)}</Text>
          <Text size="sm">{nameIn(language, candidate.right.organisation.nameEn, candidate.right.organisation.nameKm)}</Text>
        </Stack>
      ),
    },
    { key: 'probability', header: t('review.probabilityHeader'), render: (candidate) => <Text size="sm">{formatMatchProbability(candidate.probability, language)}</Text> },
    {
      key: 'show',
      header: <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>,
      width: 120,
      render: (candidate) =>
        candidate === current ? (
          <Badge variant="light">{t('review.shown')}</Badge>
        ) : (
          <Button size="compact-sm" variant="subtle" onClick={() => setPosition(items.indexOf(candidate))} aria-label={t('review.showPair', { left: candidate.left.displayName, right: candidate.right.displayName })}>
            {t('review.show')}
          </Button>
        ),
    },
  ];

  const pairView = () => {
    if (query.error && !query.data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (query.isPending) return <Skeleton height={360} aria-hidden />;
    if (!current) {
      return (
        <Paper withBorder>
          <EmptyState title={t(`review.empty.${status}Title`)} description={t(`review.empty.${status}Description`)} />
        </Paper>
      );
    }
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="linkage-pair-title" data-testid="review-pair" data-candidate-id={current.id}>
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Title order={2} size="h4" id="linkage-pair-title">
              {t('review.pairTitle', { position: formatNumber(absolutePosition, language), total: formatNumber(total, language) })}
            </Title>
            <Group gap="xs">
              <Badge size="lg" color={current.probability >= 0.9 ? 'teal' : 'yellow'} variant="light">
                {t('review.probability', { value: formatMatchProbability(current.probability, language) })}
              </Badge>
              <Text size="sm" c="dimmed">{t('review.weightBits', { weight: formatWeight(current.weight, language) })}</Text>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ReviewRecordCard record={current.left} title={t('review.recordA')} />
            <ReviewRecordCard record={current.right} title={t('review.recordB')} />
          </SimpleGrid>
          <ContributionBars candidate={current} />
          {decide.error != null && <ProblemAlert error={decide.error} />}
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              {isPending && (
                <>
                  <Button color="teal" leftSection={<IconCheck size={16} aria-hidden />} rightSection={<Kbd size="xs">c</Kbd>} loading={decide.isPending && decide.variables?.decision === 'confirm'} disabled={decide.isPending} onClick={() => decideCurrent('confirm')} aria-keyshortcuts="c">
                    {t('review.confirm')}
                  </Button>
                  <Button color="red" variant="outline" leftSection={<IconX size={16} aria-hidden />} rightSection={<Kbd size="xs">r</Kbd>} loading={decide.isPending && decide.variables?.decision === 'reject'} disabled={decide.isPending} onClick={() => decideCurrent('reject')} aria-keyshortcuts="r">
                    {t('review.reject')}
                  </Button>
                </>
              )}
            </Group>
            <Group gap="sm">
              <Button variant="default" leftSection={<IconChevronLeft size={16} aria-hidden />} rightSection={<Kbd size="xs">k</Kbd>} disabled={!hasPrevious} onClick={goPrevious} aria-keyshortcuts="k">
                {t('review.previous')}
              </Button>
              <Button variant="default" rightSection={<><IconChevronRight size={16} aria-hidden /><Kbd size="xs">j</Kbd></>} disabled={!hasNext} onClick={goNext} aria-keyshortcuts="j">
                {t('review.next')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    );
  };

  return (
    <>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      <LinkageSectionLinks />
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl
            aria-label={t('review.statusLabel')}
            value={status}
            onChange={(value) => changeStatus(value as CandidateStatus)}
            data={STATUSES.map((value) => ({ value, label: t(`review.statuses.${value}`) }))}
          />
          <Text size="sm" c="dimmed" data-testid="review-shortcuts">
            {t('review.shortcuts')} <Kbd>c</Kbd> {t('review.confirm')} · <Kbd>r</Kbd> {t('review.reject')} · <Kbd>j</Kbd> {t('review.next')} · <Kbd>k</Kbd> {t('review.previous')}
          </Text>
        </Group>
        {pairView()}
        {items.length > 0 && (
          <Stack gap="xs">
            <Title order={2} size="h4">{t('review.queueTitle')}</Title>
            <DataTable
              caption={t('review.queueTitle')}
              columns={columns}
              rows={items}
              rowKey={(candidate) => candidate.id}
              isLoading={false}
              isRefreshing={query.isPlaceholderData || query.isFetching}
              error={query.error}
              minWidth={640}
              empty={{ title: t(`review.empty.${status}Title`) }}
            />
          </Stack>
        )}
        {query.data && total > 0 && (
          <ListPagination
            page={page}
            pageSize={pageSize}
            total={total}
            onPageChange={(next) => { setPage(next); setPosition(0); }}
            onPageSizeChange={(next) => { setPageSize(next); setPage(1); setPosition(0); }}
          />
        )}
      </Stack>
    </>
  );
}
