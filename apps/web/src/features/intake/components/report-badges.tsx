import { Badge, type MantineColor } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { IconAlarm, IconClockCheck, IconClockExclamation } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ReportClosureReason, ReportStatus, ReportUrgency } from '@ctip/contracts';
import { formatDuration, timeLeftOf } from '../time-left';
import { useIntakeTranslation } from '../use-intake-translation';

const URGENCY_COLOURS: Record<ReportUrgency, MantineColor> = { immediate_danger: 'red', high: 'orange', normal: 'gray' };
const STATUS_COLOURS: Record<ReportStatus, MantineColor> = { new: 'blue', triaged: 'cyan', assigned: 'violet', actioned: 'teal', closed: 'gray' };

/** A report's urgency, red for immediate danger. */
export function UrgencyBadge({ urgency, size = 'sm' }: { urgency: ReportUrgency; size?: 'sm' | 'md' }) {
  const { t } = useIntakeTranslation('intake');
  return (
    <Badge size={size} color={URGENCY_COLOURS[urgency]} variant={urgency === 'normal' ? 'light' : 'filled'} data-testid="urgency-badge">
      {t(`intake:vocab.urgency.${urgency}`)}
    </Badge>
  );
}

/** A report's triage status (and why it closed). */
export function ReportStatusBadge({ status, closureReason = null, size = 'sm' }: { status: ReportStatus; closureReason?: ReportClosureReason | null; size?: 'sm' | 'md' }) {
  const { t } = useIntakeTranslation('intake');
  return (
    <Badge size={size} color={STATUS_COLOURS[status]} variant="light" data-testid="report-status-badge">
      {t(`intake:vocab.status.${status}`)}
      {closureReason ? ` · ${t(`intake:vocab.closureReason.${closureReason}`)}` : ''}
    </Badge>
  );
}

/** The current time, moving every half minute (for countdowns). */
export function useNow(periodMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  const interval = useInterval(() => setNow(new Date()), periodMs);
  useEffect(() => {
    interval.start();
    return interval.stop;
    // Started once; the interval keeps its own callback.
  }, []);
  return now;
}

/**
 * The time left before a report's response is due, as a countdown that moves while the page is
 * open: red once overdue, orange in the last hour, grey once the report was actioned or closed.
 */
export function TimeLeftBadge({ report, now, size = 'sm' }: { report: { dueAt: string; status: ReportStatus }; now: Date; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useIntakeTranslation('intake');
  const { minutes, state } = timeLeftOf(report, now);
  const unit = (name: 'days' | 'hours' | 'minutes', count: number) => t(`intake:duration.${name}`, { value: count });
  if (minutes === null) {
    return (
      <Badge size={size} color="gray" variant="outline" leftSection={<IconClockCheck size={12} aria-hidden />} data-testid="time-left">
        {t('intake:timeLeft.stopped')}
      </Badge>
    );
  }
  const text = state === 'overdue' ? t('intake:timeLeft.overdue', { time: formatDuration(minutes, unit) }) : t('intake:timeLeft.left', { time: formatDuration(minutes, unit) });
  return (
    <Badge
      size={size}
      color={state === 'overdue' ? 'red' : state === 'soon' ? 'orange' : 'blue'}
      variant={state === 'overdue' ? 'filled' : 'light'}
      leftSection={state === 'overdue' ? <IconClockExclamation size={12} aria-hidden /> : <IconAlarm size={12} aria-hidden />}
      data-testid="time-left"
      data-state={state}
      style={{ textTransform: 'none' }}
    >
      {text}
    </Badge>
  );
}
