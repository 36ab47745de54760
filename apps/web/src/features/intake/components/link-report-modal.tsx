import { Badge, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { REPORT_LINK_REASONS, type ReportDetail, type ReportLinkReason } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useDuplicateReports, useLinkReport, useReportList } from '../hooks/use-reports';
import { linkReasonOf } from '../report-form-values';
import { useIntakeTranslation } from '../use-intake-translation';

/** Props of {@link LinkReportModal}. */
export interface LinkReportModalProps {
  report: ReportDetail;
  opened: boolean;
  onClose(): void;
}

/** What the duplicate check is asked about a saved report: its site or province and time, its people's names and contacts. */
function duplicateCheckOf(report: ReportDetail) {
  const people = report.people
    .map((person) => ({ names: person.names.slice(0, 6).map((name) => ({ full: name.full })), contacts: person.contacts.slice(0, 6).map((contact) => ({ kind: contact.kind, value: contact.value })) }))
    .filter((person) => person.names.length > 0 || person.contacts.length > 0)
    .slice(0, 20);
  return {
    excludeReportId: report.id,
    receivedAt: report.receivedAt,
    ...(report.site ? { siteId: report.site.id } : report.provinceCode ? { provinceCode: report.provinceCode } : {}),
    ...(report.reporter.contact ? { reporterContact: report.reporter.contact } : {}),
    ...(people.length > 0 ? { people } : {}),
  };
}

/**
 * Links the report to another about the same site, reporter, people or incident (links are
 * symmetric). Suggests the likely ones, with why; any other report is found by its reference,
 * a person's name or a contact.
 */
export function LinkReportModal({ report, opened, onClose }: LinkReportModalProps) {
  const { t, i18n } = useIntakeTranslation('intake');
  const link = useLinkReport(report.id);
  const suggestions = useDuplicateReports(opened ? duplicateCheckOf(report) : null);
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 300);
  const found = useReportList({ page: 1, pageSize: 20, search }, opened && search.length >= 2);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [reason, setReason] = useState<ReportLinkReason>('same_incident');

  useEffect(() => {
    if (!opened) return;
    setSearchText('');
    setOtherId(null);
    setReason('same_incident');
    link.reset();
    // Reset when the dialog opens.
  }, [opened]);

  const linked = new Set(report.links.map((item) => item.reportId));
  const submit = (reportId: string, why: ReportLinkReason) =>
    link.mutate(
      { reportId, reason: why },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('intake:links.done') });
          onClose();
        },
      },
    );
  const options = (found.data?.items ?? []).filter((item) => item.id !== report.id && !linked.has(item.id)).map((item) => ({ value: item.id, label: `${item.reference} · ${formatDateTime(item.receivedAt, i18n.language)}` }));
  const candidates = (suggestions.data?.candidates ?? []).filter((candidate) => !linked.has(candidate.reportId));
  return (
    <Modal opened={opened} onClose={onClose} title={t('intake:links.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <Stack gap="md">
        {link.error != null && <ProblemAlert error={link.error} />}
        <Stack gap="xs" aria-live="polite">
          <Text fw={600} size="sm">{t('intake:links.suggested')}</Text>
          {suggestions.isPending && <Text size="sm" c="dimmed">{t('common:loading')}</Text>}
          {suggestions.data && candidates.length === 0 && <Text size="sm" c="dimmed">{t('intake:links.noSuggestion')}</Text>}
          {candidates.map((candidate) => (
            <Paper key={candidate.reportId} withBorder p="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Text size="sm" fw={700} className="ctip-monospace">{candidate.reference}</Text>
                  <Group gap={4}>{candidate.reasons.map((why) => <Badge key={why} size="xs" variant="outline" color="teal">{t(`intake:vocab.duplicateReason.${why}`)}</Badge>)}</Group>
                </Stack>
                <Button size="xs" variant="light" loading={link.isPending && link.variables?.reportId === candidate.reportId} onClick={() => submit(candidate.reportId, linkReasonOf(candidate.reasons))}>
                  {t('intake:links.linkThis', { reference: candidate.reference })}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (otherId) submit(otherId, reason);
          }}
        >
          <Stack gap="sm">
            <Text fw={600} size="sm">{t('intake:links.other')}</Text>
            <Select
              label={t('intake:links.find')}
              description={t('intake:links.findHint')}
              searchable
              searchValue={searchText}
              onSearchChange={setSearchText}
              filter={({ options: all }) => all}
              data={options}
              value={otherId}
              onChange={setOtherId}
              nothingFoundMessage={search.length < 2 ? t('intake:links.typeMore') : found.isFetching ? t('common:loading') : t('intake:links.nothingFound')}
              data-autofocus
            />
            <Select label={t('intake:links.reason')} allowDeselect={false} data={REPORT_LINK_REASONS.map((value) => ({ value, label: t(`intake:vocab.linkReason.${value}`) }))} value={reason} onChange={(value) => value && setReason(value as ReportLinkReason)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
              <Button type="submit" disabled={!otherId} loading={link.isPending && link.variables?.reportId === otherId}>{t('intake:links.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
