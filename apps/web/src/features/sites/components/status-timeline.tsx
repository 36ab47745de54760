import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle, IconBuildingWarehouse, IconDoorEnter, IconDoorExit, IconFileCertificate, IconHandStop, IconMessageReport, IconSearch } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SiteStatus } from '@ctip/contracts';
import { formatDate, formatDateTime } from '../../../lib/format';
import { SourceText, type SourceView } from './source-text';
import { SiteStatusBadge } from './site-badges';

const ICONS: Record<SiteStatus, Icon> = {
  reported: IconMessageReport,
  under_investigation: IconSearch,
  raided: IconHandStop,
  closed: IconDoorExit,
  reopened: IconDoorEnter,
  licensed: IconFileCertificate,
};

/** One dated entry, as either the registry or the public list gives it. */
export interface TimelineEntry {
  id?: string;
  status: SiteStatus;
  occurredOn: string;
  source: SourceView;
  isCorrection?: boolean;
  correctionReason?: string | null;
  recordedBy?: { displayName: string } | null;
  recordedAt?: string;
}

/**
 * A site's status history as a timeline in date order, each entry with its source; historical
 * corrections (entries inserted before a later one) say so and why. The public list shows no
 * one's name, so who recorded an entry appears only where it is given.
 */
export function StatusTimeline({ entries, isLinked = true, testId = 'site-history' }: { entries: readonly TimelineEntry[]; isLinked?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation('sites');
  const ordered = [...entries].sort((left, right) => (left.occurredOn === right.occurredOn ? (left.recordedAt ?? '').localeCompare(right.recordedAt ?? '') : left.occurredOn.localeCompare(right.occurredOn)));
  return (
    <Timeline active={ordered.length - 1} bulletSize={26} lineWidth={2} data-testid={testId}>
      {ordered.map((entry, index) => {
        const EntryIcon = ICONS[entry.status] ?? IconBuildingWarehouse;
        return (
          <Timeline.Item
            key={entry.id ?? `${entry.occurredOn}-${index}`}
            bullet={<EntryIcon size={14} aria-hidden />}
            title={
              <Group gap={6} component="span">
                <Text span fw={600} size="sm">{formatDate(entry.occurredOn, i18n.language)}</Text>
                <SiteStatusBadge status={entry.status} />
                {entry.isCorrection && <Badge size="xs" color="yellow" variant="light" leftSection={<IconAlertTriangle size={10} aria-hidden />}>{t('sites:history.correction')}</Badge>}
              </Group>
            }
          >
            <SourceText source={entry.source} isLinked={isLinked} />
            {entry.isCorrection && entry.correctionReason && <Text size="xs" fs="italic">“{entry.correctionReason}”</Text>}
            {entry.recordedAt && (
              <Text size="xs" c="dimmed">
                {t('sites:history.recorded', { when: formatDateTime(entry.recordedAt, i18n.language), by: entry.recordedBy?.displayName ?? t('sites:history.system') })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
