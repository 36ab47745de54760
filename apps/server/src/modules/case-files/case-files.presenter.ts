import type { AttachmentMediaType, CaseAttachment, CaseNote } from '@ctip/contracts';
import type { AttachmentListRow, NoteListRow } from './case-files.repository';

/** A note with its body decrypted by the caller. */
export function presentNote(row: NoteListRow, body: string): CaseNote {
  return { id: row.id, caseId: row.case_id, body, author: { id: row.author_id, displayName: row.author_name, organisationId: row.author_organisation_id }, createdAt: row.created_at };
}

/** An attachment's description with its name decrypted by the caller. */
export function presentAttachment(row: AttachmentListRow, fileName: string): CaseAttachment {
  return { id: row.id, caseId: row.case_id, fileName, mediaType: row.media_type as AttachmentMediaType, sizeBytes: row.size_bytes, uploadedBy: { id: row.uploaded_by, displayName: row.uploaded_by_name }, createdAt: row.created_at };
}
