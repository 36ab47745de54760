import { z } from 'zod';
import { REPATRIATION_CHANNELS, SERVICE_TYPES, type CaseSection } from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const note = z.string().trim().max(4000).default('');
const level = z.enum(['low', 'medium', 'high']);
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

/** Needs and risks, by domain, at a point in time. */
export const assessmentEntrySchema = z.object({
  type: z.enum(['needs', 'risk']),
  safety: level.nullable().default(null),
  health: level.nullable().default(null),
  legal: level.nullable().default(null),
  family: level.nullable().default(null),
  psychosocial: level.nullable().default(null),
  economic: level.nullable().default(null),
  summary: note,
});

/** A planned service: what, by whom, by when. */
export const servicePlanEntrySchema = z.object({
  service: z.enum(SERVICE_TYPES),
  providerOrganisationId: z.string().max(64).nullable().default(null),
  targetDate: isoDate.nullable().default(null),
  goal: note,
});

/** A service delivered. */
export const serviceDeliveredEntrySchema = z.object({
  service: z.enum(SERVICE_TYPES),
  providerOrganisationId: z.string().max(64).nullable().default(null),
  endedOn: isoDate.nullable().default(null),
  note,
});

/** A repatriation: from where to where, by which channel and agreement, and the reception. */
export const repatriationEntrySchema = z.object({
  fromCountry: country,
  toCountry: country,
  channel: z.enum(REPATRIATION_CHANNELS),
  /** The agreement it runs under (a law id of the reference data, e.g. the 2003 Cambodia–Thailand MOU). */
  agreementId: z.string().max(120).nullable().default(null),
  departedOn: isoDate.nullable().default(null),
  arrivedOn: isoDate.nullable().default(null),
  receivedBy: z.string().trim().max(200).default(''),
  note,
});

/** Tracing the family and assessing whether return is safe. */
export const familyTracingEntrySchema = z.object({
  step: z.enum(['tracing_started', 'family_found', 'family_not_found', 'assessment']),
  outcome: z.enum(['safe_to_return', 'not_safe', 'pending']).nullable().default(null),
  note,
});

/** The plan for reintegration. */
export const reintegrationPlanEntrySchema = z.object({
  setting: z.enum(['family', 'community', 'independent_living', 'foster_or_kinship_care', 'residential_care']),
  goals: note,
  plannedOn: isoDate.nullable().default(null),
});

/** Every kind of entry with its schema and the case section it belongs to (and so who may see it). */
export const CASE_ENTRY_KINDS = {
  assessment: { schema: assessmentEntrySchema, section: 'assessments' },
  service_plan: { schema: servicePlanEntrySchema, section: 'services' },
  service_delivered: { schema: serviceDeliveredEntrySchema, section: 'services' },
  repatriation: { schema: repatriationEntrySchema, section: 'repatriation' },
  family_tracing: { schema: familyTracingEntrySchema, section: 'family_tracing' },
  reintegration_plan: { schema: reintegrationPlanEntrySchema, section: 'reintegration' },
} as const satisfies Record<string, { schema: z.ZodType; section: CaseSection }>;

/** A kind of case entry. */
export type CaseEntryKind = keyof typeof CASE_ENTRY_KINDS;
export const CASE_ENTRY_KIND_NAMES = Object.keys(CASE_ENTRY_KINDS) as [CaseEntryKind, ...CaseEntryKind[]];

/** A repatriation entry's content. */
export type RepatriationEntry = z.infer<typeof repatriationEntrySchema>;
