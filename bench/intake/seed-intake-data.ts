// Bulk data for the intake benchmarks: sites and reports written straight into the database in
// large batches (the use cases would take an hour for 200,000 reports), with the same columns,
// encryption and blind indexes the use cases write, so that tables and indexes have their real
// shape and size.

import { randomUUID } from 'node:crypto';
import { isOpenReportStatus, responseDueAt, SITE_KINDS, type ReportStatus, type ReportUrgency } from '@ctip/contracts';
import { blindIndex } from '../../apps/server/src/crypto/blind-index';
import { encryptField } from '../../apps/server/src/crypto/field-cipher';
import { encryptReportFields } from '../../apps/server/src/modules/intake/intake.repository';
import { indexedForm } from '../../apps/server/src/modules/persons/identifiers';
import { nameTokenDigests } from '../../apps/server/src/modules/persons/name-tokens';
import type { Services } from '../../apps/server/src/services';

const FAMILY = ['Chea', 'Sok', 'Heng', 'Ly', 'Kim', 'Chan', 'Mao', 'Nguyen', 'Tran', 'Chen', 'Lim', 'Pich', 'Ouk', 'Touch', 'Keo'];
const GIVEN = ['Sokha', 'Dara', 'Sopheap', 'Channa', 'Srey Mom', 'Lan', 'Mai', 'Wei', 'Piseth', 'Vannak', 'Ratana', 'Theary', 'Bopha', 'Kosal', 'Lida'];
const NATIONALITIES = ['KH', 'KH', 'KH', 'VN', 'CN', 'TH', 'ID', 'MY', 'MM'];
const STATUSES_CLOSED: ReportStatus[] = ['actioned', 'closed', 'closed', 'closed'];
const STATUSES_OPEN: ReportStatus[] = ['new', 'triaged', 'assigned'];
const CLOSURES = ['resolved', 'referred', 'duplicate', 'unfounded'];
const PROVINCES = Array.from({ length: 25 }, (_, index) => `KH-${index + 1}`);

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

async function insertInBatches<T>(services: Services, table: string, rows: T[], size = 400): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await services.db.insertInto(table as never).values(rows.slice(start, start + size) as never).execute();
  }
}

/** Organisations and users the seeded records belong to. */
export interface SeedOwners {
  /** Organisation ids with the share of reports each records (they sum to 1). */
  organisations: Array<{ id: string; share: number; recorderId: string }>;
  /** The organisation reports are referred to (the police). */
  policeId: string;
}

/** Writes `count` sites, each with one to three dated status entries. Resolves to their ids. */
export async function seedSites(services: Services, owners: SeedOwners, count: number, random: () => number): Promise<string[]> {
  const sites: Array<Record<string, unknown>> = [];
  const names: Array<Record<string, unknown>> = [];
  const history: Array<Record<string, unknown>> = [];
  const recorder = owners.organisations[0]!;
  for (let index = 0; index < count; index += 1) {
    const id = randomUUID();
    const kind = pick(random, SITE_KINDS);
    const reported = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 1_000) * 86_400_000).toISOString().slice(0, 10);
    const entries: Array<[string, string]> = [['reported', reported]];
    if (random() < 0.3) entries.push(['raided', new Date(Date.parse(reported) + (10 + Math.floor(random() * 200)) * 86_400_000).toISOString().slice(0, 10)]);
    if (entries.length === 2 && random() < 0.3) entries.push([random() < 0.5 ? 'licensed' : 'closed', new Date(Date.parse(entries[1]![1]) + (1 + Math.floor(random() * 60)) * 86_400_000).toISOString().slice(0, 10)]);
    const last = entries.at(-1)!;
    const at = new Date().toISOString();
    sites.push({ id, kind, name: `Site ${index} ${kind}`, province_code: pick(random, PROVINCES), latitude: 10 + random() * 4.5, longitude: 102.5 + random() * 5, address: null, description: '', current_status: last[0], current_status_on: last[1], first_recorded_on: reported, is_published: 0, published_at: null, published_by: null, created_by: recorder.recorderId, created_by_organisation_id: recorder.id, is_demo: 0, created_at: at, updated_at: at });
    names.push({ id: randomUUID(), site_id: id, position: 0, kind: 'name', name: `Site ${index} ${kind}` });
    entries.forEach(([status, occurredOn], position) =>
      history.push({ id: randomUUID(), site_id: id, sequence: position + 1, status, occurred_on: occurredOn, source_kind: 'document', source_report_id: null, source_operation_id: null, source_title: 'Seeded source', source_publisher: null, source_date: null, source_url: null, source_reference: null, is_correction: 0, correction_reason: null, recorded_by: recorder.recorderId, recorded_at: at }),
    );
  }
  await insertInBatches(services, 'sites', sites, 200);
  await insertInBatches(services, 'site_names', names);
  await insertInBatches(services, 'site_status_history', history, 200);
  return sites.map((site) => site.id as string);
}

/**
 * Writes `count` reports received over the three years before `now`: most of them long closed
 * or actioned, most of the last fortnight's still open (the queue), one person each (names
 * encrypted and blind-indexed), a reporter's phone, and one in twenty referred to the police.
 */
export async function seedReports(services: Services, owners: SeedOwners, siteIds: readonly string[], count: number, now: Date, random: () => number, onProgress: (done: number) => void): Promise<void> {
  const span = 3 * 365 * 86_400_000;
  const batch = 2_000;
  const siteProvince = new Map((await services.db.selectFrom('sites').select(['id', 'province_code']).execute()).map((row) => [row.id, row.province_code]));
  let serial = 0;
  for (let start = 0; start < count; start += batch) {
    const reports: Array<Record<string, unknown>> = [];
    const people: Array<Record<string, unknown>> = [];
    const tokens: Array<Record<string, unknown>> = [];
    const identifiers: Array<Record<string, unknown>> = [];
    const history: Array<Record<string, unknown>> = [];
    const shares: Array<Record<string, unknown>> = [];
    for (let index = start; index < Math.min(count, start + batch); index += 1) {
      const id = randomUUID();
      const receivedAt = new Date(now.getTime() - Math.floor(random() * span)).toISOString();
      const roll = random();
      const owner = owners.organisations.find((organisation, position) => roll < owners.organisations.slice(0, position + 1).reduce((sum, entry) => sum + entry.share, 0)) ?? owners.organisations[0]!;
      const urgency: ReportUrgency = random() < 0.05 ? 'immediate_danger' : random() < 0.25 ? 'high' : 'normal';
      const recent = now.getTime() - Date.parse(receivedAt) < 14 * 86_400_000;
      const status = random() < (recent ? 0.7 : 0.08) ? pick(random, STATUSES_OPEN) : pick(random, STATUSES_CLOSED);
      const siteId = random() < 0.6 ? pick(random, siteIds) : null;
      const family = pick(random, FAMILY);
      const given = pick(random, GIVEN);
      const phone = `0${12 + Math.floor(random() * 80)} ${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      const reporter = { anonymous: false, name: `${pick(random, FAMILY)} ${pick(random, GIVEN)}`, contact: { kind: 'phone', value: phone }, relationship: 'family_member', doNotCallBack: false };
      serial += 1;
      reports.push({
        id,
        reference: `RP-B${String(serial).padStart(7, '0')}`,
        owner_organisation_id: owner.id,
        recorded_by: owner.recorderId,
        channel: pick(random, ['hotline', 'telegram', 'facebook', 'embassy_request', 'walk_in']),
        received_at: receivedAt,
        reporter_anonymous: 0,
        reporter_relationship: 'family_member',
        do_not_call_back: 0,
        people_count: 1,
        people_nationalities: JSON.stringify([pick(random, NATIONALITIES)]),
        site_id: siteId,
        province_code: siteId ? siteProvince.get(siteId)! : pick(random, PROVINCES),
        allegation_types: JSON.stringify(['forced_criminality']),
        urgency,
        status,
        is_open: isOpenReportStatus(status) ? 1 : 0,
        closure_reason: status === 'closed' ? pick(random, CLOSURES) : null,
        assigned_user_id: status === 'assigned' ? owner.recorderId : null,
        assigned_organisation_id: null,
        due_at: responseDueAt(receivedAt, urgency),
        is_demo: 0,
        created_at: receivedAt,
        updated_at: receivedAt,
        ...encryptReportFields(services.keyRing, id, { reporter, placeDetail: null, narrative: 'Held in a compound and made to run scams; passport taken.' }),
      });
      const personId = randomUUID();
      const names = [{ script: 'latin', full: `${family} ${given}` }];
      people.push({ id: personId, report_id: id, position: 0, names: encryptField(services.keyRing, { table: 'report_people', column: 'names', rowId: personId }, JSON.stringify(names)), contacts: encryptField(services.keyRing, { table: 'report_people', column: 'contacts', rowId: personId }, '[]'), nationality: 'KH', age: 18 + Math.floor(random() * 30), sex: random() < 0.5 ? 'female' : 'male' });
      for (const token of nameTokenDigests(services.keyRing, names)) tokens.push({ token, report_person_id: personId, report_id: id });
      identifiers.push({ value_index: blindIndex(services.keyRing, 'report_contact', indexedForm(phone, 'phone')), report_id: id, source: 'reporter', is_withheld: 0 });
      const historyId = randomUUID();
      history.push({ id: historyId, report_id: id, sequence: 1, from_status: null, to_status: 'new', reason: encryptField(services.keyRing, { table: 'report_status_history', column: 'reason', rowId: historyId }, 'Report recorded'), closure_reason: null, assigned_user_id: null, assigned_organisation_id: null, moved_by: owner.recorderId, moved_at: receivedAt });
      if (owner.id !== owners.policeId && random() < 0.05) shares.push({ id: randomUUID(), report_id: id, organisation_id: owners.policeId, kind: 'referral', note: null, shared_by: owner.recorderId, shared_at: receivedAt, is_open: isOpenReportStatus(status) ? 1 : 0 });
    }
    await services.db.transaction().execute(async (trx) => {
      const write = async (table: string, rows: unknown[], size: number) => {
        for (let offset = 0; offset < rows.length; offset += size) await trx.insertInto(table as never).values(rows.slice(offset, offset + size) as never).execute();
      };
      await write('reports', reports, 250);
      await write('report_people', people, 500);
      await write('report_person_tokens', tokens, 1_000);
      await write('report_identifiers', identifiers, 1_000);
      await write('report_status_history', history, 500);
      if (shares.length > 0) await write('report_shares', shares, 500);
    });
    onProgress(Math.min(count, start + batch));
  }
}
