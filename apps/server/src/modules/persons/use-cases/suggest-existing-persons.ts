import { sql } from 'kysely';
import type { PersonCandidate } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { blindIndex } from '../../../crypto/blind-index';
import { identifierForms } from '../identifiers';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { accessToPerson } from '../../cases/use-cases/case-access-of';
import { nameTokenDigests } from '../name-tokens';
import { loadPerson } from '../persons.repository';
import { comparePersons, type ComparablePerson } from '../person-similarity';
import { currentModel, scoreWithModel } from '../../linkage/use-cases/score-with-model';

/** A person being typed in: whatever is known so far. */
export interface PartialPerson extends ComparablePerson {
  birth?: { precision: string; date?: string | null; age?: number | null; ageAt?: string | null } | null;
  documents?: ReadonlyArray<{ number: string }>;
  contacts?: ReadonlyArray<{ value: string }>;
}

/** The linkage engine's view of a person (for the trained model). */
function asLinkagePerson(person: { names: ComparablePerson['names']; sex?: string | null; birth?: PartialPerson['birth']; nationalities?: readonly string[]; provinceCode?: string | null }) {
  const birth = person.birth;
  return {
    names: person.names.map((name) => ({ text: name.full, family: name.family ?? null, given: name.given ?? null })),
    dateOfBirth: birth && birth.precision !== 'age' && birth.date ? { value: birth.date, precision: birth.precision as 'day' | 'month' | 'year' } : null,
    approximateAge: birth?.precision === 'age' && birth.age != null && birth.ageAt ? { years: birth.age, atDate: birth.ageAt } : null,
    sex: person.sex && person.sex !== 'unknown' ? person.sex : null,
    nationality: person.nationalities?.[0] ?? null,
    province: person.provinceCode ?? null,
  };
}

/** Below this, a candidate is not worth a case worker's attention. */
const SHOW_ABOVE = 0.2;
const MAX_CANDIDATES = 60;

/**
 * While a person is entered, finds persons who may be the same one, so nobody is entered twice.
 * Candidates come from the blind indexes of their names and identifiers; each is scored with the
 * reasons field by field. Only persons the actor may see are shown; how many more there are in
 * other organisations' records is given as a number, with nothing that identifies them.
 */
export async function suggestExistingPersons(services: Services, actor: Actor, person: PartialPerson, context: AuditContext): Promise<{ candidates: PersonCandidate[]; elsewhere: number }> {
  const db = services.db;
  const digests = nameTokenDigests(services.keyRing, person.names);
  const identifierDigests = [
    ...(person.documents ?? []).flatMap((document) => identifierForms(document.number, 'document').map((form) => blindIndex(services.keyRing, 'person_document_number', form))),
    ...(person.contacts ?? []).flatMap((contact) => identifierForms(contact.value).map((form) => blindIndex(services.keyRing, 'person_contact_value', form))),
  ];
  const byName = digests.length === 0 ? [] : await db.selectFrom('person_name_tokens').select(['person_id', sql<number>`count(*)`.as('shared')]).where('token', 'in', digests).groupBy('person_id').orderBy('shared', 'desc').limit(MAX_CANDIDATES).execute();
  const byIdentifier = identifierDigests.length === 0 ? [] : [
    ...(await db.selectFrom('person_documents').select('person_id').where('number_index', 'in', identifierDigests).execute()),
    ...(await db.selectFrom('person_contacts').select('person_id').where('value_index', 'in', identifierDigests).execute()),
  ];
  const ids = [...new Set([...byIdentifier.map((row) => row.person_id), ...byName.map((row) => row.person_id)])].slice(0, MAX_CANDIDATES);

  const candidates: PersonCandidate[] = [];
  let elsewhere = 0;
  // The trained linkage model replaces the hand-set similarity once one exists.
  const model = await currentModel(services);
  const typedIdentifiers = [...(person.documents ?? []).flatMap((document) => identifierForms(document.number, 'document')), ...(person.contacts ?? []).flatMap((contact) => identifierForms(contact.value))];
  for (const id of ids) {
    const record = await loadPerson(db, services.keyRing, id);
    if (!record) continue;
    const similarity = model ? scoreWithModel(model, asLinkagePerson(person), [asLinkagePerson({ names: record.names, sex: record.sex, birth: record.birth, nationalities: record.nationalities, provinceCode: record.home.provinceCode })])[0]! : comparePersons(person, {
      names: record.names,
      sex: record.sex,
      birthYear: record.birth?.estimatedYear ?? null,
      nationalities: record.nationalities,
      provinceCode: record.home.provinceCode,
      identifiers: [...record.documents.flatMap((document) => identifierForms(document.number, 'document')), ...record.contacts.flatMap((contact) => identifierForms(contact.value, contact.kind))].filter((value) => typedIdentifiers.includes(value)),
    });
    if (similarity.score < SHOW_ABOVE) continue;
    const access = await accessToPerson(services, actor, id, record.ownerOrganisationId);
    if (access.relation === 'none' || !access.sections.includes('identity')) {
      elsewhere += 1;
      continue;
    }
    const caseIds = (await db.selectFrom('cases').select('id').where('person_id', '=', id).execute()).map((row) => row.id);
    candidates.push({ personId: id, displayName: record.displayName, score: Math.round(similarity.score * 1000) / 1000, reasons: similarity.reasons, caseIds });
  }
  candidates.sort((a, b) => b.score - a.score);
  const shown = candidates.slice(0, 10);
  await inTransaction(services, (trx) => audit(services, trx, context, { action: 'person.duplicates_checked', resourceType: 'person', details: { candidates: shown.length, elsewhere } }));
  return { candidates: shown, elsewhere };
}
