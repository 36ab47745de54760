import { randomUUID } from 'node:crypto';
import type { PersonInput } from '@ctip/contracts';
import { blindIndex } from '../../crypto/blind-index';
import { decryptField, decryptOptional, encryptField, encryptOptional } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { PersonsTable } from '../../db/schema';
import type { Executor } from '../../services';
import { identifierForms, indexedForm } from './identifiers';
import { nameTokenDigests } from './name-tokens';
import { displayNameOf, estimatedBirthYear } from './person-record';

/** A person's identity, decrypted. */
export interface PersonRecord {
  id: string;
  ownerOrganisationId: string;
  displayName: string;
  names: Array<{ script: string; kind: string; full: string; family: string | null; given: string | null }>;
  sex: string;
  birth: { precision: string; date: string | null; age: number | null; ageAt: string | null; estimatedYear: number | null } | null;
  nationalities: string[];
  languages: string[];
  home: { provinceCode: string | null; district: string | null; commune: string | null; village: string | null };
  documents: Array<{ id: string; type: string; number: string; issuingCountry: string | null; heldByOthers: boolean }>;
  contacts: Array<{ id: string; kind: string; value: string; note: string | null }>;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

const location = (table: string, column: string, rowId: string) => ({ table, column, rowId });

/** The person row's own columns for an input (encrypted where identifying). */
function personColumns(keyRing: KeyRing, id: string, input: PersonInput): Omit<PersonsTable, 'id' | 'owner_organisation_id' | 'is_demo' | 'created_by' | 'created_at' | 'updated_at' | 'cluster_id'> {
  const birth = input.birth;
  const home = input.home ?? {};
  const hasHomeDetail = Boolean(home.district || home.commune || home.village);
  return {
    display_name: encryptField(keyRing, location('persons', 'display_name', id), displayNameOf(input)),
    sex: input.sex,
    birth_precision: birth?.precision ?? null,
    birth_date: birth && birth.precision !== 'age' ? birth.date : null,
    birth_age: birth?.precision === 'age' ? birth.age : null,
    birth_age_at: birth?.precision === 'age' ? birth.ageAt : null,
    birth_year_estimate: estimatedBirthYear(birth),
    nationalities: JSON.stringify(input.nationalities),
    languages: JSON.stringify(input.languages),
    home_province_code: home.provinceCode ?? null,
    home_detail: hasHomeDetail ? encryptField(keyRing, location('persons', 'home_detail', id), JSON.stringify({ district: home.district ?? null, commune: home.commune ?? null, village: home.village ?? null })) : null,
  };
}

/** Writes names (with their search digests), documents and contacts, replacing any there were. */
async function writeDetails(db: Executor, keyRing: KeyRing, personId: string, input: PersonInput, now: string): Promise<void> {
  await db.deleteFrom('person_names').where('person_id', '=', personId).execute();
  await db.deleteFrom('person_name_tokens').where('person_id', '=', personId).execute();
  await db.deleteFrom('person_documents').where('person_id', '=', personId).execute();
  await db.deleteFrom('person_contacts').where('person_id', '=', personId).execute();
  const names = input.names.map((name, position) => {
    const id = randomUUID();
    return { id, person_id: personId, position, script: name.script, kind: name.kind, created_at: now, value: encryptField(keyRing, location('person_names', 'value', id), JSON.stringify({ full: name.full, family: name.family ?? null, given: name.given ?? null })) };
  });
  await db.insertInto('person_names').values(names).execute();
  const tokens = nameTokenDigests(keyRing, input.names);
  if (tokens.length > 0) await db.insertInto('person_name_tokens').values(tokens.map((token) => ({ token, person_id: personId }))).execute();
  if (input.documents.length > 0) {
    await db
      .insertInto('person_documents')
      .values(input.documents.map((document) => {
        const id = randomUUID();
        return { id, person_id: personId, type: document.type, issuing_country: document.issuingCountry ?? null, held_by_others: document.heldByOthers ? 1 : 0, created_at: now, number: encryptField(keyRing, location('person_documents', 'number', id), document.number), number_index: blindIndex(keyRing, 'person_document_number', indexedForm(document.number, 'document')) };
      }))
      .execute();
  }
  if (input.contacts.length > 0) {
    await db
      .insertInto('person_contacts')
      .values(input.contacts.map((contact) => {
        const id = randomUUID();
        return { id, person_id: personId, kind: contact.kind, created_at: now, value: encryptField(keyRing, location('person_contacts', 'value', id), contact.value), value_index: blindIndex(keyRing, 'person_contact_value', indexedForm(contact.value, contact.kind)), note: encryptOptional(keyRing, location('person_contacts', 'note', id), contact.note) };
      }))
      .execute();
  }
}

/** Inserts a new person and everything about them. */
export async function insertPerson(db: Executor, keyRing: KeyRing, input: PersonInput, meta: { id: string; ownerOrganisationId: string; createdBy: string; now: string; isDemo?: boolean }): Promise<void> {
  await db
    .insertInto('persons')
    // A new record is its own cluster until a reviewer links it to others.
    .values({ id: meta.id, cluster_id: meta.id, owner_organisation_id: meta.ownerOrganisationId, is_demo: meta.isDemo ? 1 : 0, created_by: meta.createdBy, created_at: meta.now, updated_at: meta.now, ...personColumns(keyRing, meta.id, input) })
    .execute();
  await writeDetails(db, keyRing, meta.id, input, meta.now);
}

/** Replaces a person's identity with a new version of it. */
export async function replacePerson(db: Executor, keyRing: KeyRing, id: string, input: PersonInput, now: string): Promise<void> {
  await db.updateTable('persons').set({ ...personColumns(keyRing, id, input), updated_at: now }).where('id', '=', id).execute();
  await writeDetails(db, keyRing, id, input, now);
}

/** The owning organisation of a person, or undefined. */
export async function findPersonOwner(db: Executor, id: string): Promise<string | undefined> {
  return (await db.selectFrom('persons').select('owner_organisation_id').where('id', '=', id).executeTakeFirst())?.owner_organisation_id;
}

/** A person, decrypted. */
export async function loadPerson(db: Executor, keyRing: KeyRing, id: string): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [names, documents, contacts] = await Promise.all([
    db.selectFrom('person_names').selectAll().where('person_id', '=', id).orderBy('position').execute(),
    db.selectFrom('person_documents').selectAll().where('person_id', '=', id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('person_contacts').selectAll().where('person_id', '=', id).orderBy('created_at').orderBy('id').execute(),
  ]);
  const home = row.home_detail ? (JSON.parse(decryptField(keyRing, location('persons', 'home_detail', id), row.home_detail)) as { district: string | null; commune: string | null; village: string | null }) : { district: null, commune: null, village: null };
  return {
    id,
    ownerOrganisationId: row.owner_organisation_id,
    displayName: decryptField(keyRing, location('persons', 'display_name', id), row.display_name),
    names: names.map((name) => ({ script: name.script, kind: name.kind, ...(JSON.parse(decryptField(keyRing, location('person_names', 'value', name.id), name.value)) as { full: string; family: string | null; given: string | null }) })),
    sex: row.sex,
    birth: row.birth_precision ? { precision: row.birth_precision, date: row.birth_date, age: row.birth_age, ageAt: row.birth_age_at, estimatedYear: row.birth_year_estimate } : null,
    nationalities: JSON.parse(row.nationalities) as string[],
    languages: JSON.parse(row.languages) as string[],
    home: { provinceCode: row.home_province_code, ...home },
    documents: documents.map((document) => ({ id: document.id, type: document.type, number: decryptField(keyRing, location('person_documents', 'number', document.id), document.number), issuingCountry: document.issuing_country, heldByOthers: document.held_by_others === 1 })),
    contacts: contacts.map((contact) => ({ id: contact.id, kind: contact.kind, value: decryptField(keyRing, location('person_contacts', 'value', contact.id), contact.value), note: decryptOptional(keyRing, location('person_contacts', 'note', contact.id), contact.note) })),
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Display names of many persons at once (lists), decrypted. */
export async function loadDisplayNames(db: Executor, keyRing: KeyRing, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('persons').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, decryptField(keyRing, location('persons', 'display_name', row.id), row.display_name)]));
}

/** Persons any of whose name tokens match every group (see name-tokens.ts), at most `limit`. */
export async function findPersonIdsByName(db: Executor, groups: string[][], limit: number): Promise<string[]> {
  if (groups.length === 0) return [];
  let query = db.selectFrom('person_name_tokens').select('person_id').where('token', 'in', groups[0]!);
  for (const group of groups.slice(1)) {
    query = query.where('person_id', 'in', (select) => select.selectFrom('person_name_tokens').select('person_id').where('token', 'in', group));
  }
  const rows = await query.distinct().limit(limit).execute();
  return rows.map((row) => row.person_id);
}

/** Persons with a document or contact that matches exactly, in any of the identifier's forms. */
export async function findPersonIdsByIdentifier(db: Executor, keyRing: KeyRing, value: string, limit: number): Promise<string[]> {
  const forms = identifierForms(value).filter((form) => form.replace(/^tel:/, '').length >= 4);
  if (forms.length === 0) return [];
  const documents = await db.selectFrom('person_documents').select('person_id').where('number_index', 'in', forms.map((form) => blindIndex(keyRing, 'person_document_number', form))).limit(limit).execute();
  const contacts = await db.selectFrom('person_contacts').select('person_id').where('value_index', 'in', forms.map((form) => blindIndex(keyRing, 'person_contact_value', form))).limit(limit).execute();
  return [...new Set([...documents, ...contacts].map((row) => row.person_id))];
}
