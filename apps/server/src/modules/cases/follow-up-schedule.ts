import { randomUUID } from 'node:crypto';
import type { Executor } from '../../services';

/** Follow-up visits after reintegration: 1, 3, 6 and 12 months (DOMAIN.md). */
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;

/** A date (YYYY-MM-DD) some months later, clamped to the end of shorter months. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Schedules the follow-up visits from a date, unless visits are already pending. */
export async function scheduleFollowUps(db: Executor, caseId: string, from: string, now: string): Promise<void> {
  const pending = await db.selectFrom('follow_ups').select('id').where('case_id', '=', caseId).where('completed_on', 'is', null).executeTakeFirst();
  if (pending) return;
  await db.insertInto('follow_ups').values(FOLLOW_UP_MONTHS.map((months) => ({ id: randomUUID(), case_id: caseId, due_on: addMonths(from, months), completed_on: null, method: null, outcome: null, notes: null, completed_by: null, created_at: now }))).execute();
}

/** Keeps the case's copy of its next due visit current (lists filter and sort on it). */
export async function refreshNextFollowUp(db: Executor, caseId: string): Promise<void> {
  const next = await db.selectFrom('follow_ups').select('due_on').where('case_id', '=', caseId).where('completed_on', 'is', null).orderBy('due_on').limit(1).executeTakeFirst();
  await db.updateTable('cases').set({ next_follow_up_due: next?.due_on ?? null }).where('id', '=', caseId).execute();
}
