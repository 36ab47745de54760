import { describe, expect, it } from 'vitest';
import { checkReportMove, isBackwardReportMove, minutesLeft, responseDueAt, type ReportMoveFacts } from './report-rules';
import { RESPONSE_TARGET_HOURS } from './vocabulary';

const none: ReportMoveFacts = { closureReason: null, hasAssignee: false, isReferred: false, isLinked: false };
const codes = (from: Parameters<typeof checkReportMove>[0], to: Parameters<typeof checkReportMove>[1], facts: Partial<ReportMoveFacts> = {}) => checkReportMove(from, to, { ...none, ...facts }).map((problem) => problem.code).sort();

describe('response targets', () => {
  it('puts the due time at the target for the urgency after reception', () => {
    expect(responseDueAt('2026-11-21T02:00:00.000Z', 'immediate_danger')).toBe(new Date(Date.parse('2026-11-21T02:00:00.000Z') + RESPONSE_TARGET_HOURS.immediate_danger * 3_600_000).toISOString());
    expect(responseDueAt('2026-11-21T09:00:00+07:00', 'high')).toBe('2026-11-22T02:00:00.000Z');
  });

  it('counts minutes left while open, negative once overdue, and stops once actioned', () => {
    const due = '2026-11-21T03:00:00.000Z';
    expect(minutesLeft(due, 'new', new Date('2026-11-21T02:30:00.000Z'))).toBe(30);
    expect(minutesLeft(due, 'assigned', new Date('2026-11-21T04:00:00.000Z'))).toBe(-60);
    expect(minutesLeft(due, 'actioned', new Date('2026-11-21T04:00:00.000Z'))).toBeNull();
    expect(minutesLeft(due, 'closed', new Date('2026-11-21T04:00:00.000Z'))).toBeNull();
  });
});

describe('checkReportMove', () => {
  it('allows skipping steps and going back, never back to new or to the same status', () => {
    expect(codes('new', 'triaged')).toEqual([]);
    expect(codes('new', 'actioned')).toEqual([]);
    expect(codes('closed', 'triaged')).toEqual([]);
    expect(codes('triaged', 'new')).toEqual(['invalid_move']);
    expect(codes('triaged', 'triaged')).toEqual(['invalid_move']);
    expect(isBackwardReportMove('closed', 'triaged')).toBe(true);
    expect(isBackwardReportMove('new', 'closed')).toBe(false);
  });

  it('needs an assignee to assign, and allows reassigning', () => {
    expect(codes('triaged', 'assigned')).toEqual(['assignee_required']);
    expect(codes('triaged', 'assigned', { hasAssignee: true })).toEqual([]);
    expect(codes('assigned', 'assigned', { hasAssignee: true })).toEqual([]);
    expect(codes('triaged', 'actioned', { hasAssignee: true })).toEqual(['assignee_not_expected']);
  });

  it('needs a closure reason to close; a duplicate must be linked, a referral made', () => {
    expect(codes('triaged', 'closed')).toEqual(['closure_reason_required']);
    expect(codes('triaged', 'closed', { closureReason: 'unfounded' })).toEqual([]);
    expect(codes('triaged', 'closed', { closureReason: 'duplicate' })).toEqual(['duplicate_needs_link']);
    expect(codes('triaged', 'closed', { closureReason: 'duplicate', isLinked: true })).toEqual([]);
    expect(codes('triaged', 'closed', { closureReason: 'referred' })).toEqual(['referral_needed']);
    expect(codes('triaged', 'closed', { closureReason: 'referred', isReferred: true })).toEqual([]);
    expect(codes('new', 'triaged', { closureReason: 'resolved' })).toEqual(['closure_reason_not_expected']);
  });
});
