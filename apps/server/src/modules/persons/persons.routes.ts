import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { duplicateCheckInputSchema, personCandidatesSchema, personInputSchema, personSchema, screeningInputSchema, screeningSchema, type PersonInput } from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { accessToPerson } from '../cases/use-cases/case-access-of';
import { presentScreening } from '../screenings/screenings.presenter';
import { findScreening, listScreeningsOfPerson } from '../screenings/screenings.repository';
import { recordScreening } from '../screenings/use-cases/record-screening';
import { estimatedBirthYear } from './person-record';
import { presentPerson } from './persons.presenter';
import { findPersonOwner, loadPerson } from './persons.repository';
import { createPerson, updatePerson } from './use-cases/save-person';
import { suggestExistingPersons } from './use-cases/suggest-existing-persons';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Persons (identity, encrypted), the duplicate check while typing, and screenings. */
export async function registerPersonRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['persons'];

  /** Loads a person and the actor's access to them; a person out of reach is not found. */
  const personWithAccess = async (actor: Actor, id: string) => {
    const owner = await findPersonOwner(services.db, id);
    if (!owner) throw notFound();
    return { owner, access: await accessToPerson(services, actor, id, owner) };
  };

  routes.post('/api/persons', {
    schema: { tags, summary: 'Record a person (names in any script; documents and contacts are encrypted)', body: personInputSchema, response: { 201: personSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'person.create', { type: 'own_work' });
    const id = await createPerson(services, actor, request.body as PersonInput, auditContextOf(request));
    const record = (await loadPerson(services.db, services.keyRing, id))!;
    return reply.status(201).send(presentPerson(record, ['identity', 'documents', 'contacts']));
  });

  routes.post('/api/persons/duplicates', {
    schema: { tags, summary: 'Possible existing persons while one is being entered, with reasons', body: duplicateCheckInputSchema, response: { 200: personCandidatesSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'person.check_duplicates', { type: 'own_work' });
    const body = request.body;
    return suggestExistingPersons(services, actor, {
      names: body.names.map((name) => ({ full: name.full ?? '', family: name.family ?? null, given: name.given ?? null })).filter((name) => name.full || name.family || name.given),
      sex: body.sex ?? null,
      birthYear: body.birth ? estimatedBirthYear(body.birth) : null,
      birth: body.birth ?? null,
      nationalities: body.nationalities ?? [],
      provinceCode: body.home?.provinceCode ?? null,
      documents: body.documents ?? [],
      contacts: body.contacts ?? [],
    }, auditContextOf(request));
  });

  routes.get('/api/persons/:id', {
    schema: { tags, summary: 'A person’s identity (the read is audited)', params: idParams, response: { 200: personSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { access } = await personWithAccess(actor, request.params.id);
    authorize(actor, 'person.read', { type: 'case', access, section: 'identity' });
    const record = (await loadPerson(services.db, services.keyRing, request.params.id))!;
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'person', resourceId: record.id, details: { sections: access.sections.join(',') } }));
    return presentPerson(record, access.sections);
  });

  routes.put('/api/persons/:id', {
    schema: { tags, summary: 'Correct a person’s identity', params: idParams, body: personInputSchema, response: { 200: personSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { access } = await personWithAccess(actor, request.params.id);
    authorize(actor, 'person.update', { type: 'case', access });
    await updatePerson(services, request.params.id, request.body as PersonInput, auditContextOf(request));
    return presentPerson((await loadPerson(services.db, services.keyRing, request.params.id))!, access.sections);
  });

  routes.post('/api/persons/:id/screenings', {
    schema: { tags, summary: 'Screen a person against the legal definition and the forced-labour indicators', params: idParams, body: screeningInputSchema, response: { 201: screeningSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { access } = await personWithAccess(actor, request.params.id);
    authorize(actor, 'screening.create', { type: 'case', access });
    const person = (await loadPerson(services.db, services.keyRing, request.params.id))!;
    const { id } = await inTransaction(services, (trx) => recordScreening(services, trx, actor, person, request.body, auditContextOf(request)));
    return reply.status(201).send(presentScreening(services.keyRing, (await findScreening(services.db, id))!));
  });

  routes.get('/api/persons/:id/screenings', {
    schema: { tags, summary: 'Every screening of a person, newest first', params: idParams, response: { 200: z.object({ items: z.array(screeningSchema) }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { access } = await personWithAccess(actor, request.params.id);
    authorize(actor, 'screening.read', { type: 'case', access, section: 'screening' });
    const rows = await listScreeningsOfPerson(services.db, request.params.id);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'person', resourceId: request.params.id, details: { sections: 'screening' } }));
    return { items: rows.map((row) => presentScreening(services.keyRing, row)) };
  });

  routes.get('/api/screenings/:id', {
    schema: { tags, summary: 'One screening (the read is audited)', params: idParams, response: { 200: screeningSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const row = await findScreening(services.db, request.params.id);
    if (!row) throw notFound();
    const { access } = await personWithAccess(actor, row.person_id);
    authorize(actor, 'screening.read', { type: 'case', access, section: 'screening' });
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'screening', resourceId: row.id }));
    return presentScreening(services.keyRing, row);
  });
}
