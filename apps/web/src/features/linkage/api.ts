import { z } from 'zod';
import { pageOf } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

// The linkage routes declare their answers in the server module (not in @ctip/contracts); these
// schemas mirror apps/server/src/modules/linkage/linkage.routes.ts field by field.

/** A linkage run with its progress: `done` of `total` units of the current `phase`. */
export const linkageRunSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  phase: z.string().nullable(),
  done: z.number(),
  total: z.number(),
  persons: z.number(),
  scoredPairs: z.number(),
  candidates: z.number(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
/** One linkage run. */
export type LinkageRun = z.infer<typeof linkageRunSchema>;

/** One level of one comparison of the trained model: m, u and the weight (log2 m/u) it gives. */
export const modelParameterSchema = z.object({
  comparison: z.string(),
  level: z.string(),
  m: z.number().nullable(),
  u: z.number().nullable(),
  weight: z.number(),
  termFrequency: z.boolean(),
});
/** One row of the model table. */
export type ModelParameter = z.infer<typeof modelParameterSchema>;

const linkageModelSchema = z.object({
  version: z.number().nullable(),
  records: z.number().nullable(),
  createdAt: z.string().nullable(),
  parameters: z.array(modelParameterSchema),
});
/** The newest trained model (all null and no parameters before the first run). */
export type LinkageModelSummary = z.infer<typeof linkageModelSchema>;

const reviewRecordSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  names: z.array(z.object({ script: z.string(), kind: z.string(), full: z.string() })),
  sex: z.string(),
  birth: z.object({ precision: z.string(), date: z.string().nullable(), age: z.number().nullable(), ageAt: z.string().nullable() }).nullable(),
  nationalities: z.array(z.string()),
  provinceCode: z.string().nullable(),
  organisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
  cases: z.array(z.object({ caseNumber: z.string(), stage: z.string() })),
});
/** One record of a candidate pair, as a reviewer sees it. */
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

const contributionSchema = z.object({ comparison: z.string(), label: z.string(), weight: z.number(), termFrequencyAdjustment: z.number() });
/** What one comparison added to (or took from) a pair's match weight, in bits. */
export type Contribution = z.infer<typeof contributionSchema>;

const candidateSchema = z.object({
  id: z.string(),
  probability: z.number(),
  weight: z.number(),
  status: z.string(),
  reasons: z.array(contributionSchema),
  left: reviewRecordSchema,
  right: reviewRecordSchema,
});
/** A likely match waiting for (or past) a reviewer's decision. */
export type LinkageCandidate = z.infer<typeof candidateSchema>;

const matchSchema = z.object({
  id: z.string(),
  personA: z.string(),
  personB: z.string(),
  personAName: z.string(),
  personBName: z.string(),
  probability: z.number().nullable(),
  confirmedBy: z.string(),
  confirmedAt: z.string(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
});
/** A confirmed match, possibly undone since. */
export type PersonMatch = z.infer<typeof matchSchema>;

/** Status of the candidates a reviewer lists. */
export type CandidateStatus = 'pending' | 'confirmed' | 'rejected';

/** Filters of the review queue. */
export interface CandidateListQuery {
  page: number;
  pageSize: number;
  status: CandidateStatus;
}

const candidatePageSchema = pageOf(candidateSchema);
const matchPageSchema = pageOf(matchSchema);

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
