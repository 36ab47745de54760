import { randomUUID } from 'node:crypto';
import type { AttachmentMediaType, CaseAttachment } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptBinary, decryptField, encryptBinary, encryptField } from '../../../crypto/field-cipher';
import { notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import type { CaseRow } from '../../cases/use-cases/load-case';
import { cleanFileName, detectMediaType } from '../attachment-content';
import { findAttachmentContent, insertAttachment, listAttachments, touchCase } from '../case-files.repository';
import { presentAttachment } from '../case-files.presenter';

const location = (attachmentId: string, column: 'file_name' | 'content') => ({ table: 'case_attachments', column, rowId: attachmentId });

/**
 * Stores a file attached to a case: its type from its content (not its name), its name cleaned
 * and encrypted, its content sealed to the row with the field key.
 * @throws AppError unsupported_media_type when the content is not an accepted type.
 */
export async function storeAttachment(services: Services, actor: Actor, row: CaseRow, file: { fileName: string; content: Buffer }, context: AuditContext): Promise<string> {
  const mediaType = await detectMediaType(file.content);
  const id = randomUUID();
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await insertAttachment(trx, {
      id,
      case_id: row.id,
      file_name: encryptField(services.keyRing, location(id, 'file_name'), cleanFileName(file.fileName, mediaType)),
      media_type: mediaType,
      size_bytes: file.content.length,
      content: encryptBinary(services.keyRing, location(id, 'content'), file.content),
      uploaded_by: actor.userId,
      created_at: now,
    });
    await touchCase(trx, row.id, now);
    await audit(services, trx, context, { action: 'attachment.uploaded', resourceType: 'case', resourceId: row.id, details: { mediaType, sizeBytes: file.content.length } });
  });
  return id;
}

/** The attachments of a case (without content), names decrypted. */
export async function listCaseAttachments(services: Services, caseId: string): Promise<CaseAttachment[]> {
  return (await listAttachments(services.db, caseId)).map((row) => presentAttachment(row, decryptField(services.keyRing, location(row.id, 'file_name'), row.file_name)));
}

/**
 * An attachment's decrypted content, name and type, after recording the read in the audit trail
 * (if that cannot be recorded, nothing is returned).
 * @throws AppError not_found when the case has no such attachment.
 */
export async function readAttachment(services: Services, caseId: string, attachmentId: string, context: AuditContext): Promise<{ fileName: string; mediaType: AttachmentMediaType; content: Buffer }> {
  const row = await findAttachmentContent(services.db, caseId, attachmentId);
  if (!row) throw notFound();
  // Decrypt first: content altered or moved from another row fails here, before anything is sent.
  const content = decryptBinary(services.keyRing, location(row.id, 'content'), Buffer.from(row.content));
  const fileName = decryptField(services.keyRing, location(row.id, 'file_name'), row.file_name);
  await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.read', resourceType: 'case', resourceId: caseId, details: { sections: 'attachments', recordId: row.id } }));
  return { fileName, mediaType: row.media_type as AttachmentMediaType, content };
}
