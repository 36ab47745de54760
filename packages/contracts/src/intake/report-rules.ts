import { OPEN_REPORT_STATUSES, RESPONSE_TARGET_HOURS, type ReportClosureReason, type ReportStatus, type ReportUrgency } from './vocabulary';

const HOUR = 3_600_000;

/** When a report must have been actioned, from when it was received and how urgent it is (ISO timestamp). */
export function responseDueAt(receivedAt: string, urgency: ReportUrgency): string {
  return new Date(Date.parse(receivedAt) + RESPONSE_TARGET_HOURS[urgency] * HOUR).toISOString();
}

/** Whether a report in this status is still waiting for a response. */
export function isOpenReportStatus(status: ReportStatus): boolean {
  return (OPEN_REPORT_STATUSES as readonly ReportStatus[]).includes(status);
}

/**
 * Minutes left before a report's response is due (negative once overdue); null when the report
 * no longer waits (actioned or closed), since the clock has stopped.
 */
export function minutesLeft(dueAt: string, status: ReportStatus, now: Date): number | null {
  if (!isOpenReportStatus(status)) return null;
  return Math.floor((Date.parse(dueAt) - now.getTime()) / 60_000);
}

/** What a status move must be checked against, besides the two statuses. */
export interface ReportMoveFacts {
  closureReason: ReportClosureReason | null | undefined;
  /** Whether the move names a user or an organisation to assign the report to. */
  hasAssignee: boolean;
  /** Whether the report was referred to another organisation (closing as "referred" needs it). */
  isReferred: boolean;
  /** Whether the report is linked to another (closing as "duplicate" needs it). */
  isLinked: boolean;
}

/** A refused move: the field it concerns, a code and a message. */
export interface MoveProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * The triage rules (DOMAIN.md): `new → triaged → assigned → actioned → closed`. Steps may be
 * skipped (a hoax call is closed as unfounded straight from "new"), and a report may go back
 * (a closed report reopens as triaged) — the history records every move with who, when and why.
 * Nothing returns to "new"; "assigned" names an assignee (a reassignment is a move from assigned
 * to assigned); "closed" names its reason, and a duplicate must be linked to the report it
 * duplicates, a referral must have been made. Returns every problem (empty when allowed).
 */
export function checkReportMove(from: ReportStatus, to: ReportStatus, facts: ReportMoveFacts): MoveProblem[] {
  const problems: MoveProblem[] = [];
  if (to === 'new') problems.push({ path: 'to', code: 'invalid_move', message: 'A report never returns to "new"; move it to "triaged".' });
  else if (from === to && to !== 'assigned') problems.push({ path: 'to', code: 'invalid_move', message: `The report is already ${to}.` });
  if (to === 'assigned' && !facts.hasAssignee) problems.push({ path: 'assignedUserId', code: 'assignee_required', message: 'Name the user or the organisation the report is assigned to.' });
  if (to !== 'assigned' && facts.hasAssignee) problems.push({ path: 'assignedUserId', code: 'assignee_not_expected', message: 'Only a move to "assigned" names an assignee.' });
  if (to === 'closed') {
    if (!facts.closureReason) problems.push({ path: 'closureReason', code: 'closure_reason_required', message: 'Say why the report is closed: resolved, referred, duplicate or unfounded.' });
    else if (facts.closureReason === 'duplicate' && !facts.isLinked) problems.push({ path: 'closureReason', code: 'duplicate_needs_link', message: 'Link the report to the one it duplicates before closing it as a duplicate.' });
    else if (facts.closureReason === 'referred' && !facts.isReferred) problems.push({ path: 'closureReason', code: 'referral_needed', message: 'Refer the report to an organisation before closing it as referred.' });
  } else if (facts.closureReason) {
    problems.push({ path: 'closureReason', code: 'closure_reason_not_expected', message: 'Only closing a report takes a closure reason.' });
  }
  return problems;
}

/** Whether a move goes back in the order of statuses (shown as such in the history). */
export function isBackwardReportMove(from: ReportStatus | null, to: ReportStatus): boolean {
  const order: readonly ReportStatus[] = ['new', 'triaged', 'assigned', 'actioned', 'closed'];
  return from !== null && order.indexOf(to) < order.indexOf(from);
}
