import { CASE_ENTRY_KINDS, type CaseEntry, type CaseEntryKind, type CaseSection, type FollowUp, type OverdueFollowUp } from '@ctip/contracts';
import type { EntryListRow, FollowUpListRow } from './case-care.repository';

/** An entry, field by field, with its decrypted content re-read through its kind's schema. */
export function presentEntry(row: EntryListRow, data: unknown): CaseEntry {
  const kind = row.kind as CaseEntryKind;
  return {
    id: row.id,
    caseId: row.case_id,
    kind,
    section: row.section as CaseSection,
    occurredOn: row.occurred_on,
    data: CASE_ENTRY_KINDS[kind].schema.parse(data),
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as CaseEntry;
}

/** A follow-up visit, with its notes decrypted by the caller; overdue when pending and due before today. */
export function presentFollowUp(row: FollowUpListRow, notes: string | null, today: string, caseClosed: boolean): FollowUp {
  return {
    id: row.id,
    caseId: row.case_id,
    dueOn: row.due_on,
    completedOn: row.completed_on,
    method: row.method as FollowUp['method'],
    outcome: row.outcome as FollowUp['outcome'],
    notes,
    completedBy: row.completed_by ? { id: row.completed_by, displayName: row.completed_by_name ?? '' } : null,
    overdue: !caseClosed && row.completed_on === null && row.due_on < today,
    createdAt: row.created_at,
  };
}

/** One line of the overdue list. */
export function presentOverdueFollowUp(row: { id: string; case_id: string; due_on: string; case_number: string; stage: string; owner_organisation_id: string; assigned_user_id: string | null; assigned_name: string | null }, today: string): OverdueFollowUp {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    stage: row.stage as OverdueFollowUp['stage'],
    dueOn: row.due_on,
    daysOverdue: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${row.due_on}T00:00:00Z`)) / 86_400_000),
    assignedUser: row.assigned_user_id ? { id: row.assigned_user_id, displayName: row.assigned_name ?? '' } : null,
    ownerOrganisationId: row.owner_organisation_id,
  };
}
