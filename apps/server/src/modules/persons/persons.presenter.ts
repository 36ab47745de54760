import type { CaseSection, Person } from '@ctip/contracts';
import type { PersonRecord } from './persons.repository';

/** A person, field by field: documents and contacts only to those whose access includes them. */
export function presentPerson(record: PersonRecord, sections: readonly CaseSection[]): Person {
  return {
    id: record.id,
    displayName: record.displayName,
    names: record.names.map((name) => ({ script: name.script as Person['names'][number]['script'], kind: name.kind as Person['names'][number]['kind'], full: name.full, family: name.family, given: name.given })),
    sex: record.sex as Person['sex'],
    birth: record.birth ? { precision: record.birth.precision as NonNullable<Person['birth']>['precision'], date: record.birth.date, age: record.birth.age, ageAt: record.birth.ageAt, estimatedYear: record.birth.estimatedYear } : null,
    nationalities: record.nationalities,
    languages: record.languages,
    home: record.home,
    documents: sections.includes('documents') ? record.documents.map((document) => ({ ...document, type: document.type as NonNullable<Person['documents']>[number]['type'] })) : null,
    contacts: sections.includes('contacts') ? record.contacts.map((contact) => ({ ...contact, kind: contact.kind as NonNullable<Person['contacts']>[number]['kind'] })) : null,
    ownerOrganisationId: record.ownerOrganisationId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
