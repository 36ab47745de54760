import { ActionIcon, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconArrowsExchange,
  IconCircleCheck,
  IconFileAlert,
  IconLink,
  IconLinkOff,
  IconLock,
  IconPhoneOff,
  IconPlus,
  IconSend,
  IconShieldSearch,
  IconUserCheck,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportDetail, ReportStatus } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ListPagination } from '../../../components/list-pagination';
import { EmptyState } from '../../../components/empty-state';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { useCountryName, useProvinceName } from '../../cases/components/place-selects';
import { FactList, SectionCard, SectionEmpty } from '../../cases/components/section-card';
import { organisationNameIn } from '../../organisations/organisation-name';
import { LinkReportModal } from '../components/link-report-modal';
import { MoveReportModal } from '../components/move-report-modal';
import { ReferReportModal } from '../components/refer-report-modal';
import { ReportStatusBadge, TimeLeftBadge, UrgencyBadge, useNow } from '../components/report-badges';
import { useReport, useUnlinkReport } from '../hooks/use-reports';
import { canOnIntake } from '../intake-permissions';
import { useIntakeTranslation } from '../use-intake-translation';

/** The triage actions the page offers, each opening the move dialog on its status. */
const ACTIONS: Array<{ to: ReportStatus; key: string; icon: Icon }> = [
  { to: 'triaged', key: 'triage', icon: IconShieldSearch },
  { to: 'assigned', key: 'assign', icon: IconUserCheck },
  { to: 'actioned', key: 'action', icon: IconCircleCheck },
  { to: 'closed', key: 'close', icon: IconX },
];

/** The top of a report's page: reference, urgency, status, the countdown, and the actions. */
function ReportHeader({ report, canChange, onMove, onLink, onRefer }: { report: ReportDetail; canChange: boolean; onMove(to: ReportStatus): void; onLink(): void; onRefer(): void }) {
  const { t, i18n } = useIntakeTranslation('intake');
  const session = useSession();
  const now = useNow();
  useDocumentTitle(`${report.reference} · ctip`);
  const canRecordOperation = canOnIntake(session, 'operation.create');
  const operationLink = `/operations/new?reportId=${encodeURIComponent(report.id)}${report.site ? `&siteId=${encodeURIComponent(report.site.id)}` : ''}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} mb="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={6}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} size="h2" className="ctip-monospace">{report.reference}</Title>
              {report.isDemo && <Badge color="yellow">{t('intake:demo')}</Badge>}
            </Group>
            <Group gap="xs" wrap="wrap">
              <UrgencyBadge urgency={report.urgency} size="md" />
              <ReportStatusBadge status={report.status} closureReason={report.closureReason} size="md" />
              <TimeLeftBadge report={report} now={now} size="md" />
            </Group>
          </Stack>
          <Group gap="xs" wrap="wrap">
            {canChange &&
              ACTIONS.map((action) => (
                <Button key={action.key} variant={action.to === 'closed' ? 'default' : 'light'} leftSection={<action.icon size={16} aria-hidden />} onClick={() => onMove(action.to)}>
                  {t(`intake:actions.${action.key}`)}
                </Button>
              ))}
            {canChange && report.status === 'closed' && (
              <Button variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => onMove('triaged')}>{t('intake:actions.reopen')}</Button>
            )}
          </Group>
        </Group>
        <Group gap="xs" wrap="wrap">
          {canChange && <Button size="xs" variant="subtle" leftSection={<IconLink size={14} aria-hidden />} onClick={onLink}>{t('intake:actions.link')}</Button>}
          {canChange && <Button size="xs" variant="subtle" leftSection={<IconSend size={14} aria-hidden />} onClick={onRefer}>{t('intake:actions.refer')}</Button>}
          {canRecordOperation && <Button size="xs" variant="subtle" component={Link} to={operationLink} leftSection={<IconPlus size={14} aria-hidden />}>{t('intake:actions.recordOperation')}</Button>}
          {!canChange && report.access === 'referred' && <Text size="xs" c="dimmed">{t('intake:sharedReadOnly')}</Text>}
        </Group>
        <FactList
          cols={4}
          facts={[
            { label: t('intake:fields.channel'), value: t(`intake:vocab.channel.${report.channel}`) },
            { label: t('intake:fields.received'), value: formatDateTime(report.receivedAt, i18n.language) },
            { label: t('intake:fields.dueAt'), value: formatDateTime(report.dueAt, i18n.language) },
            { label: t('intake:fields.recordedBy'), value: `${report.recordedBy.displayName} · ${organisationNameIn(i18n.language, report.ownerOrganisation)}` },
            {
              label: t('intake:fields.assigned'),
              value: report.assignedUser?.displayName ?? (report.assignedOrganisation ? organisationNameIn(i18n.language, report.assignedOrganisation) : t('intake:unassigned')),
            },
            { label: t('intake:fields.access'), value: t(`intake:access.${report.access}`) },
          ]}
        />
      </Stack>
    </Paper>
  );
}

/** Who reported, as far as the user may know: a contact the reporter asked to keep is withheld from others. */
function ReporterSection({ report }: { report: ReportDetail }) {
  const { t } = useIntakeTranslation('intake');
  const { reporter } = report;
  return (
    <SectionCard title={t('intake:sections.reporter')}>
      <Group gap="xs">
        {reporter.anonymous && <Badge variant="light" color="gray">{t('intake:fields.anonymous')}</Badge>}
        {reporter.doNotCallBack && <Badge variant="filled" color="red" leftSection={<IconPhoneOff size={12} aria-hidden />}>{t('intake:fields.doNotCallBack')}</Badge>}
      </Group>
      <FactList
        cols={3}
        facts={[
          { label: t('intake:fields.reporterName'), value: reporter.name ?? '—' },
          {
            label: t('intake:fields.reporterContact'),
            value: reporter.contactWithheld ? (
              <Group gap={4} component="span"><IconLock size={14} aria-hidden />{t('intake:contactWithheld')}</Group>
            ) : reporter.contact ? (
              `${t(`cases:vocab.contactKind.${reporter.contact.kind}`)}: ${reporter.contact.value}`
            ) : '—',
          },
          { label: t('intake:fields.relationship'), value: reporter.relationship ? t(`intake:vocab.relationship.${reporter.relationship}`) : '—' },
        ]}
      />
    </SectionCard>
  );
}

/** People shown at once at first: an embassy's list may hold thousands. */
const PEOPLE_PER_PAGE = 50;

/** What a list said about a person besides names and contacts (passport, birth, last known place, notes), one line each. */
function PersonDetails({ details }: { details: ReportDetail['people'][number]['details'] }) {
  const { t } = useIntakeTranslation('intake');
  if (!details) return <>—</>;
  const lines = [
    details.passport && `${t('intake:people.passport')}: ${details.passport}`,
    details.birthDate && `${t('intake:people.birthDate')}: ${details.birthDate}`,
    details.lastKnownLocation && `${t('intake:people.lastKnownLocation')}: ${details.lastKnownLocation}`,
    details.siteName && `${t('intake:people.siteName')}: ${details.siteName}`,
  ].filter((line): line is string => Boolean(line));
  return (
    <Stack gap={2}>
      {lines.map((line) => <Text key={line} size="sm">{line}</Text>)}
      {details.notes && <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>{details.notes}</Text>}
    </Stack>
  );
}

/** The people the report concerns, and how many in all; a long list (an embassy's) page by page. */
function PeopleSection({ report }: { report: ReportDetail }) {
  const { t } = useIntakeTranslation('intake');
  const countryName = useCountryName();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PEOPLE_PER_PAGE);
  const shown = report.people.slice((page - 1) * pageSize, page * pageSize);
  const hasDetails = report.people.some((person) => person.details !== null);
  return (
    <SectionCard title={t('intake:sections.people')} description={report.peopleCount !== null ? t('intake:peopleInAll', { value: report.peopleCount }) : undefined}>
      {report.people.length === 0 ? (
        <SectionEmpty title={t('intake:noPeopleListed')} />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={hasDetails ? 820 : 560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('intake:people.name')}</Table.Th>
                  <Table.Th scope="col">{t('intake:people.nationality')}</Table.Th>
                  <Table.Th scope="col">{t('intake:people.age')}</Table.Th>
                  <Table.Th scope="col">{t('intake:people.sex')}</Table.Th>
                  <Table.Th scope="col">{t('intake:people.contact')}</Table.Th>
                  {hasDetails && <Table.Th scope="col">{t('intake:people.details')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>{person.names.length === 0 ? <Text size="sm" c="dimmed">{t('intake:unnamed')}</Text> : person.names.map((name) => <Text key={name.full} size="sm">{name.full}</Text>)}</Table.Td>
                    <Table.Td>{countryName(person.nationality)}</Table.Td>
                    <Table.Td>{person.age ?? t(`cases:vocab.ageGroup.${person.ageGroup}`)}</Table.Td>
                    <Table.Td>{t(`cases:vocab.sex.${person.sex}`)}</Table.Td>
                    <Table.Td>{person.contacts.map((contact) => `${t(`cases:vocab.contactKind.${contact.kind}`)}: ${contact.value}`).join(', ') || '—'}</Table.Td>
                    {hasDetails && <Table.Td><PersonDetails details={person.details} /></Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.people.length > PEOPLE_PER_PAGE && (
            <ListPagination
              page={page}
              pageSize={pageSize}
              total={report.people.length}
              onPageChange={setPage}
              onPageSizeChange={(size) => {
                setPageSize(size);
                setPage(1);
              }}
            />
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

/** Where, and what is alleged. */
function PlaceAndAllegationSection({ report }: { report: ReportDetail }) {
  const { t } = useIntakeTranslation('intake');
  const provinceName = useProvinceName();
  return (
    <SectionCard title={t('intake:sections.allegation')}>
      <FactList
        cols={3}
        facts={[
          { label: t('intake:fields.site'), value: report.site ? <Anchor component={Link} to={`/sites/${report.site.id}`} size="sm">{report.site.name} · {t(`sites:vocab.kind.${report.site.kind}`)}</Anchor> : '—' },
          { label: t('intake:fields.province'), value: report.provinceCode ? provinceName(report.provinceCode) : '—' },
          { label: t('intake:fields.placeDetail'), value: report.placeDetail ?? '—' },
        ]}
      />
      <Group gap={4}>{report.allegation.types.map((type) => <Badge key={type} variant="light">{t(`intake:vocab.allegation.${type}`)}</Badge>)}</Group>
      {report.allegation.narrative ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{report.allegation.narrative}</Text> : <SectionEmpty title={t('intake:noNarrative')} />}
    </SectionCard>
  );
}

/** Every status move, with who, when and why. */
function StatusHistorySection({ report }: { report: ReportDetail }) {
  const { t, i18n } = useIntakeTranslation('intake');
  return (
    <SectionCard title={t('intake:sections.history')}>
      <Timeline active={report.statusHistory.length - 1} bulletSize={24} lineWidth={2} data-testid="report-history">
        {report.statusHistory.map((move) => (
          <Timeline.Item
            key={move.id}
            bullet={<IconArrowsExchange size={13} aria-hidden />}
            title={
              <Group gap={6} component="span">
                <span>{move.from ? t('intake:history.moved', { from: t(`intake:vocab.status.${move.from}`), to: t(`intake:vocab.status.${move.to}`) }) : t('intake:history.received')}</span>
                {move.closureReason && <Badge size="xs" variant="light">{t(`intake:vocab.closureReason.${move.closureReason}`)}</Badge>}
                {move.backward && <Badge size="xs" variant="outline" color="gray">{t('intake:history.back')}</Badge>}
              </Group>
            }
          >
            {(move.assignedUser || move.assignedOrganisation) && (
              <Text size="sm">{t('intake:history.assignedTo', { name: move.assignedUser?.displayName ?? organisationNameIn(i18n.language, move.assignedOrganisation!) })}</Text>
            )}
            <Text size="sm" fs="italic">“{move.reason}”</Text>
            <Text size="xs" c="dimmed">{formatDateTime(move.at, i18n.language)} · {move.by.displayName}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}

/** Linked reports, organisations the report was shared with, and operations that acted on it. */
function ConnectionsSection({ report, canChange }: { report: ReportDetail; canChange: boolean }) {
  const { t, i18n } = useIntakeTranslation('intake');
  const unlink = useUnlinkReport(report.id);
  const [unlinking, setUnlinking] = useState<{ reportId: string; reference: string } | null>(null);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <SectionCard title={t('intake:sections.links')}>
        {report.links.length === 0 && report.hiddenLinks === 0 && <SectionEmpty title={t('intake:links.none')} />}
        <Stack gap={6}>
          {report.links.map((item) => (
            <Group key={item.reportId} gap="xs" justify="space-between" wrap="nowrap" data-testid="report-link">
              <Stack gap={0}>
                <Anchor component={Link} to={`/intake/reports/${item.reportId}`} className="ctip-monospace" size="sm" fw={600}>{item.reference}</Anchor>
                <Text size="xs" c="dimmed">{t(`intake:vocab.linkReason.${item.reason}`)} · {formatDate(item.linkedAt, i18n.language)} · {item.linkedBy.displayName}</Text>
              </Stack>
              {canChange && (
                <Tooltip label={t('intake:links.remove', { reference: item.reference })}>
                  <ActionIcon variant="subtle" color="red" onClick={() => setUnlinking(item)} aria-label={t('intake:links.remove', { reference: item.reference })}>
                    <IconLinkOff size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ))}
          {report.hiddenLinks > 0 && <Text size="xs" c="dimmed">{t('intake:links.hidden', { value: report.hiddenLinks })}</Text>}
        </Stack>
      </SectionCard>
      <SectionCard title={t('intake:sections.sharedWith')}>
        {report.sharedWith.length === 0 && <SectionEmpty title={t('intake:referrals.none')} />}
        <Stack gap={6}>
          {report.sharedWith.map((share) => (
            <Stack key={`${share.organisation.id}-${share.at}`} gap={0}>
              <Text size="sm" fw={600}>{organisationNameIn(i18n.language, share.organisation)}</Text>
              <Text size="xs" c="dimmed">{t(`intake:shareKind.${share.kind}`)} · {formatDate(share.at, i18n.language)} · {share.by.displayName}</Text>
              {share.note && <Text size="xs" fs="italic">“{share.note}”</Text>}
            </Stack>
          ))}
        </Stack>
      </SectionCard>
      <SectionCard title={t('intake:sections.operations')}>
        {report.operations.length === 0 && <SectionEmpty title={t('intake:noOperation')} />}
        <Stack gap={6}>
          {report.operations.map((operation) => (
            <Anchor key={operation.id} component={Link} to={`/operations/${operation.id}`} size="sm">
              {t(`operations:vocab.kind.${operation.kind}`)} · {formatDate(operation.occurredOn, i18n.language)}
            </Anchor>
          ))}
        </Stack>
      </SectionCard>
      <ConfirmModal
        opened={unlinking !== null}
        title={t('intake:links.removeTitle')}
        message={unlinking ? t('intake:links.removeMessage', { reference: unlinking.reference }) : ''}
        confirmLabel={t('intake:links.removeConfirm')}
        isDanger
        isPending={unlink.isPending}
        error={unlink.error}
        onConfirm={() => unlinking && unlink.mutate(unlinking.reportId, { onSuccess: () => setUnlinking(null) })}
        onClose={() => setUnlinking(null)}
      />
    </SimpleGrid>
  );
}

/**
 * A report's page: reference, urgency, status and the countdown to its response target; the
 * triage actions (triage, assign to a colleague or an organisation, action, close with a reason,
 * reopen), links to other reports, referrals, and the operations that acted on it; then who
 * reported (a withheld contact stays withheld), the people, the place and the allegation, and
 * the status history with who, when and why.
 */
export function ReportPage() {
  const { t } = useIntakeTranslation('intake');
  const session = useSession();
  const { reportId = '' } = useParams();
  const report = useReport(reportId);
  const [moveTo, setMoveTo] = useState<ReportStatus | null>(null);
  const [lastMoveTo, setLastMoveTo] = useState<ReportStatus>('triaged');
  const [isLinking, setIsLinking] = useState(false);
  const [isReferring, setIsReferring] = useState(false);
  if (report.isPending) return <PageSkeleton />;
  if (report.error) {
    if (isApiError(report.error, 'not_found')) {
      return (
        <EmptyState
          icon={<IconFileAlert size={26} />}
          title={t('intake:notFound.title')}
          description={t('intake:notFound.description')}
          action={<Button component={Link} to="/intake" variant="light">{t('intake:notFound.back')}</Button>}
        />
      );
    }
    return <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const detail = report.data;
  const canChange = detail.access === 'owner' && canOnIntake(session, 'report.change');
  const openMove = (to: ReportStatus) => {
    setLastMoveTo(to);
    setMoveTo(to);
  };
  return (
    <>
      <ReportHeader report={detail} canChange={canChange} onMove={openMove} onLink={() => setIsLinking(true)} onRefer={() => setIsReferring(true)} />
      <Stack gap="md">
        <ConnectionsSection report={detail} canChange={canChange} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ReporterSection report={detail} />
          <PlaceAndAllegationSection report={detail} />
        </SimpleGrid>
        <PeopleSection report={detail} />
        <StatusHistorySection report={detail} />
      </Stack>
      {canChange && (
        <>
          <MoveReportModal report={detail} initialTo={lastMoveTo} opened={moveTo !== null} onClose={() => setMoveTo(null)} />
          <LinkReportModal report={detail} opened={isLinking} onClose={() => setIsLinking(false)} />
          <ReferReportModal report={detail} opened={isReferring} onClose={() => setIsReferring(false)} />
        </>
      )}
    </>
  );
}
