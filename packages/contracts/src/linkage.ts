import { z } from 'zod';

// The answers of the record-linkage routes, shared by the server (which validates what it sends)
// and the web app (which validates what it receives).

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

export const linkageModelSchema = z.object({
  version: z.number().nullable(),
  records: z.number().nullable(),
  createdAt: z.string().nullable(),
  parameters: z.array(modelParameterSchema),
});
/** The newest trained model (all null and no parameters before the first run). */
export type LinkageModelSummary = z.infer<typeof linkageModelSchema>;

export const reviewRecordSchema = z.object({
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

export const contributionSchema = z.object({ comparison: z.string(), label: z.string(), weight: z.number(), termFrequencyAdjustment: z.number() });
/** What one comparison added to (or took from) a pair's match weight, in bits. */
export type Contribution = z.infer<typeof contributionSchema>;

export const linkageCandidateSchema = z.object({
  id: z.string(),
  probability: z.number(),
  weight: z.number(),
  status: z.string(),
  reasons: z.array(contributionSchema),
  left: reviewRecordSchema,
  right: reviewRecordSchema,
});
/** A likely match waiting for (or past) a reviewer's decision. */
export type LinkageCandidate = z.infer<typeof linkageCandidateSchema>;

export const personMatchSchema = z.object({
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
export type PersonMatch = z.infer<typeof personMatchSchema>;
