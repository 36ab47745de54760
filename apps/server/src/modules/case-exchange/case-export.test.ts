import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ctip/contracts';
import { systemAuditContext } from '../../audit/audit-events';
import { buildSurvivorCases, type CaseOrganisationKey } from '../../factories/survivor-case-factory';
import { writeSurvivorCases } from '../../factories/write-survivor-cases';
import type { Actor } from '../../policy/actor';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { todayOf } from '../../validation/dates';
import { loadPerson } from '../persons/persons.repository';
import { K_THRESHOLD } from './export/deidentified-rows';
import { EXPORT_COLUMNS } from './export/htcds-mapping';

const QUASI_COLUMNS = ['prs_Gender', 'ctip_AgeBand', 'prs_Citizenship', 'prs_MailingState', 'vic_TypeOfExploitation', 'ctip_TypeOfExploitation', 'vic_ForcedLabourIndustry', 'ctip_Sector', 'ctip_YearIdentified'];

describe.each(dialectsUnderTest())('de-identified export of cases on %s', (dialect) => {
  let context: TestContext;
  let organisations: Record<'shelter' | 'social' | 'embassy', string>;
  let analyst: HttpAgent;
  let shelterWorker: HttpAgent;
  let caseIds: string[];
  /** Everything identifying the cases hold, which the export must not contain. */
  const canaries = new Set<string>();

  const exportAs = async (agent: HttpAgent) => {
    const response = await agent.get('/api/case-exports/deidentified');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    const records = parse(response.body, { bom: true }) as string[][];
    return { response, header: records[0]!, rows: records.slice(1).map((cells) => Object.fromEntries(records[0]!.map((column, index) => [column, cells[index]!]))), counts: { rows: Number(response.headers['x-ctip-rows']), suppressed: Number(response.headers['x-ctip-suppressed']), withoutConsent: Number(response.headers['x-ctip-without-consent']) } };
  };

  beforeAll(async () => {
    context = await createTestContext(dialect);
    organisations = {
      shelter: await context.createOrganisation({ nameEn: 'Shelter', kind: 'shelter' }),
      social: await context.createOrganisation({ nameEn: 'Social affairs', kind: 'government_body' }),
      embassy: await context.createOrganisation({ nameEn: 'Embassy', kind: 'embassy', countryCode: 'ID' }),
    };
    const actors = new Map<string, Actor>();
    for (const [key, role] of [['shelter', 'case_worker'], ['social', 'case_worker'], ['embassy', 'partner_liaison']] as Array<[keyof typeof organisations, Role]>) {
      const user = await context.createUser(organisations[key], [role]);
      actors.set(key, { userId: user.id, organisationId: organisations[key], roles: [role], isPlatformOperator: false });
    }
    const today = todayOf(context.services.now());
    const graphs = buildSurvivorCases(42, 150, { today });
    const written = await writeSurvivorCases(context.services, graphs, { organisationIdOf: (key: CaseOrganisationKey) => organisations[key as keyof typeof organisations], actorOf: (key) => actors.get(key)! }, { context: systemAuditContext('test'), today, batchSize: 50 });
    caseIds = written.map((entry) => entry.caseId);
    for (const { personId } of written) {
      const person = (await loadPerson(context.services.db, context.services.keyRing, personId))!;
      for (const name of person.names) canaries.add(name.full);
      for (const contact of person.contacts) canaries.add(contact.value);
      for (const document of person.documents) canaries.add(document.number);
      if (person.home.village) canaries.add(person.home.village);
      if (person.birth?.precision === 'day') canaries.add(person.birth.date!);
    }
    const cases = await context.services.db.selectFrom('cases').select(['case_number', 'mosvy_case_number', 'opened_on']).execute();
    for (const row of cases) for (const value of [row.case_number, row.mosvy_case_number, row.opened_on]) if (value) canaries.add(value);
    analyst = await context.signIn((await context.createUser(context.operatorOrganisationId, ['analyst'])).email);
    shelterWorker = await context.signIn((await context.createUser(organisations.shelter, ['case_worker'])).email);
  }, 180_000);
  afterAll(async () => context?.close());

  it('gives analysts every case on the platform, in HTCDS variables, with every combination shared by at least 11 records', async () => {
    const { response, header, rows, counts } = await exportAs(analyst);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="ctip-cases-deidentified-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(counts.rows).toBe(rows.length);
    expect(counts.rows + counts.suppressed + counts.withoutConsent).toBe(caseIds.length);
    expect(counts.rows).toBeGreaterThan(caseIds.length / 2);
    const sizes = new Map<string, number>();
    for (const row of rows) {
      const key = QUASI_COLUMNS.map((column) => row[column]).join('|');
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect([...sizes.values()].filter((size) => size < K_THRESHOLD)).toEqual([]);
    expect(new Set(rows.map((row) => row.prs_Gender))).toEqual(new Set(['Feminine', 'Masculine']));
    expect(response.headers['x-ctip-scope']).toBe('platform');
  });

  it('contains nothing identifying: no name, contact, document, village, exact date or case number, and no cell that starts a formula', async () => {
    const { response, rows } = await exportAs(analyst);
    expect(canaries.size).toBeGreaterThan(300);
    expect([...canaries].filter((canary) => response.body.includes(canary))).toEqual([]);
    expect(response.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rows.flatMap((row) => Object.values(row)).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('gives a case worker their organisation’s cases only, and leaves out cases without consent to record data', async () => {
    const owned = (await context.services.db.selectFrom('cases').select('id').where('owner_organisation_id', '=', organisations.shelter).execute()).length;
    const before = await exportAs(shelterWorker);
    expect(before.response.headers['x-ctip-scope']).toBe('organisation');
    expect(before.counts.rows + before.counts.suppressed + before.counts.withoutConsent).toBe(owned);
    // The person withdraws consent to the recording of their data: their case leaves the export.
    const consent = await context.services.db.selectFrom('case_consents').innerJoin('cases', 'cases.id', 'case_consents.case_id').select('case_consents.id').where('cases.owner_organisation_id', '=', organisations.shelter).where('case_consents.kind', '=', 'data_recording').where('case_consents.withdrawn_on', 'is', null).executeTakeFirstOrThrow();
    await context.services.db.updateTable('case_consents').set({ withdrawn_on: '2026-11-01' }).where('id', '=', consent.id).execute();
    const after = await exportAs(shelterWorker);
    expect(after.counts.withoutConsent).toBe(before.counts.withoutConsent + 1);
  });

  it('audits each export with counts only', async () => {
    await exportAs(analyst);
    const event = await context.services.db.selectFrom('audit_events').select(['details', 'resource_type']).where('action', '=', 'record.exported').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const details = JSON.parse(event.details) as Record<string, unknown>;
    expect(Object.keys(details).sort()).toEqual(['format', 'rows', 'scope', 'suppressed', 'withoutConsent']);
    expect(details).toMatchObject({ format: 'csv', scope: 'platform' });
  });
});
