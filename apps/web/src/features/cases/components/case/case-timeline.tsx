import { Skeleton, Text, Timeline } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCircleCheck,
  IconFileText,
  IconFolderOpen,
  IconHome,
  IconNote,
  IconPaperclip,
  IconSend,
  IconShieldCheck,
  IconShieldX,
  type Icon,
} from '@tabler/icons-react';
import type { CaseDetail, TimelineItemKind } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { SectionEmpty } from '../section-card';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { useTimeline } from '../../hooks/use-case-queries';
import { timelineMessageOf } from '../../timeline-message';
import { useCaseTranslation } from '../../use-case-translation';

const ICONS: Record<TimelineItemKind, Icon> = {
  case_opened: IconFolderOpen,
  stage_moved: IconArrowsExchange,
  consent_given: IconShieldCheck,
  consent_withdrawn: IconShieldX,
  referral_sent: IconSend,
  referral_answered: IconSend,
  referral_ended: IconSend,
  entry_recorded: IconFileText,
  shelter_admitted: IconHome,
  shelter_left: IconHome,
  follow_up_done: IconCircleCheck,
  note_added: IconNote,
  attachment_added: IconPaperclip,
};

/**
 * Everything that happened to a case, in time order, in the sections the user sees: what,
 * when, by whom (and, for stage moves seen by the owner, why).
 */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('cases');
  const timeline = useTimeline(detail.id);
  if (timeline.isPending) return <Skeleton height={160} />;
  if (timeline.error) return <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const items = timeline.data.items;
  if (items.length === 0) return <SectionEmpty title={t('cases:timeline.empty')} />;
  const reasons = new Map(detail.stageHistory.map((move) => [move.id, move.reason]));
  return (
    <Timeline active={items.length - 1} bulletSize={26} lineWidth={2} data-testid="case-timeline">
      {items.map((item, index) => {
        const ItemIcon = ICONS[item.kind];
        const message = timelineMessageOf(item);
        const terms = Object.fromEntries(Object.entries(message.terms).map(([name, key]) => [name, t(key)]));
        const reason = item.kind === 'stage_moved' ? reasons.get(item.recordId) : undefined;
        const when = /^\d{4}-\d{2}-\d{2}$/.test(item.when) ? formatDate(item.when, i18n.language) : formatDateTime(item.when, i18n.language);
        return (
          <Timeline.Item key={`${item.kind}-${item.recordId}-${index}`} bullet={<ItemIcon size={14} aria-hidden />} title={t(message.key, terms)}>
            {reason && <Text size="sm" fs="italic">“{reason}”</Text>}
            <Text size="xs" c="dimmed">
              {when}
              {item.by ? ` · ${item.by.displayName}` : ''}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
