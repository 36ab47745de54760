import { ATTACHMENT_MAX_BYTES } from '@ctip/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { multipartBody, pdfOfSize, SAMPLE_FILES } from './sample-files';

/** A form with one file, as a browser sends it. */
function formWith(content: Buffer, fileName: string, mediaType = 'application/pdf', field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([content], { type: mediaType }), fileName);
  return form;
}

describe.each(dialectsUnderTest())('case notes and attachments on %s', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let worker: HttpAgent;
  let clinician: HttpAgent;
  let outsider: HttpAgent;
  let caseId: string;
  let otherCaseId: string;

  async function snapshot(): Promise<string> {
    const rows = await Promise.all((['case_attachments', 'case_notes', 'cases'] as const).map((table) => context.services.db.selectFrom(table).selectAll().orderBy('id').execute()));
    const audits = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'in', ['attachment.uploaded', 'case.note_added']).execute();
    return JSON.stringify({ rows, audits: audits.length });
  }
  const upload = (agent: HttpAgent, body: unknown, options?: { csrf?: boolean; headers?: Record<string, string> }, id = caseId) => agent.post(`/api/cases/${id}/attachments`, body, options);

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    const ngo = await context.createOrganisation({ nameEn: 'Files NGO' });
    const clinic = await context.createOrganisation({ nameEn: 'Clinic' });
    worker = await context.signIn((await context.createUser(ngo, ['case_worker'])).email);
    clinician = await context.signIn((await context.createUser(clinic, ['case_worker'])).email);
    outsider = await context.signIn((await context.createUser(await context.createOrganisation(), ['case_worker'])).email);
    caseId = (await fixtures.openCase(ngo)).caseId;
    otherCaseId = (await fixtures.openCase(ngo)).caseId;
    await fixtures.refer(caseId, clinic, { service: 'medical' });
  });
  afterAll(async () => context?.close());

  it('adds encrypted notes with their author and lists them newest first, to the owner only', async () => {
    expect((await context.agent().post(`/api/cases/${caseId}/notes`, { body: 'x' })).statusCode).toBe(401);
    const before = await snapshot();
    expect((await worker.post(`/api/cases/${caseId}/notes`, { body: '   ' })).json().errors[0].path).toBe('body');
    expect((await worker.post(`/api/cases/${caseId}/notes`, { body: 'x'.repeat(20_001) })).statusCode).toBe(400);
    expect((await worker.post(`/api/cases/${caseId}/notes`, { body: 'No CSRF' }, { csrf: false })).statusCode).toBe(403);
    expect((await outsider.post(`/api/cases/${caseId}/notes`, { body: 'Hello' })).statusCode).toBe(404);
    expect((await clinician.post(`/api/cases/${caseId}/notes`, { body: 'Hello' })).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);

    const first = await worker.post(`/api/cases/${caseId}/notes`, { body: 'Her brother called from Bangkok' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ body: 'Her brother called from Bangkok', author: { displayName: expect.any(String) }, caseId });
    context.clock.advance(60_000);
    await worker.post(`/api/cases/${caseId}/notes`, { body: 'ថ្ងៃនេះនាងសប្បាយចិត្ត' });
    const notes = (await worker.get(`/api/cases/${caseId}/notes`)).json().items as Array<{ body: string }>;
    expect(notes.map((note) => note.body)).toEqual(['ថ្ងៃនេះនាងសប្បាយចិត្ត', 'Her brother called from Bangkok']);
    const stored = await context.services.db.selectFrom('case_notes').select('body').execute();
    expect(stored.every((row) => row.body.startsWith('ctip1:') && !row.body.includes('Bangkok'))).toBe(true);
    expect((await clinician.get(`/api/cases/${caseId}/notes`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}/notes`)).statusCode).toBe(404);
  });

  it('stores an attachment encrypted, typed by its content, and serves it back as a download, audited', async () => {
    const uploaded = await upload(worker, formWith(SAMPLE_FILES.pdf, 'លិខិតឆ្លងដែន.pdf'));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ fileName: 'លិខិតឆ្លងដែន.pdf', mediaType: 'application/pdf', sizeBytes: SAMPLE_FILES.pdf.length, caseId });
    const id = uploaded.json().id as string;
    const row = await context.services.db.selectFrom('case_attachments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(Buffer.from(row.content).includes(Buffer.from('%PDF'))).toBe(false);
    expect(row.file_name).toMatch(/^ctip1:/);

    const download = await worker.get(`/api/cases/${caseId}/attachments/${id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="____________.pdf"; filename*=UTF-8''${encodeURIComponent('លិខិតឆ្លងដែន.pdf')}`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    const reads = await context.services.db.selectFrom('audit_events').select('details').where('action', '=', 'record.read').where('resource_id', '=', caseId).execute();
    expect(reads.some((read) => JSON.parse(read.details).recordId === id)).toBe(true);

    // A PNG sent under a PDF's name and type is kept as what it is.
    const png = await upload(worker, formWith(SAMPLE_FILES.png, 'scan.pdf', 'application/pdf'));
    expect(png.json()).toMatchObject({ fileName: 'scan.pdf.png', mediaType: 'image/png' });
    for (const [content, name, type] of [[SAMPLE_FILES.jpeg, 'photo.jpg', 'image/jpeg'], [SAMPLE_FILES.webp, 'photo.webp', 'image/webp']] as const) {
      expect((await upload(worker, formWith(content, name, type))).json()).toMatchObject({ fileName: name, mediaType: type });
    }
    const listed = (await worker.get(`/api/cases/${caseId}/attachments`)).json().items as Array<{ id: string; fileName: string }>;
    expect(listed).toHaveLength(4);
    expect(listed.map((item) => item.fileName)).toContain('លិខិតឆ្លងដែន.pdf');

    expect((await worker.get(`/api/cases/${otherCaseId}/attachments/${id}/content`)).statusCode).toBe(404);
    expect((await clinician.get(`/api/cases/${caseId}/attachments/${id}/content`)).statusCode).toBe(404);
    expect((await clinician.get(`/api/cases/${caseId}/attachments`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}/attachments/${id}/content`)).statusCode).toBe(404);
    expect((await context.agent().get(`/api/cases/${caseId}/attachments/${id}/content`)).statusCode).toBe(401);
    expect(context.logs().includes('លិខិតឆ្លងដែន')).toBe(false);
  });

  it('refuses disguised, oversized, empty and malformed uploads with a clear message, writing nothing', async () => {
    const before = await snapshot();
    for (const [content, name] of [[SAMPLE_FILES.exe, 'report.pdf'], [SAMPLE_FILES.html, 'report.pdf'], [Buffer.from('plain words'), 'notes.png']] as const) {
      const refused = await upload(worker, formWith(content, name));
      expect(refused.statusCode, name).toBe(415);
      expect(refused.json()).toMatchObject({ code: 'unsupported_media_type', detail: expect.stringContaining('Only PDF documents and PNG, JPEG or WebP images can be attached') });
    }
    const tooLarge = await upload(worker, formWith(pdfOfSize(ATTACHMENT_MAX_BYTES + 1), 'big.pdf'));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'payload_too_large', detail: 'The file is larger than 10 MiB.' });
    // A declared length far over the limit is refused before the body is read.
    const declared = multipartBody('file', 'big.pdf', pdfOfSize(ATTACHMENT_MAX_BYTES + 100_000));
    expect((await upload(worker, declared.body, { headers: { 'content-type': declared.contentType } })).statusCode).toBe(413);
    expect((await upload(worker, formWith(Buffer.alloc(0), 'empty.pdf'))).json().errors[0]).toMatchObject({ path: 'file', code: 'empty_file' });
    expect((await upload(worker, formWith(SAMPLE_FILES.pdf, 'a.pdf', 'application/pdf', 'document'))).json().errors[0]).toMatchObject({ path: 'file', code: 'file_required' });
    expect((await upload(worker, { file: SAMPLE_FILES.pdf.toString('base64') })).statusCode).toBe(415);
    expect((await upload(worker, 'garbage', { headers: { 'content-type': 'multipart/form-data; boundary=x' } })).json().code).toBe('malformed_request');
    expect((await upload(worker, 'garbage', { headers: { 'content-type': 'multipart/form-data' } })).statusCode).toBe(400);
    expect((await upload(worker, formWith(SAMPLE_FILES.pdf, 'a.pdf'), { csrf: false })).statusCode).toBe(403);
    expect((await upload(clinician, formWith(SAMPLE_FILES.pdf, 'a.pdf'))).statusCode).toBe(403);
    expect((await upload(outsider, formWith(SAMPLE_FILES.pdf, 'a.pdf'))).statusCode).toBe(404);
    expect((await upload(context.agent(), formWith(SAMPLE_FILES.pdf, 'a.pdf'))).statusCode).toBe(401);
    // Only the upload route reads multipart; every other route still refuses it.
    expect((await worker.post(`/api/cases/${caseId}/notes`, formWith(SAMPLE_FILES.pdf, 'a.pdf'))).statusCode).toBe(415);
    expect(await snapshot()).toBe(before);
  });

  it('accepts a file of exactly the limit', async () => {
    const exact = await upload(worker, formWith(pdfOfSize(ATTACHMENT_MAX_BYTES), 'exact.pdf'), undefined, otherCaseId);
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.json().sizeBytes).toBe(ATTACHMENT_MAX_BYTES);
    const download = await worker.get(`/api/cases/${otherCaseId}/attachments/${exact.json().id}/content`);
    expect(download.rawPayload.length).toBe(ATTACHMENT_MAX_BYTES);
    expect(download.headers['content-length']).toBe(String(ATTACHMENT_MAX_BYTES));
  });
});
