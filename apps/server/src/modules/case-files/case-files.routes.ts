import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, caseAttachmentSchema, caseNoteInputSchema, caseNoteSchema } from '@ctip/contracts';
import { AppError, invalidField } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { audit, inTransaction, type Services } from '../../services';
import { caseFor } from '../cases/cases.routes';
import { contentDispositionOf, readLimitedFile, tooLarge, type IncomingFile } from './attachment-content';
import { addCaseNote, listCaseNotes } from './use-cases/add-case-note';
import { listCaseAttachments, readAttachment, storeAttachment } from './use-cases/store-attachment';

const idParams = z.object({ id: z.string().min(1).max(64) });
const attachmentParams = idParams.extend({ attachmentId: z.string().min(1).max(64) });

/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** What a failure to read an upload means to the client: too large, or not readable multipart. */
function uploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if ((error as { statusCode?: number }).statusCode === 413) return tooLarge();
  return new AppError('malformed_request', 'The upload could not be read as multipart/form-data with a field named "file".');
}

/** Case notes (encrypted) and attachments (type-checked by content, size-limited, encrypted at rest). */
export async function registerCaseFileRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/cases/:id/notes', {
    schema: { tags: ['case notes'], summary: 'Notes of a case, newest first', params: idParams, response: { 200: z.object({ items: z.array(caseNoteSchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'notes');
    const items = await listCaseNotes(services, row.id);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'notes' } }));
    return { items };
  });

  routes.post('/api/cases/:id/notes', {
    schema: { tags: ['case notes'], summary: 'Add a note to a case', params: idParams, body: caseNoteInputSchema, response: { 201: caseNoteSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.record_entry', 'notes');
    const id = await addCaseNote(services, actor, row, request.body.body, auditContextOf(request));
    return reply.status(201).send((await listCaseNotes(services, row.id)).find((note) => note.id === id)!);
  });

  routes.get('/api/cases/:id/attachments', {
    schema: { tags: ['attachments'], summary: 'Attachments of a case (names, types, sizes)', params: idParams, response: { 200: z.object({ items: z.array(caseAttachmentSchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'attachments');
    const items = await listCaseAttachments(services, row.id);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'attachments' } }));
    return { items };
  });

  routes.get('/api/cases/:id/attachments/:attachmentId/content', {
    schema: { tags: ['attachments'], summary: 'Download an attachment (every download is audited)', params: attachmentParams },
  }, async (request, reply) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'attachments');
    const file = await readAttachment(services, row.id, request.params.attachmentId, auditContextOf(request));
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', contentDispositionOf(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-length', file.content.length)
      .send(file.content);
  });

  // Multipart is parsed on this one route only: every other route keeps refusing anything but JSON.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      throwFileSizeLimit: true,
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/cases/:id/attachments', {
      schema: {
        tags: ['attachments'],
        summary: `Attach a file (multipart/form-data, field "file"): PDF, PNG, JPEG or WebP by content, at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB`,
        params: idParams,
        response: { 201: caseAttachmentSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      // Authorised before a byte of the file is read: an outsider's upload is never even parsed.
      const { row } = await caseFor(services, actor, request.params.id, 'case.record_entry', 'attachments');
      if (Number(request.headers['content-length'] ?? 0) > ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data, in a field named "file".');
      let part: IncomingFile | undefined;
      let content: Buffer;
      try {
        part = await request.file();
        if (!part || part.fieldname !== 'file') throw invalidField('file', 'Choose a file to attach (in the field named "file").', 'file_required');
        content = await readLimitedFile(part);
      } catch (error) {
        throw uploadError(error);
      }
      const id = await storeAttachment(services, actor, row, { fileName: part.filename, content }, auditContextOf(request));
      return reply.status(201).send((await listCaseAttachments(services, row.id)).find((attachment) => attachment.id === id)!);
    });
  });
}
