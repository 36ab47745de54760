import { z } from 'zod';
import { linkageCandidateSchema, linkageModelSchema, linkageRunSchema, pageOf, personMatchSchema } from '@ctip/contracts';

export type { Contribution, LinkageCandidate, LinkageModelSummary, LinkageRun, ModelParameter, PersonMatch, ReviewRecord } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** Status of the candidates a reviewer lists. */
export type CandidateStatus = 'pending' | 'confirmed' | 'rejected';

/** Filters of the review queue. */
export interface CandidateListQuery {
  page: number;
  pageSize: number;
  status: CandidateStatus;
}

const candidatePageSchema = pageOf(linkageCandidateSchema);
const matchPageSchema = pageOf(personMatchSchema);

/** Starts a run in the background (training a new model, or reusing the newest). @throws ApiError conflict while one runs */
export function startLinkageRun(train: boolean) {
  return apiRequest('POST', '/api/linkage/runs', { body: { train }, schema: z.object({ id: z.string() }) });
}

/** The 20 most recent runs, newest first. @throws ApiError */
export function listLinkageRuns(signal?: AbortSignal) {
  return apiRequest('GET', '/api/linkage/runs', { schema: z.object({ items: z.array(linkageRunSchema) }), signal });
}

/** One run with its progress. @throws ApiError not_found */
export function getLinkageRun(id: string, signal?: AbortSignal) {
  return apiRequest('GET', `/api/linkage/runs/${encodeURIComponent(id)}`, { schema: linkageRunSchema, signal });
}

/** The newest trained model's parameters. @throws ApiError */
export function getLinkageModel(signal?: AbortSignal) {
  return apiRequest('GET', '/api/linkage/model', { schema: linkageModelSchema, signal });
}

/** One page of candidate pairs, strongest first (the server audits the read). @throws ApiError */
export function listCandidates(query: CandidateListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/linkage/candidates', { query: { ...query }, schema: candidatePageSchema, signal });
}

/** Confirms (same person: the records are linked) or rejects a pending pair. @throws ApiError conflict when already decided */
export function decideCandidate(id: string, decision: 'confirm' | 'reject') {
  return apiRequest('POST', `/api/linkage/candidates/${encodeURIComponent(id)}/${decision}`, { schema: z.object({ status: z.string() }) });
}

/** One page of confirmed matches, newest first, undone ones included. @throws ApiError */
export function listMatches(query: { page: number; pageSize: number }, signal?: AbortSignal) {
  return apiRequest('GET', '/api/linkage/matches', { query: { ...query }, schema: matchPageSchema, signal });
}

/** Undoes a confirmed match: both records return to their own clusters. @throws ApiError conflict when already undone */
export function undoMatch(id: string) {
  return apiRequest('POST', `/api/linkage/matches/${encodeURIComponent(id)}/undo`, { schema: z.object({ status: z.string() }) });
}
