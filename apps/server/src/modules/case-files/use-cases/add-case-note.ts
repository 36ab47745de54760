import { randomUUID } from 'node:crypto';
import type { CaseNote } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptField, encryptField } from '../../../crypto/field-cipher';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import type { CaseRow } from '../../cases/use-cases/load-case';
import { insertNote, listNotes, touchCase } from '../case-files.repository';
import { presentNote } from '../case-files.presenter';

const bodyLocation = (noteId: string) => ({ table: 'case_notes', column: 'body', rowId: noteId });

/** Adds a note to a case; its body is encrypted (a note can tell anything). */
export async function addCaseNote(services: Services, actor: Actor, row: CaseRow, body: string, context: AuditContext): Promise<string> {
  const id = randomUUID();
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await insertNote(trx, { id, case_id: row.id, body: encryptField(services.keyRing, bodyLocation(id), body), author_id: actor.userId, created_at: now });
    await touchCase(trx, row.id, now);
    await audit(services, trx, context, { action: 'case.note_added', resourceType: 'case', resourceId: row.id, details: {} });
  });
  return id;
}

/** The notes of a case, newest first, decrypted. */
export async function listCaseNotes(services: Services, caseId: string): Promise<CaseNote[]> {
  return (await listNotes(services.db, caseId)).map((row) => presentNote(row, decryptField(services.keyRing, bodyLocation(row.id), row.body)));
}
