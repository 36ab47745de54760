import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { pageQuerySchema } from '../pagination';
import { AGE_GROUPS, CONTACT_KINDS, NAME_SCRIPTS, SEXES } from '../cases/vocabulary';
import { ALLEGATION_TYPES, DUPLICATE_REASONS, OPERATION_KINDS, REPORT_CHANNELS, REPORT_CLOSURE_REASONS, REPORT_LINK_REASONS, REPORT_STATUSES, REPORT_URGENCIES, REPORTER_RELATIONSHIPS, SITE_KINDS } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const provinceCode = z.string().regex(/^KH-\d{1,2}$/, 'a province code such as KH-18');
const id = z.string().min(1).max(64);
/** A moment, as an ISO-8601 timestamp with its offset (stored in UTC). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A way to reach someone (encrypted at rest; indexed for duplicate detection). */
export const reportContactInputSchema = z.object({ kind: z.enum(CONTACT_KINDS), value: text(200) });

/** One name of a person a report concerns, in any script. */
export const reportNameInputSchema = z.object({ script: z.enum(NAME_SCRIPTS), full: text(200) });

/** A date known to the year, the month or the day: 1998, 1998-03, 1998-03-14. */
const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * What lists such as an embassy's give about a person besides names and contacts: the date of
 * birth, the passport, where they were last known to be, notes. Encrypted at rest, the passport
 * number also blind-indexed so that a search or the duplicate check finds it.
 */
export const reportPersonDetailsSchema = z.object({
  birthDate: partialDate.nullable().default(null),
  passport: text(60).nullable().default(null),
  lastKnownLocation: text(500).nullable().default(null),
  siteName: text(200).nullable().default(null),
  notes: text(4000).nullable().default(null),
});
export type ReportPersonDetails = z.infer<typeof reportPersonDetailsSchema>;

/** A person a report concerns: often only a name, a nationality and an age — or nothing but a count. */
export const reportPersonInputSchema = z.object({
  names: z.array(reportNameInputSchema).max(6).default([]),
  nationality: countryCode.nullable().default(null),
  age: z.number().int().min(0).max(120).nullable().default(null),
  sex: z.enum(SEXES).default('unknown'),
  contacts: z.array(reportContactInputSchema).max(6).default([]),
  details: reportPersonDetailsSchema.nullable().default(null),
});
export type ReportPersonInput = z.infer<typeof reportPersonInputSchema>;

/** Who reported: identity and contact are encrypted; anonymous reports carry neither. */
export const reporterInputSchema = z.object({
  anonymous: z.boolean().default(false),
  name: text(200).nullable().default(null),
  contact: reportContactInputSchema.nullable().default(null),
  relationship: z.enum(REPORTER_RELATIONSHIPS).nullable().default(null),
  /** The reporter asked not to be called back: the contact is then shown only to the recording organisation and never used. */
  doNotCallBack: z.boolean().default(false),
});
export type ReporterInput = z.infer<typeof reporterInputSchema>;

/** What is alleged: the narrative (encrypted) and its type codes. */
export const allegationInputSchema = z.object({
  narrative: z.string().trim().max(8000).default(''),
  types: z.array(z.enum(ALLEGATION_TYPES)).max(ALLEGATION_TYPES.length).default([]),
});

/** Body of `POST /api/reports`: a call, message, letter or request, as it is taken. */
export const reportInputSchema = z.object({
  channel: z.enum(REPORT_CHANNELS),
  /** When the report was received; defaults to now. Never in the future. */
  receivedAt: timestampSchema.optional(),
  reporter: reporterInputSchema.default({ anonymous: false, name: null, contact: null, relationship: null, doNotCallBack: false }),
  people: z.array(reportPersonInputSchema).max(100).default([]),
  /** How many people the report concerns; at least as many as listed (null: as many as listed). */
  peopleCount: z.number().int().min(0).max(100_000).nullable().default(null),
  siteId: id.nullable().default(null),
  /** The province; taken from the site when a site is given. */
  provinceCode: provinceCode.nullable().default(null),
  /** The place in words (encrypted: it can point at a family). */
  placeDetail: text(500).nullable().default(null),
  allegation: allegationInputSchema.default({ narrative: '', types: [] }),
  urgency: z.enum(REPORT_URGENCIES).default('normal'),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/** Body of `PATCH /api/reports/:id`: any of the report's fields (lists are replaced whole). */
export const reportUpdateSchema = z
  .object({
    channel: z.enum(REPORT_CHANNELS),
    receivedAt: timestampSchema,
    reporter: reporterInputSchema,
    people: z.array(reportPersonInputSchema).max(100),
    peopleCount: z.number().int().min(0).max(100_000).nullable(),
    siteId: id.nullable(),
    provinceCode: provinceCode.nullable(),
    placeDetail: text(500).nullable(),
    allegation: allegationInputSchema,
    urgency: z.enum(REPORT_URGENCIES),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type ReportUpdate = z.infer<typeof reportUpdateSchema>;

/** Body of `POST /api/reports/:id/status`: a triage move, saying why. */
export const reportMoveInputSchema = z.object({
  to: z.enum(REPORT_STATUSES),
  reason: z.string().trim().min(3).max(2000),
  closureReason: z.enum(REPORT_CLOSURE_REASONS).nullable().optional(),
  /** For "assigned": a user of the report's organisation … */
  assignedUserId: id.nullable().optional(),
  /** … or an organisation (which is then given access to the report). */
  assignedOrganisationId: id.nullable().optional(),
});
export type ReportMoveInput = z.infer<typeof reportMoveInputSchema>;

/** Body of `POST /api/reports/:id/links`. */
export const reportLinkInputSchema = z.object({ reportId: id, reason: z.enum(REPORT_LINK_REASONS) });

/** Body of `POST /api/reports/:id/referrals`: the organisation gains access to the report. */
export const reportReferralInputSchema = z.object({ toOrganisationId: id, note: z.string().trim().max(2000).default('') });

/** Body of `POST /api/reports/duplicates`: whatever has been typed so far. */
export const reportDuplicateCheckSchema = z.object({
  siteId: id.nullable().optional(),
  reporterContact: z.object({ kind: z.enum(CONTACT_KINDS).optional(), value: text(200) }).nullable().optional(),
  people: z.array(z.object({ names: z.array(z.object({ full: text(200) })).max(6).default([]), contacts: z.array(z.object({ kind: z.enum(CONTACT_KINDS).optional(), value: text(200) })).max(6).default([]) })).max(20).optional(),
  provinceCode: provinceCode.nullable().optional(),
  receivedAt: timestampSchema.optional(),
  /** The report being edited, left out of its own suggestions. */
  excludeReportId: id.optional(),
});
export type ReportDuplicateCheck = z.infer<typeof reportDuplicateCheckSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Query of `GET /api/reports`. */
export const reportListQuerySchema = pageQuerySchema.extend({
  /** A name (any script) of a person concerned, or a contact, matched exactly through blind indexes. */
  search: z.string().trim().max(200).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  urgency: z.enum(REPORT_URGENCIES).optional(),
  channel: z.enum(REPORT_CHANNELS).optional(),
  siteId: id.optional(),
  province: provinceCode.optional(),
  receivedFrom: calendarDateSchema.optional(),
  receivedTo: calendarDateSchema.optional(),
  assignedToMe: booleanQuery.optional(),
  sort: z.enum(['received_desc', 'received_asc', 'due']).default('received_desc'),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

/** Query of `GET /api/reports/queue`: open reports by time left; `overdue` only those past due, `mine` those assigned to the caller. */
export const reportQueueQuerySchema = pageQuerySchema.extend({
  view: z.enum(['all', 'overdue', 'mine']).default('all'),
  urgency: z.enum(REPORT_URGENCIES).optional(),
});
export type ReportQueueQuery = z.infer<typeof reportQueueQuerySchema>;

const organisationRef = z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() });
const userRef = z.object({ id: z.string(), displayName: z.string() });

/** A report in lists and the queue: nothing identifying (no reporter, no names, no narrative). */
export const reportSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  channel: z.enum(REPORT_CHANNELS),
  receivedAt: z.string(),
  urgency: z.enum(REPORT_URGENCIES),
  status: z.enum(REPORT_STATUSES),
  closureReason: z.enum(REPORT_CLOSURE_REASONS).nullable(),
  dueAt: z.string(),
  /** Minutes until the response is due (negative: overdue); null once actioned or closed. */
  minutesLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  site: z.object({ id: z.string(), name: z.string(), kind: z.enum(SITE_KINDS) }).nullable(),
  provinceCode: z.string().nullable(),
  peopleCount: z.number().int().nullable(),
  nationalities: z.array(z.string()),
  allegationTypes: z.array(z.enum(ALLEGATION_TYPES)),
  assignedUser: userRef.nullable(),
  assignedOrganisation: organisationRef.nullable(),
  ownerOrganisation: organisationRef,
  access: z.enum(['owner', 'referred']),
  isDemo: z.boolean(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** A report as its readers see it. */
export const reportDetailSchema = reportSummarySchema.extend({
  reporter: z.object({
    anonymous: z.boolean(),
    name: z.string().nullable(),
    contact: z.object({ kind: z.enum(CONTACT_KINDS), value: z.string() }).nullable(),
    /** True when a contact exists but is not shown: the reporter asked not to be called back and the caller is not the recording organisation. */
    contactWithheld: z.boolean(),
    relationship: z.enum(REPORTER_RELATIONSHIPS).nullable(),
    doNotCallBack: z.boolean(),
  }),
  people: z.array(
    z.object({
      id: z.string(),
      names: z.array(z.object({ script: z.enum(NAME_SCRIPTS), full: z.string() })),
      nationality: z.string().nullable(),
      age: z.number().int().nullable(),
      ageGroup: z.enum(AGE_GROUPS),
      sex: z.enum(SEXES),
      contacts: z.array(z.object({ kind: z.enum(CONTACT_KINDS), value: z.string() })),
      details: z.object({ birthDate: z.string().nullable(), passport: z.string().nullable(), lastKnownLocation: z.string().nullable(), siteName: z.string().nullable(), notes: z.string().nullable() }).nullable(),
    }),
  ),
  placeDetail: z.string().nullable(),
  allegation: z.object({ narrative: z.string(), types: z.array(z.enum(ALLEGATION_TYPES)) }),
  recordedBy: userRef,
  statusHistory: z.array(
    z.object({
      id: z.string(),
      from: z.enum(REPORT_STATUSES).nullable(),
      to: z.enum(REPORT_STATUSES),
      backward: z.boolean(),
      reason: z.string(),
      closureReason: z.enum(REPORT_CLOSURE_REASONS).nullable(),
      assignedUser: userRef.nullable(),
      assignedOrganisation: organisationRef.nullable(),
      by: userRef,
      at: z.string(),
    }),
  ),
  /** Links to reports the caller may see (links are symmetric); `hiddenLinks` counts the others. */
  links: z.array(z.object({ reportId: z.string(), reference: z.string(), reason: z.enum(REPORT_LINK_REASONS), linkedAt: z.string(), linkedBy: userRef })),
  hiddenLinks: z.number().int(),
  /** Organisations given access: by referral, or by assignment. */
  sharedWith: z.array(z.object({ organisation: organisationRef, kind: z.enum(['referral', 'assignment']), note: z.string().nullable(), at: z.string(), by: userRef })),
  operations: z.array(z.object({ id: z.string(), kind: z.enum(OPERATION_KINDS), occurredOn: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

/** A possible duplicate, with why it was suggested. */
export const reportCandidateSchema = z.object({
  reportId: z.string(),
  reference: z.string(),
  receivedAt: z.string(),
  channel: z.enum(REPORT_CHANNELS),
  urgency: z.enum(REPORT_URGENCIES),
  status: z.enum(REPORT_STATUSES),
  site: z.object({ id: z.string(), name: z.string(), kind: z.enum(SITE_KINDS) }).nullable(),
  provinceCode: z.string().nullable(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  score: z.number(),
});
export type ReportCandidate = z.infer<typeof reportCandidateSchema>;

/** Answer of the duplicate check: reports the caller may see, and how many others match elsewhere. */
export const reportCandidatesSchema = z.object({ candidates: z.array(reportCandidateSchema), elsewhere: z.number().int() });
