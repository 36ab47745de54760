import { Alert, Anchor, Badge, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBuildingWarehouse, IconEdit, IconPlus, IconWorld, IconWorldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SiteDetail, SitePattern } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatDateTime, formatDecimal, formatNumber } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { useProvinceName } from '../../cases/components/place-selects';
import { FactList, SectionCard, SectionEmpty } from '../../cases/components/section-card';
import { ReportStatusBadge } from '../../intake/components/report-badges';
import { useReportList } from '../../intake/hooks/use-reports';
import { canOnIntake } from '../../intake/intake-permissions';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import { AddStatusModal } from '../components/add-status-modal';
import { EditSiteModal } from '../components/edit-site-modal';
import { PatternBadges, SiteStatusBadge } from '../components/site-badges';
import { StatusTimeline } from '../components/status-timeline';
import { useSetSitePublication, useSite } from '../hooks/use-sites';

/** Statuses whose history may be published (the server's rule). */
const PUBLISHABLE = new Set(['raided', 'closed']);

/** The patterns a site shows, each told with its facts (dates, days, reports). */
function PatternFindings({ site }: { site: SiteDetail }) {
  const { t, i18n } = useIntakeTranslation('sites');
  if (site.patternFindings.length === 0) return null;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—');
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('sites:patterns.title')} data-testid="pattern-findings">
      <List size="sm" spacing={4}>
        {site.patternFindings.map((finding) => (
          <List.Item key={finding.pattern}>
            <Text span fw={600} size="sm">{t(`sites:vocab.pattern.${finding.pattern}`)}: </Text>
            {t(`sites:patterns.finding.${finding.pattern satisfies SitePattern}`, {
              since: date(finding.since),
              seenOn: date(finding.seenOn),
              days: finding.days === null ? '—' : formatNumber(finding.days, i18n.language),
              reports: finding.reports === null ? '—' : formatNumber(finding.reports, i18n.language),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Publishes the site's history to the public list, or withdraws it (administrators of the platform operator). */
function PublicationControl({ site }: { site: SiteDetail }) {
  const { t, i18n } = useIntakeTranslation('sites');
  const publication = useSetSitePublication(site.id);
  const [isAsking, setIsAsking] = useState(false);
  const next = !site.isPublished;
  const isPublishable = site.statusHistory.some((entry) => PUBLISHABLE.has(entry.status));
  return (
    <>
      {site.isPublished ? (
        <Button variant="default" leftSection={<IconWorldOff size={16} aria-hidden />} onClick={() => setIsAsking(true)}>{t('sites:publication.unpublish')}</Button>
      ) : (
        <Button variant="light" color="teal" leftSection={<IconWorld size={16} aria-hidden />} disabled={!isPublishable} title={isPublishable ? undefined : t('sites:publication.notPublishable')} onClick={() => setIsAsking(true)}>
          {t('sites:publication.publish')}
        </Button>
      )}
      {site.isPublished && site.publishedAt && <Text size="xs" c="dimmed">{t('sites:publication.since', { date: formatDateTime(site.publishedAt, i18n.language) })}</Text>}
      <ConfirmModal
        opened={isAsking}
        title={next ? t('sites:publication.publishTitle') : t('sites:publication.unpublishTitle')}
        message={next ? t('sites:publication.publishMessage', { name: site.name }) : t('sites:publication.unpublishMessage', { name: site.name })}
        confirmLabel={next ? t('sites:publication.publish') : t('sites:publication.unpublish')}
        isDanger={!next}
        isPending={publication.isPending}
        error={publication.error}
        onConfirm={() =>
          publication.mutate(next, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: next ? t('sites:publication.published') : t('sites:publication.unpublished') });
              setIsAsking(false);
            },
          })
        }
        onClose={() => {
          setIsAsking(false);
          publication.reset();
        }}
      />
    </>
  );
}

/** The reports about the site that the user may see (counts include everyone's; the list only one's own). */
function SiteReports({ site }: { site: SiteDetail }) {
  const { t, i18n } = useIntakeTranslation('sites');
  const reports = useReportList({ page: 1, pageSize: 10, siteId: site.id, sort: 'received_desc' });
  if (reports.isPending) return <Text size="sm" c="dimmed">{t('common:loading')}</Text>;
  if (reports.error) return <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />;
  if (reports.data.items.length === 0) return <SectionEmpty title={t('sites:page.noVisibleReport')} />;
  return (
    <Stack gap={6}>
      {reports.data.items.map((report) => (
        <Group key={report.id} gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/intake/reports/${report.id}`} size="sm" className="ctip-monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>{report.reference}</Anchor>
          <Text size="xs" c="dimmed">{formatDate(report.receivedAt, i18n.language)}</Text>
          <ReportStatusBadge status={report.status} />
        </Group>
      ))}
      {reports.data.total > reports.data.items.length && <Text size="xs" c="dimmed">{t('sites:page.moreReports', { value: formatNumber(reports.data.total - reports.data.items.length, i18n.language) })}</Text>}
    </Stack>
  );
}

/**
 * A site's page: its names and aliases, kind, province and coordinates, operators; the patterns
 * it shows with their facts; its dated status history as a timeline, each entry with its source;
 * the operations there and the reports about it; and the actions — add a status (a correction
 * when dated before the latest), edit, record an operation, publish to the public list.
 */
export function SitePage() {
  const { t, i18n } = useIntakeTranslation('sites');
  const session = useSession();
  const provinceName = useProvinceName();
  const { siteId = '' } = useParams();
  const site = useSite(siteId);
  const [isAdding, setIsAdding] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  useDocumentTitle(site.data ? `${site.data.name} · ctip` : 'ctip');
  if (site.isPending) return <PageSkeleton />;
  if (site.error) {
    if (isApiError(site.error, 'not_found')) {
      return (
        <EmptyState
          icon={<IconBuildingWarehouse size={26} />}
          title={t('sites:notFound.title')}
          description={t('sites:notFound.description')}
          action={<Button component={Link} to="/sites" variant="light">{t('sites:notFound.back')}</Button>}
        />
      );
    }
    return <ProblemAlert error={site.error} onRetry={() => void site.refetch()} />;
  }
  const detail = site.data;
  const canEdit = canOnIntake(session, 'site.create');
  const canPublish = canOnIntake(session, 'site.publish');
  const canRecordOperation = canOnIntake(session, 'operation.create');
  const canSeeReports = canOnIntake(session, 'report.list');
  return (
    <>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} mb="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={4}>
              <Title order={1} size="h2">{detail.name}</Title>
              {detail.aliases.length > 0 && <Text c="dimmed" size="sm">{t('sites:page.alsoKnownAs', { names: detail.aliases.join(' · ') })}</Text>}
              <Group gap="xs" wrap="wrap">
                <Badge variant="outline" color="dark">{t(`sites:vocab.kind.${detail.kind}`)}</Badge>
                <SiteStatusBadge status={detail.currentStatus} size="md" />
                <Text size="sm" c="dimmed">{t('sites:page.since', { date: formatDate(detail.currentStatusOn, i18n.language) })}</Text>
                {detail.isPublished && <Badge color="teal" leftSection={<IconWorld size={12} aria-hidden />}>{t('sites:published')}</Badge>}
                <PatternBadges patterns={detail.patterns} />
              </Group>
            </Stack>
            <Group gap="xs" wrap="wrap">
              {canEdit && <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setIsAdding(true)}>{t('sites:page.addStatus')}</Button>}
              {canEdit && <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setIsEditing(true)}>{t('sites:page.edit')}</Button>}
              {canRecordOperation && (
                <Button variant="light" component={Link} to={`/operations/new?siteId=${encodeURIComponent(detail.id)}`} leftSection={<IconPlus size={16} aria-hidden />}>{t('sites:page.recordOperation')}</Button>
              )}
              {canPublish && <PublicationControl site={detail} />}
            </Group>
          </Group>
          <FactList
            cols={4}
            facts={[
              { label: t('sites:fields.province'), value: provinceName(detail.provinceCode) },
              { label: t('sites:fields.coordinates'), value: detail.latitude !== null && detail.longitude !== null ? `${formatDecimal(detail.latitude, 'en', { maximumFractionDigits: 5 })}, ${formatDecimal(detail.longitude, 'en', { maximumFractionDigits: 5 })}` : '—' },
              { label: t('sites:fields.address'), value: detail.address ?? '—' },
              { label: t('sites:fields.reports'), value: formatNumber(detail.reportCount, i18n.language) },
              { label: t('sites:fields.operations'), value: formatNumber(detail.operationCount, i18n.language) },
              { label: t('sites:fields.firstRecordedOn'), value: formatDate(detail.firstRecordedOn, i18n.language) },
              { label: t('sites:fields.recordedBy'), value: organisationNameIn(i18n.language, detail.createdByOrganisation) },
              {
                label: t('sites:fields.operators'),
                value: detail.operators.length === 0 ? '—' : detail.operators.map((operator) => (operator.registration ? `${operator.name} (${operator.registration})` : operator.name)).join('; '),
              },
            ]}
          />
          {detail.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{detail.description}</Text>}
        </Stack>
      </Paper>
      <Stack gap="md">
        <PatternFindings site={detail} />
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SectionCard title={t('sites:page.history')} description={t('sites:page.historyDescription')}>
              <StatusTimeline entries={detail.statusHistory} />
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title={t('sites:page.operations')}>
              {detail.operations.length === 0 ? (
                <SectionEmpty title={t('sites:page.noOperation')} />
              ) : (
                <Stack gap={6}>
                  {detail.operations.map((operation) => (
                    <Anchor key={operation.id} component={Link} to={`/operations/${operation.id}`} size="sm">
                      {t(`operations:vocab.kind.${operation.kind}`)} · {formatDate(operation.occurredOn, i18n.language)}
                    </Anchor>
                  ))}
                </Stack>
              )}
              {detail.operationCount > detail.operations.length && <Text size="xs" c="dimmed">{t('sites:page.otherOperations', { value: formatNumber(detail.operationCount - detail.operations.length, i18n.language) })}</Text>}
            </SectionCard>
            {canSeeReports && (
              <SectionCard title={t('sites:page.reports')} description={t('sites:page.reportsDescription')}>
                <SiteReports site={detail} />
              </SectionCard>
            )}
          </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {canEdit && (
        <>
          <AddStatusModal site={detail} opened={isAdding} onClose={() => setIsAdding(false)} />
          <EditSiteModal site={detail} opened={isEditing} onClose={() => setIsEditing(false)} />
        </>
      )}
    </>
  );
}
