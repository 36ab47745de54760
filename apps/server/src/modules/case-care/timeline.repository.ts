import type { Executor } from '../../services';

/**
 * Everything a case's timeline is built from, reading only codes, dates and ids (never an
 * encrypted column): the timeline shows what happened, not what was written.
 */
export async function loadTimelineSources(db: Executor, caseId: string) {
  const [opened, moves, consents, referrals, entries, stays, visits, notes, attachments] = await Promise.all([
    db.selectFrom('cases').select(['id', 'opened_on', 'created_at', 'created_by']).where('id', '=', caseId).executeTakeFirstOrThrow(),
    db.selectFrom('case_stage_history').select(['id', 'sequence', 'from_stage', 'to_stage', 'closure_reason', 'moved_by', 'moved_at']).where('case_id', '=', caseId).orderBy('sequence').execute(),
    db.selectFrom('case_consents').select(['id', 'kind', 'given_on', 'withdrawn_on', 'recorded_by', 'withdrawn_by', 'created_at']).where('case_id', '=', caseId).execute(),
    db.selectFrom('case_referrals').select(['id', 'kind', 'service', 'status', 'created_by', 'created_at', 'responded_by', 'responded_at', 'ended_at']).where('case_id', '=', caseId).execute(),
    db.selectFrom('case_entries').select(['id', 'kind', 'section', 'occurred_on', 'created_by', 'created_at']).where('case_id', '=', caseId).execute(),
    db.selectFrom('shelter_stays').select(['id', 'admitted_on', 'left_on', 'leaving_reason', 'created_by', 'created_at']).where('case_id', '=', caseId).execute(),
    db.selectFrom('follow_ups').select(['id', 'completed_on', 'outcome', 'completed_by', 'created_at']).where('case_id', '=', caseId).where('completed_on', 'is not', null).execute(),
    db.selectFrom('case_notes').select(['id', 'author_id', 'created_at']).where('case_id', '=', caseId).execute(),
    db.selectFrom('case_attachments').select(['id', 'media_type', 'uploaded_by', 'created_at']).where('case_id', '=', caseId).execute(),
  ]);
  return { opened, moves, consents, referrals, entries, stays, visits, notes, attachments };
}

/** The raw material of a timeline. */
export type TimelineSources = Awaited<ReturnType<typeof loadTimelineSources>>;

/** Display names of users, by id. */
export async function loadUserNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
