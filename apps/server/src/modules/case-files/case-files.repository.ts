import type { CaseAttachmentsTable, CaseNotesTable } from '../../db/schema';
import type { Executor } from '../../services';

/** Inserts a note (its body already encrypted). */
export async function insertNote(db: Executor, row: CaseNotesTable): Promise<void> {
  await db.insertInto('case_notes').values(row).execute();
}

/** The notes of a case, newest first, with their authors. */
export async function listNotes(db: Executor, caseId: string) {
  return db
    .selectFrom('case_notes')
    .innerJoin('users', 'users.id', 'case_notes.author_id')
    .selectAll('case_notes')
    .select(['users.display_name as author_name', 'users.organisation_id as author_organisation_id'])
    .where('case_notes.case_id', '=', caseId)
    .orderBy('case_notes.created_at', 'desc')
    .orderBy('case_notes.id')
    .execute();
}

/** A note as listed. */
export type NoteListRow = Awaited<ReturnType<typeof listNotes>>[number];

/** Inserts an attachment (name and content already encrypted). */
export async function insertAttachment(db: Executor, row: CaseAttachmentsTable): Promise<void> {
  await db.insertInto('case_attachments').values(row).execute();
}

/** The attachments of a case without their content, newest first, with who uploaded each. */
export async function listAttachments(db: Executor, caseId: string) {
  return db
    .selectFrom('case_attachments')
    .innerJoin('users', 'users.id', 'case_attachments.uploaded_by')
    .select(['case_attachments.id', 'case_attachments.case_id', 'case_attachments.file_name', 'case_attachments.media_type', 'case_attachments.size_bytes', 'case_attachments.uploaded_by', 'case_attachments.created_at', 'users.display_name as uploaded_by_name'])
    .where('case_attachments.case_id', '=', caseId)
    .orderBy('case_attachments.created_at', 'desc')
    .orderBy('case_attachments.id')
    .execute();
}

/** An attachment as listed. */
export type AttachmentListRow = Awaited<ReturnType<typeof listAttachments>>[number];

/** An attachment of a case with its (encrypted) content, or undefined. */
export async function findAttachmentContent(db: Executor, caseId: string, attachmentId: string) {
  return db.selectFrom('case_attachments').select(['id', 'file_name', 'media_type', 'size_bytes', 'content']).where('id', '=', attachmentId).where('case_id', '=', caseId).executeTakeFirst();
}

/** Marks a case as changed now. */
export async function touchCase(db: Executor, caseId: string, now: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
}
