import { decryptField } from '../../crypto/field-cipher';
import type { Services } from '../../services';
import { loadPerson } from '../persons/persons.repository';

/** What a reviewer sees of one record of a candidate pair: identity facts, whose list it is on, its cases. */
export async function presentRecordForReview(services: Services, personId: string) {
  const person = await loadPerson(services.db, services.keyRing, personId);
  if (!person) return null;
  const owner = await services.db.selectFrom('organisations').select(['id', 'name_en', 'name_km']).where('id', '=', person.ownerOrganisationId).executeTakeFirstOrThrow();
  const cases = await services.db.selectFrom('cases').select(['case_number', 'stage']).where('person_id', '=', personId).execute();
  return {
    personId,
    displayName: person.displayName,
    names: person.names.map((name) => ({ script: name.script, kind: name.kind, full: name.full })),
    sex: person.sex,
    birth: person.birth ? { precision: person.birth.precision, date: person.birth.date, age: person.birth.age, ageAt: person.birth.ageAt } : null,
    nationalities: person.nationalities,
    provinceCode: person.home.provinceCode,
    organisation: { id: owner.id, nameEn: owner.name_en, nameKm: owner.name_km },
    cases: cases.map((row) => ({ caseNumber: row.case_number, stage: row.stage })),
  };
}

/** The field-by-field reasons of a candidate, decrypted. */
export function contributionsOf(services: Services, candidate: { id: string; contributions: string }) {
  return JSON.parse(decryptField(services.keyRing, { table: 'linkage_candidates', column: 'contributions', rowId: candidate.id }, candidate.contributions)) as Array<{ comparison: string; label: string; weight: number; termFrequencyAdjustment: number }>;
}
