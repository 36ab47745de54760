import { z } from 'zod';
import {
  caseDetailSchema,
  caseSummarySchema,
  consentSchema,
  pageOf,
  referralSchema,
  timelineItemSchema,
  type AgeGroup,
  type CaseStage,
  type consentInputSchema,
  type ExploitationType,
  type moveStageInputSchema,
  type openCaseInputSchema,
  type referralInputSchema,
  type Sex,
  type transferInputSchema,
  type updateCaseInputSchema,
  type withdrawConsentInputSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const casePageSchema = pageOf(caseSummarySchema);
const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** How the case list is sorted (the server's choices). */
export const CASE_SORTS = ['updated_desc', 'opened_desc', 'opened_asc', 'case_number', 'follow_up_due'] as const;
/** One of {@link CASE_SORTS}. */
export type CaseSort = (typeof CASE_SORTS)[number];

/** Filters, sorting and page of the case list. */
export interface CaseListQuery {
  page: number;
  pageSize: number;
  search?: string;
  stage?: CaseStage | null;
  exploitationType?: ExploitationType | null;
  sex?: Sex | null;
  ageGroup?: AgeGroup | null;
  nationality?: string | null;
  province?: string | null;
  overdue?: boolean | null;
  assignedToMe?: boolean | null;
  sort?: CaseSort;
}

/** One page of the cases the user may see. @throws ApiError */
export function listCases(query: CaseListQuery, signal?: AbortSignal) {
  const { overdue, assignedToMe, ...rest } = query;
  return apiRequest('GET', '/api/cases', { query: { ...rest, overdue: overdue ? 'true' : null, assignedToMe: assignedToMe ? 'true' : null }, schema: casePageSchema, signal });
}

/** A case's page (the server audits the opening). @throws ApiError not_found */
export function getCase(id: string, signal?: AbortSignal) {
  return apiRequest('GET', casePath(id), { schema: caseDetailSchema, signal });
}

/** Opens a case from a screening. @throws ApiError validation_failed, conflict */
export function openCase(body: z.input<typeof openCaseInputSchema>) {
  return apiRequest('POST', '/api/cases', { body, schema: caseDetailSchema });
}

/** Changes a case's own fields. @throws ApiError validation_failed */
export function updateCase(id: string, body: z.input<typeof updateCaseInputSchema>) {
  return apiRequest('PATCH', casePath(id), { body, schema: caseDetailSchema });
}

/** Moves a case to another stage, saying why. @throws ApiError validation_failed naming the rule, conflict */
export function moveCaseStage(id: string, body: z.input<typeof moveStageInputSchema>) {
  return apiRequest('POST', `${casePath(id)}/stage`, { body, schema: caseDetailSchema });
}

const restrictionSchema = z.object({ restricted: z.boolean(), users: z.array(z.object({ id: z.string(), displayName: z.string(), organisationId: z.string() })) });

/** Who a restricted case is narrowed to. @throws ApiError */
export function getRestriction(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(id)}/restriction`, { schema: restrictionSchema, signal });
}

/** Narrows a case to named users, or lifts the restriction. @throws ApiError validation_failed */
export function setRestriction(id: string, body: { restricted: boolean; userIds: string[] }) {
  return apiRequest('PUT', `${casePath(id)}/restriction`, { body, schema: caseDetailSchema });
}

/** Everything that happened to a case, in time order. @throws ApiError */
export function getTimeline(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(id)}/timeline`, { schema: z.object({ items: z.array(timelineItemSchema) }), signal });
}

/** The consents of a case. @throws ApiError */
export function listConsents(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(id)}/consents`, { schema: z.object({ items: z.array(consentSchema) }), signal });
}

/** Records a consent. @throws ApiError validation_failed */
export function recordConsent(id: string, body: z.input<typeof consentInputSchema>) {
  return apiRequest('POST', `${casePath(id)}/consents`, { body, schema: z.object({ id: z.string() }) });
}

/** Records a consent's withdrawal; answers how many shares ended with it. @throws ApiError */
export function withdrawConsent(id: string, consentId: string, body: z.input<typeof withdrawConsentInputSchema>) {
  return apiRequest('POST', `${casePath(id)}/consents/${encodeURIComponent(consentId)}/withdraw`, { body, schema: z.object({ grantsRevoked: z.number() }) });
}

/** The referrals and transfers of a case. @throws ApiError */
export function listCaseReferrals(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(id)}/referrals`, { schema: z.object({ items: z.array(referralSchema) }), signal });
}

/** Refers a case to another organisation for a service. @throws ApiError validation_failed (consent), conflict */
export function sendReferral(id: string, body: z.input<typeof referralInputSchema>) {
  return apiRequest('POST', `${casePath(id)}/referrals`, { body, schema: z.object({ id: z.string() }) });
}

/** Asks another organisation to take over a case. @throws ApiError validation_failed (consent), conflict */
export function sendTransfer(id: string, body: z.input<typeof transferInputSchema>) {
  return apiRequest('POST', `${casePath(id)}/transfer`, { body, schema: z.object({ id: z.string() }) });
}

const myWorkSchema = z.object({ openCases: z.array(caseSummarySchema), followUpsDue: z.array(caseSummarySchema), referralsWaiting: z.array(referralSchema) });

/** My open cases, follow-ups due or overdue, referrals waiting for my organisation. @throws ApiError */
export function getMyWork(signal?: AbortSignal) {
  return apiRequest('GET', '/api/my-work', { schema: myWorkSchema, signal });
}
