import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { pageQuerySchema } from '../pagination';
import { personInputSchema } from '../cases/person-schemas';
import { AGE_GROUPS, EXPLOITATION_TYPES, SEXES } from '../cases/vocabulary';
import { OPERATION_KINDS, SITE_KINDS } from './vocabulary';

const id = z.string().min(1).max(64);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const isoDate = calendarDateSchema;

/** People rescued: the total, and counts by nationality (null: unknown), sex and age group. */
export const rescuedCountsInputSchema = z.object({
  total: z.number().int().min(0).max(100_000),
  breakdown: z.array(z.object({ nationality: countryCode.nullable(), sex: z.enum(SEXES), ageGroup: z.enum(AGE_GROUPS), count: z.number().int().min(1).max(100_000) })).max(300).default([]),
});

/** Arrests: how many, and how many of each nationality. */
export const arrestCountsInputSchema = z.object({
  total: z.number().int().min(0).max(100_000),
  byNationality: z.array(z.object({ nationality: countryCode, count: z.number().int().min(1).max(100_000) })).max(100).default([]),
});

/**
 * Body of `POST /api/operations`. In one step the individuals become persons with survivor cases
 * (screening pending) owned by the receiving organisation, the site gets a "raided" entry (raids
 * and rescues), and the linked reports move to "actioned".
 */
export const operationInputSchema = z.object({
  kind: z.enum(OPERATION_KINDS),
  occurredOn: isoDate,
  siteId: id,
  leadOrganisationId: id,
  agencyOrganisationIds: z.array(id).max(20).default([]),
  rescued: rescuedCountsInputSchema.default({ total: 0, breakdown: [] }),
  /** The people rescued, named; each becomes a person with a case. */
  individuals: z.array(personInputSchema).max(500).default([]),
  /** The case-working organisation that takes the rescued people in (default: the recorder's). */
  receivingOrganisationId: id.nullable().default(null),
  arrests: arrestCountsInputSchema.default({ total: 0, byNationality: [] }),
  /** Evidence seized and observed (encrypted). */
  evidenceNotes: z.string().trim().max(8000).default(''),
  /** Reports the operation acts on; they move to "actioned". */
  reportIds: z.array(id).max(200).default([]),
  /** Exploitation found, for the survivors' cases (the sector follows from the kind of site). */
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)).max(EXPLOITATION_TYPES.length).default([]),
  /** Needed when the operation is dated before the site's latest status: its "raided" entry is then a historical correction. */
  siteStatusCorrectionReason: z.string().trim().min(3).max(2000).nullable().default(null),
});
export type OperationInput = z.infer<typeof operationInputSchema>;

/** Query of `GET /api/operations`. */
export const operationListQuerySchema = pageQuerySchema.extend({
  siteId: id.optional(),
  kind: z.enum(OPERATION_KINDS).optional(),
});

const organisationRef = z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() });

/** An operation in lists. */
export const operationSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(OPERATION_KINDS),
  occurredOn: z.string(),
  site: z.object({ id: z.string(), name: z.string(), kind: z.enum(SITE_KINDS), provinceCode: z.string() }),
  leadOrganisation: organisationRef,
  agencies: z.array(organisationRef),
  rescuedTotal: z.number().int(),
  arrestsTotal: z.number().int(),
  recordingOrganisation: organisationRef,
  createdAt: z.string(),
});
export type OperationSummary = z.infer<typeof operationSummarySchema>;

/** An operation's page, for the organisations that took part in it. */
export const operationDetailSchema = operationSummarySchema.extend({
  rescued: z.object({ total: z.number().int(), breakdown: z.array(z.object({ nationality: z.string().nullable(), sex: z.enum(SEXES), ageGroup: z.enum(AGE_GROUPS), count: z.number().int() })) }),
  arrests: z.object({ total: z.number().int(), byNationality: z.array(z.object({ nationality: z.string(), count: z.number().int() })) }),
  receivingOrganisation: organisationRef.nullable(),
  evidenceNotes: z.string(),
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)),
  /** The survivor cases opened, shown only to the organisation that owns them (null for the others). */
  survivorCases: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), personId: z.string() })).nullable(),
  /** How many individuals were recorded (persons and cases opened). */
  individualsRecorded: z.number().int(),
  /** Linked reports the caller may see. */
  reports: z.array(z.object({ id: z.string(), reference: z.string() })),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }),
});
export type OperationDetail = z.infer<typeof operationDetailSchema>;
