import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconExternalLink, IconLink, IconLinkOff, IconMapPin } from '@tabler/icons-react';
import type { z } from 'zod';
import type { ReportCandidate, reportDuplicateCheckSchema } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useProvinceName } from '../../cases/components/place-selects';
import { useDuplicateReports } from '../hooks/use-reports';
import { useIntakeTranslation } from '../use-intake-translation';
import { ReportStatusBadge, UrgencyBadge } from './report-badges';

/** Props of {@link DuplicateReports}. */
export interface DuplicateReportsProps {
  /** What has been typed so far, as the duplicate check takes it; null while too little is typed. */
  body: z.input<typeof reportDuplicateCheckSchema> | null;
  /** Reports the new one will be linked to when it is saved. */
  linkedIds: readonly string[];
  onToggleLink(candidate: ReportCandidate): void;
  /** Take the candidate's site into the form instead of typing the place. */
  onUseSite?(siteId: string): void;
}

/**
 * Possible duplicates while a report is typed, each with why it was suggested (the same site,
 * reporter contact, people, or place and time). The operator links the call to one rather than
 * retyping what it says, or takes its site; reports of other organisations are only counted.
 * Announced politely to screen readers as it changes.
 */
export function DuplicateReports({ body, linkedIds, onToggleLink, onUseSite }: DuplicateReportsProps) {
  const { t, i18n } = useIntakeTranslation('intake');
  const provinceName = useProvinceName();
  const query = useDuplicateReports(body);
  const data = body ? query.data : undefined;
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby="duplicate-reports-title" style={{ position: 'sticky', top: 76 }}>
      <Stack gap="sm" aria-live="polite" aria-busy={query.isFetching}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconCopy size={18} aria-hidden />
            <Title order={2} size="h5" id="duplicate-reports-title">{t('intake:duplicates.title')}</Title>
          </Group>
          {body && query.isFetching && <Loader size="xs" aria-label={t('intake:duplicates.checking')} />}
        </Group>
        {!body && <Text size="sm" c="dimmed">{t('intake:duplicates.typeToCheck')}</Text>}
        {body && query.error != null && !data && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
        {data && data.candidates.length === 0 && <Text size="sm" c="dimmed">{t('intake:duplicates.none')}</Text>}
        {data?.candidates.map((candidate) => {
          const isLinked = linkedIds.includes(candidate.reportId);
          return (
            <Paper key={candidate.reportId} withBorder p="sm" data-testid="duplicate-report" bg={isLinked ? 'var(--mantine-color-teal-0)' : undefined}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor href={`/intake/reports/${candidate.reportId}`} target="_blank" rel="noopener" fw={700} className="ctip-monospace" size="sm">
                    {candidate.reference} <IconExternalLink size={12} aria-label={t('intake:duplicates.opensInNewTab')} />
                  </Anchor>
                  <Group gap={4}>
                    <UrgencyBadge urgency={candidate.urgency} />
                    <ReportStatusBadge status={candidate.status} />
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {formatDateTime(candidate.receivedAt, i18n.language)} · {t(`intake:vocab.channel.${candidate.channel}`)}
                  {candidate.site ? ` · ${candidate.site.name}` : candidate.provinceCode ? ` · ${provinceName(candidate.provinceCode)}` : ''}
                </Text>
                <Group gap={4} aria-label={t('intake:duplicates.reasons')}>
                  {candidate.reasons.map((reason) => (
                    <Badge key={reason} size="sm" variant="outline" color="teal">{t(`intake:vocab.duplicateReason.${reason}`)}</Badge>
                  ))}
                </Group>
                <Group gap="xs" wrap="wrap">
                  <Button
                    size="xs"
                    variant={isLinked ? 'filled' : 'light'}
                    color={isLinked ? 'teal' : undefined}
                    leftSection={isLinked ? <IconLinkOff size={14} aria-hidden /> : <IconLink size={14} aria-hidden />}
                    aria-pressed={isLinked}
                    onClick={() => onToggleLink(candidate)}
                  >
                    {isLinked ? t('intake:duplicates.willLink', { reference: candidate.reference }) : t('intake:duplicates.link', { reference: candidate.reference })}
                  </Button>
                  {onUseSite && candidate.site && (
                    <Button size="xs" variant="subtle" leftSection={<IconMapPin size={14} aria-hidden />} onClick={() => onUseSite(candidate.site!.id)}>
                      {t('intake:duplicates.useSite', { site: candidate.site.name })}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Paper>
          );
        })}
        {data && data.elsewhere > 0 && (
          <Alert color="yellow" variant="light" title={t('intake:duplicates.elsewhereTitle', { value: data.elsewhere })}>
            {t('intake:duplicates.elsewhereBody')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
