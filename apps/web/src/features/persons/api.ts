import { z } from 'zod';
import {
  personCandidatesSchema,
  personSchema,
  screeningSchema,
  type duplicateCheckInputSchema,
  type personInputSchema,
  type screeningInputSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const personPath = (id: string) => `/api/persons/${encodeURIComponent(id)}`;

/** Records a person. @throws ApiError validation_failed with field errors */
export function createPerson(body: z.input<typeof personInputSchema>) {
  return apiRequest('POST', '/api/persons', { body, schema: personSchema });
}

/** Replaces a person's identity with a corrected version. @throws ApiError */
export function updatePerson(id: string, body: z.input<typeof personInputSchema>) {
  return apiRequest('PUT', personPath(id), { body, schema: personSchema });
}

/** A person's identity (the server audits the read). @throws ApiError not_found */
export function getPerson(id: string, signal?: AbortSignal) {
  return apiRequest('GET', personPath(id), { schema: personSchema, signal });
}

/**
 * Possible existing persons for what has been typed so far, with the reasons field by field,
 * and how many more exist in records the caller may not see. @throws ApiError
 */
export function checkDuplicates(body: z.input<typeof duplicateCheckInputSchema>, signal?: AbortSignal) {
  return apiRequest('POST', '/api/persons/duplicates', { body, schema: personCandidatesSchema, signal });
}

/** Every screening of a person, newest first. @throws ApiError */
export function listScreenings(personId: string, signal?: AbortSignal) {
  return apiRequest('GET', `${personPath(personId)}/screenings`, { schema: z.object({ items: z.array(screeningSchema) }), signal });
}

/** Screens a person; the server computes the outcome. @throws ApiError validation_failed */
export function createScreening(personId: string, body: z.input<typeof screeningInputSchema>) {
  return apiRequest('POST', `${personPath(personId)}/screenings`, { body, schema: screeningSchema });
}
