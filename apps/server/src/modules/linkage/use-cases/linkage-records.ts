import { toPersonRecord, type LinkageRecord } from '@ctip/linkage';
import { decryptField } from '../../../crypto/field-cipher';
import type { Services } from '../../../services';

const BATCH = 2_000;

/**
 * Every person as a linkage record (names in every script, date of birth at its precision or an
 * age, sex, nationality, province), decrypted in memory, batch by batch. Nothing decrypted is
 * written anywhere; the records live only for the run.
 */
export async function loadLinkageRecords(services: Services, onBatch: (done: number, total: number) => void = () => {}): Promise<LinkageRecord[]> {
  const db = services.db;
  const total = Number((await db.selectFrom('persons').select((select) => select.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const records: LinkageRecord[] = [];
  let after = '';
  for (;;) {
    const persons = await db.selectFrom('persons').select(['id', 'sex', 'birth_precision', 'birth_date', 'birth_age', 'birth_age_at', 'nationalities', 'home_province_code']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (persons.length === 0) break;
    const names = await db.selectFrom('person_names').select(['id', 'person_id', 'script', 'kind', 'value']).where('person_id', 'in', persons.map((person) => person.id)).execute();
    const namesByPerson = new Map<string, typeof names>();
    for (const name of names) namesByPerson.set(name.person_id, [...(namesByPerson.get(name.person_id) ?? []), name]);
    for (const person of persons) {
      const personNames = (namesByPerson.get(person.id) ?? []).map((name) => {
        const value = JSON.parse(decryptField(services.keyRing, { table: 'person_names', column: 'value', rowId: name.id }, name.value)) as { full: string; family: string | null; given: string | null };
        return { text: value.full, family: value.family, given: value.given, script: name.script, kind: name.kind };
      });
      const precision = person.birth_precision as 'day' | 'month' | 'year' | 'age' | null;
      records.push(
        toPersonRecord({
          id: person.id,
          names: personNames,
          dateOfBirth: person.birth_date && precision && precision !== 'age' ? { value: person.birth_date, precision } : null,
          approximateAge: precision === 'age' && person.birth_age !== null && person.birth_age_at ? { years: person.birth_age, atDate: person.birth_age_at } : null,
          sex: person.sex === 'unknown' ? null : person.sex,
          nationality: (JSON.parse(person.nationalities) as string[])[0] ?? null,
          province: person.home_province_code,
        }),
      );
    }
    after = persons.at(-1)!.id;
    onBatch(records.length, total);
  }
  return records;
}
