import { z } from 'zod';
import { CONTACT_KINDS, DATE_PRECISIONS, DOCUMENT_TYPES, NAME_KINDS, NAME_SCRIPTS, SEXES } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real date');

/** One name of a person, in one script. */
export const personNameInputSchema = z.object({
  script: z.enum(NAME_SCRIPTS),
  kind: z.enum(NAME_KINDS).default('legal'),
  full: text(200),
  family: text(100).nullable().optional(),
  given: text(100).nullable().optional(),
});

/**
 * A date of birth as precisely as it is known: a day, a month, a year, or an approximate age on a
 * given date. Dates in the future are refused by the server (it knows what "today" is).
 */
export const birthInputSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDate }),
  z.object({ precision: z.literal('month'), date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM') }),
  z.object({ precision: z.literal('year'), date: z.string().regex(/^(19|20)\d{2}$/, 'a year as YYYY') }),
  z.object({ precision: z.literal('age'), age: z.number().int().min(0).max(120), ageAt: isoDate }),
]);

/** Home, down to the village. The province is a code; the finer levels are free text. */
export const homeInputSchema = z.object({
  provinceCode: z.string().regex(/^KH-\d{1,2}$/, 'a province code such as KH-18').nullable().optional(),
  district: text(120).nullable().optional(),
  commune: text(120).nullable().optional(),
  village: text(120).nullable().optional(),
});

/** An identity document (its number is encrypted at rest, searchable exactly). */
export const documentInputSchema = z.object({
  type: z.enum(DOCUMENT_TYPES),
  number: text(60),
  issuingCountry: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  heldByOthers: z.boolean().default(false),
});

/** A way to reach the person (encrypted at rest, searchable exactly). */
export const contactInputSchema = z.object({
  kind: z.enum(CONTACT_KINDS),
  value: text(200),
  note: text(200).nullable().optional(),
});

/** Body of `POST /api/persons` and `PUT /api/persons/:id`. */
export const personInputSchema = z.object({
  names: z.array(personNameInputSchema).min(1).max(12),
  sex: z.enum(SEXES),
  birth: birthInputSchema.nullable().default(null),
  nationalities: z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')).max(4).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code')).max(8).default([]),
  home: homeInputSchema.default({}),
  documents: z.array(documentInputSchema).max(12).default([]),
  contacts: z.array(contactInputSchema).max(12).default([]),
});
export type PersonInput = z.infer<typeof personInputSchema>;

/** A person's name as shown. */
export const personNameSchema = z.object({
  script: z.enum(NAME_SCRIPTS),
  kind: z.enum(NAME_KINDS),
  full: z.string(),
  family: z.string().nullable(),
  given: z.string().nullable(),
});

/** A person as shown to those who may see their identity. */
export const personSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  names: z.array(personNameSchema),
  sex: z.enum(SEXES),
  birth: z.object({ precision: z.enum(DATE_PRECISIONS), date: z.string().nullable(), age: z.number().nullable(), ageAt: z.string().nullable(), estimatedYear: z.number().nullable() }).nullable(),
  nationalities: z.array(z.string()),
  languages: z.array(z.string()),
  home: z.object({ provinceCode: z.string().nullable(), district: z.string().nullable(), commune: z.string().nullable(), village: z.string().nullable() }),
  documents: z.array(z.object({ id: z.string(), type: z.enum(DOCUMENT_TYPES), number: z.string(), issuingCountry: z.string().nullable(), heldByOthers: z.boolean() })).nullable(),
  contacts: z.array(z.object({ id: z.string(), kind: z.enum(CONTACT_KINDS), value: z.string(), note: z.string().nullable() })).nullable(),
  ownerOrganisationId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

/** A possible existing person while a new one is entered, with the reasons field by field. */
export const personCandidateSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  score: z.number(),
  reasons: z.array(z.object({ field: z.string(), level: z.string(), weight: z.number() })),
  caseIds: z.array(z.string()),
});
export type PersonCandidate = z.infer<typeof personCandidateSchema>;

/** Answer of the duplicate check: candidates the caller may see, and how many others exist elsewhere. */
export const personCandidatesSchema = z.object({
  candidates: z.array(personCandidateSchema),
  elsewhere: z.number().int(),
});

/** Body of `POST /api/persons/duplicates`: whatever has been typed so far (at least one name). */
export const duplicateCheckInputSchema = z.object({
  names: z.array(personNameInputSchema.partial({ script: true, kind: true })).min(1).max(12),
  sex: z.enum(SEXES).optional(),
  birth: birthInputSchema.nullable().optional(),
  nationalities: z.array(z.string().regex(/^[A-Z]{2}$/)).max(4).optional(),
  home: homeInputSchema.optional(),
  documents: z.array(documentInputSchema.pick({ number: true })).max(12).optional(),
  contacts: z.array(contactInputSchema.pick({ value: true })).max(12).optional(),
});
