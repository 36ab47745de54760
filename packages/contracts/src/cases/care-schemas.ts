import { z } from 'zod';
import { CASE_ENTRY_KIND_NAMES, CASE_ENTRY_KINDS } from './entry-schemas';
import { CASE_SECTIONS, CASE_STAGES } from './vocabulary';

const realDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real date');
const person = z.object({ id: z.string(), displayName: z.string() });

// ---------------------------------------------------------------- case entries

/**
 * Body of `POST /api/cases/:id/entries` and `PUT /api/cases/:id/entries/:entryId`: an entry of
 * one kind, its content validated by that kind's schema (entry-schemas.ts). The server adds the
 * rules a schema cannot know: dates not in the future and in order, known countries and
 * organisations.
 */
export const caseEntryInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assessment'), occurredOn: realDate, data: CASE_ENTRY_KINDS.assessment.schema }),
  z.object({ kind: z.literal('service_plan'), occurredOn: realDate, data: CASE_ENTRY_KINDS.service_plan.schema }),
  z.object({ kind: z.literal('service_delivered'), occurredOn: realDate, data: CASE_ENTRY_KINDS.service_delivered.schema }),
  z.object({ kind: z.literal('repatriation'), occurredOn: realDate, data: CASE_ENTRY_KINDS.repatriation.schema }),
  z.object({ kind: z.literal('family_tracing'), occurredOn: realDate, data: CASE_ENTRY_KINDS.family_tracing.schema }),
  z.object({ kind: z.literal('reintegration_plan'), occurredOn: realDate, data: CASE_ENTRY_KINDS.reintegration_plan.schema }),
]);
export type CaseEntryInput = z.infer<typeof caseEntryInputSchema>;

/** Query of `GET /api/cases/:id/entries`. */
export const caseEntryListQuerySchema = z.object({ kind: z.enum(CASE_ENTRY_KIND_NAMES).optional() });

/** An entry as shown: its kind, section, content, and who recorded it when. */
export const caseEntrySchema = z.intersection(
  caseEntryInputSchema,
  z.object({
    id: z.string(),
    caseId: z.string(),
    section: z.enum(CASE_SECTIONS),
    createdBy: person,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type CaseEntry = z.infer<typeof caseEntrySchema>;

// ---------------------------------------------------------------- shelters and stays

/** Who a shelter takes in, by sex. */
export const SHELTER_ACCEPTS_SEX = ['female', 'male', 'any'] as const;
export type ShelterAcceptsSex = (typeof SHELTER_ACCEPTS_SEX)[number];

/** Whether a shelter takes in people now. */
export const SHELTER_STATUSES = ['open', 'closed'] as const;

/** Largest capacity a shelter may declare (beds). */
export const SHELTER_MAX_CAPACITY = 2_000;

/** Body of `POST /api/shelters`. */
export const shelterInputSchema = z.object({
  name: z.string().trim().min(2).max(200),
  provinceCode: z.string().regex(/^KH-\d{1,2}$/, 'a province code such as KH-18'),
  capacity: z.number().int().min(1).max(SHELTER_MAX_CAPACITY),
  acceptsSex: z.enum(SHELTER_ACCEPTS_SEX),
  acceptsChildren: z.boolean(),
});
export type ShelterInput = z.infer<typeof shelterInputSchema>;

/** Body of `PATCH /api/shelters/:id`: any of the shelter's fields, and whether it is open. */
export const shelterUpdateInputSchema = shelterInputSchema
  .extend({ status: z.enum(SHELTER_STATUSES) })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type ShelterUpdateInput = z.infer<typeof shelterUpdateInputSchema>;

/** Query of `GET /api/shelters`. */
export const shelterListQuerySchema = z.object({
  province: z.string().regex(/^KH-\d{1,2}$/).optional(),
  organisationId: z.string().max(64).optional(),
  /** Only open shelters with a free place. */
  hasSpace: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  includeClosed: z.enum(['true', 'false']).transform((value) => value === 'true').default(false),
});

/** A shelter with its current occupancy (open stays). */
export const shelterSchema = z.object({
  id: z.string(),
  organisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
  name: z.string(),
  provinceCode: z.string(),
  capacity: z.number().int(),
  occupancy: z.number().int(),
  available: z.number().int(),
  acceptsSex: z.enum(SHELTER_ACCEPTS_SEX),
  acceptsChildren: z.boolean(),
  status: z.enum(SHELTER_STATUSES),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type Shelter = z.infer<typeof shelterSchema>;

/** Why a person left a shelter. */
export const SHELTER_LEAVING_REASONS = ['reintegrated', 'moved_to_other_shelter', 'repatriated', 'left_voluntarily', 'transferred_to_care', 'other'] as const;
export type ShelterLeavingReason = (typeof SHELTER_LEAVING_REASONS)[number];

/** Body of `POST /api/cases/:id/shelter-stays`. */
export const shelterStayInputSchema = z.object({ shelterId: z.string().min(1).max(64), admittedOn: realDate });

/** Body of `POST /api/cases/:id/shelter-stays/:stayId/leave`. */
export const leaveShelterInputSchema = z.object({ leftOn: realDate, reason: z.enum(SHELTER_LEAVING_REASONS) });

/** A stay of a case's person in a shelter. */
export const shelterStaySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  shelter: z.object({ id: z.string(), name: z.string(), provinceCode: z.string(), organisationId: z.string() }),
  admittedOn: z.string(),
  leftOn: z.string().nullable(),
  leavingReason: z.enum(SHELTER_LEAVING_REASONS).nullable(),
  createdBy: person,
  createdAt: z.string(),
});
export type ShelterStay = z.infer<typeof shelterStaySchema>;

// ---------------------------------------------------------------- follow-up visits

/** How a follow-up visit was made. */
export const FOLLOW_UP_METHODS = ['home_visit', 'office_visit', 'phone_call', 'video_call', 'community_visit'] as const;

/** What a follow-up visit found. */
export const FOLLOW_UP_OUTCOMES = ['doing_well', 'needs_support', 'at_risk', 'not_reached', 'moved_away'] as const;

/** Body of `POST /api/cases/:id/follow-ups`: an extra visit, beyond the 1-, 3-, 6- and 12-month ones. */
export const addFollowUpInputSchema = z.object({ dueOn: realDate });

/** Body of `POST /api/cases/:id/follow-ups/:followUpId/complete`. */
export const completeFollowUpInputSchema = z.object({
  completedOn: realDate,
  method: z.enum(FOLLOW_UP_METHODS),
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  notes: z.string().trim().max(8000).default(''),
});

/** A follow-up visit, due or done. */
export const followUpSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  dueOn: z.string(),
  completedOn: z.string().nullable(),
  method: z.enum(FOLLOW_UP_METHODS).nullable(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  completedBy: person.nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** One overdue visit in the organisation's list (no identifying field: the case number says which). */
export const overdueFollowUpSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  stage: z.enum(CASE_STAGES),
  dueOn: z.string(),
  daysOverdue: z.number().int(),
  assignedUser: person.nullable(),
  ownerOrganisationId: z.string(),
});
export type OverdueFollowUp = z.infer<typeof overdueFollowUpSchema>;

// ---------------------------------------------------------------- notes and attachments

/** Body of `POST /api/cases/:id/notes`. */
export const caseNoteInputSchema = z.object({ body: z.string().trim().min(1).max(20_000) });

/** A case note with its author. */
export const caseNoteSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  author: person.extend({ organisationId: z.string() }),
  createdAt: z.string(),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;

/** Media types an attachment may have, as its content (not its name) shows. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** Largest attachment accepted: 10 MiB. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** An attachment's description (its content is downloaded separately). */
export const caseAttachmentSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  fileName: z.string(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  sizeBytes: z.number().int(),
  uploadedBy: person,
  createdAt: z.string(),
});
export type CaseAttachment = z.infer<typeof caseAttachmentSchema>;

// ---------------------------------------------------------------- timeline

/** Kinds of thing that happen to a case. */
export const TIMELINE_ITEM_KINDS = [
  'case_opened',
  'stage_moved',
  'consent_given',
  'consent_withdrawn',
  'referral_sent',
  'referral_answered',
  'referral_ended',
  'entry_recorded',
  'shelter_admitted',
  'shelter_left',
  'follow_up_done',
  'note_added',
  'attachment_added',
] as const;
export type TimelineItemKind = (typeof TIMELINE_ITEM_KINDS)[number];

/**
 * One thing that happened to a case: what (kind and a short code the web app translates, never
 * content), when (a date for things dated by people, a timestamp for what the system saw), who
 * recorded it, and the section it belongs to (null: the case itself, seen by all with access).
 */
export const timelineItemSchema = z.object({
  kind: z.enum(TIMELINE_ITEM_KINDS),
  when: z.string(),
  /** When ctip recorded it; null when only its date is known (a visit, a departure, a withdrawal). */
  recordedAt: z.string().nullable(),
  by: person.nullable(),
  label: z.string(),
  section: z.enum(CASE_SECTIONS).nullable(),
  recordId: z.string(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;
