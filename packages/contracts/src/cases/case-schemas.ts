import { z } from 'zod';
import { pageQuerySchema } from '../pagination';
import { MOSVY_STAGES } from './stage-rules';
import {
  AGE_GROUPS,
  CASE_SECTIONS,
  CASE_STAGES,
  CLOSURE_REASONS,
  EXPLOITATION_SECTORS,
  EXPLOITATION_TYPES,
  RECRUITMENT_METHODS,
  SEXES,
  VICTIM_RIGHT_CODES,
} from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const longText = z.string().trim().max(8000);

/** Body of `POST /api/cases`: a case opens from a screening. */
export const openCaseInputSchema = z.object({
  screeningId: z.string().min(1).max(64),
  openedOn: isoDate,
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)).max(EXPLOITATION_TYPES.length).default([]),
  sectors: z.array(z.enum(EXPLOITATION_SECTORS)).max(EXPLOITATION_SECTORS.length).default([]),
  assignedUserId: z.string().max(64).nullable().optional(),
});

/** One leg of a route: where, in which role, when. */
export const routeLegSchema = z.object({
  role: z.enum(['origin', 'transit', 'destination']),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  provinceCode: z.string().regex(/^KH-\d{1,2}$/).nullable().default(null),
  place: z.string().trim().max(200).nullable().default(null),
  arrivedOn: isoDate.nullable().default(null),
  leftOn: isoDate.nullable().default(null),
});
export type RouteLeg = z.infer<typeof routeLegSchema>;

/** How the person was recruited, and what was promised. */
export const recruitmentSchema = z.object({
  method: z.enum(RECRUITMENT_METHODS),
  promise: z.string().trim().max(2000).default(''),
  promisedMonthlySalaryUsd: z.number().min(0).max(1_000_000).nullable().default(null),
  debtUsd: z.number().min(0).max(10_000_000).nullable().default(null),
  documentsTaken: z.boolean().default(false),
  recruitedOn: isoDate.nullable().default(null),
});
export type Recruitment = z.infer<typeof recruitmentSchema>;

/** Body of `PATCH /api/cases/:id`: any of the case's own fields. */
export const updateCaseInputSchema = z
  .object({
    exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)).max(EXPLOITATION_TYPES.length),
    sectors: z.array(z.enum(EXPLOITATION_SECTORS)).max(EXPLOITATION_SECTORS.length),
    recruitment: recruitmentSchema.nullable(),
    routeLegs: z.array(routeLegSchema).max(20),
    identification: z.object({ status: z.enum(['presumptive', 'formal']), authority: z.string().trim().max(200).nullable().default(null), date: isoDate.nullable().default(null) }),
    nonPunishment: z.boolean(),
    guardian: z.object({ name: z.string().trim().min(1).max(200), relationship: z.string().trim().max(100), contact: z.string().trim().max(200).default('') }).nullable(),
    bestInterest: z.object({ decidedOn: isoDate, decidedBy: z.string().trim().min(1).max(200), summary: longText.default('') }).nullable(),
    victimRights: z.record(z.enum(VICTIM_RIGHT_CODES), z.boolean()),
    externalIds: z.object({ mosvyCaseNumber: z.string().trim().max(60).nullable(), primeroId: z.string().trim().max(60).nullable(), oscarId: z.string().trim().max(60).nullable() }).partial(),
    assignedUserId: z.string().max(64).nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type UpdateCaseInput = z.infer<typeof updateCaseInputSchema>;

/** Body of `POST /api/cases/:id/stage`. */
export const moveStageInputSchema = z.object({
  to: z.enum(CASE_STAGES),
  reason: z.string().trim().min(3).max(2000),
  closureReason: z.enum(CLOSURE_REASONS).nullable().optional(),
});

/** Query of `GET /api/cases`. */
export const caseListQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(200).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  exploitationType: z.enum(EXPLOITATION_TYPES).optional(),
  sex: z.enum(SEXES).optional(),
  ageGroup: z.enum(AGE_GROUPS).optional(),
  nationality: z.string().regex(/^[A-Z]{2}$/).optional(),
  province: z.string().regex(/^KH-\d{1,2}$/).optional(),
  overdue: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  assignedToMe: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  sort: z.enum(['opened_desc', 'opened_asc', 'updated_desc', 'case_number', 'follow_up_due']).default('updated_desc'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** A case in lists. */
export const caseSummarySchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  stage: z.enum(CASE_STAGES),
  mosvyStage: z.enum(MOSVY_STAGES),
  personId: z.string(),
  displayName: z.string(),
  sex: z.enum(SEXES),
  ageGroup: z.enum(AGE_GROUPS),
  isChild: z.boolean(),
  nationality: z.string().nullable(),
  provinceCode: z.string().nullable(),
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)),
  openedOn: z.string(),
  updatedAt: z.string(),
  nextFollowUpDue: z.string().nullable(),
  followUpOverdue: z.boolean(),
  /** Opened without a screening (by a raid or an import): one is still to be done. */
  screeningPending: z.boolean(),
  restricted: z.boolean(),
  access: z.enum(['owner', 'granted']),
  ownerOrganisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
  isDemo: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** One move in a case's stage history. */
export const stageMoveSchema = z.object({
  id: z.string(),
  from: z.enum(CASE_STAGES).nullable(),
  to: z.enum(CASE_STAGES),
  reason: z.string(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  movedAt: z.string(),
  movedBy: z.object({ id: z.string(), displayName: z.string() }),
  backward: z.boolean(),
});

/** A case as its page shows it; sections the caller may not see are null. */
export const caseDetailSchema = caseSummarySchema.extend({
  /** Null while screening is pending. */
  screeningId: z.string().nullable(),
  closedOn: z.string().nullable(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  assignedUser: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  visibleSections: z.array(z.enum(CASE_SECTIONS)),
  identification: z.object({ status: z.enum(['presumptive', 'formal']), authority: z.string().nullable(), date: z.string().nullable() }),
  nonPunishment: z.boolean(),
  externalIds: z.object({ mosvyCaseNumber: z.string().nullable(), primeroId: z.string().nullable(), oscarId: z.string().nullable() }),
  exploitation: z.object({ types: z.array(z.enum(EXPLOITATION_TYPES)), sectors: z.array(z.enum(EXPLOITATION_SECTORS)), recruitment: recruitmentSchema.nullable(), routeLegs: z.array(routeLegSchema) }).nullable(),
  guardian: z.object({ name: z.string(), relationship: z.string(), contact: z.string() }).nullable(),
  bestInterest: z.object({ decidedOn: z.string(), decidedBy: z.string(), summary: z.string() }).nullable(),
  victimRights: z.record(z.string(), z.boolean()),
  stageHistory: z.array(stageMoveSchema),
  allowedActions: z.array(z.string()),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
