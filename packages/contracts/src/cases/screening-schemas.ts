import { z } from 'zod';
import { EXPLOITATION_PURPOSES, FORCED_LABOUR_INDICATORS, SCREENING_OUTCOMES, TRAFFICKING_ACTS, TRAFFICKING_MEANS } from './vocabulary';

const evidence = z.string().trim().max(4000).default('');
const found = <T extends readonly [string, ...string[]]>(codes: T) => z.array(z.object({ code: z.enum(codes), evidence })).max(codes.length);

/** Body of `POST /api/persons/:id/screenings`: each element found, with its evidence. */
export const screeningInputSchema = z.object({
  screenedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  actDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM or YYYY-MM-DD').nullable().default(null),
  ageAtAct: z.number().int().min(0).max(120).nullable().default(null),
  acts: found(TRAFFICKING_ACTS).default([]),
  means: found(TRAFFICKING_MEANS).default([]),
  purposes: found(EXPLOITATION_PURPOSES).default([]),
  indicators: found(FORCED_LABOUR_INDICATORS).default([]),
  forcedCriminality: z.boolean().default(false),
  summary: z.string().trim().max(8000).default(''),
});
export type ScreeningInput = z.infer<typeof screeningInputSchema>;

/** A screening as shown. */
export const screeningSchema = z.object({
  id: z.string(),
  personId: z.string(),
  organisationId: z.string(),
  screenedBy: z.string(),
  screenedOn: z.string(),
  actDate: z.string().nullable(),
  ageAtAct: z.number().nullable(),
  acts: z.array(z.object({ code: z.string(), evidence: z.string() })),
  means: z.array(z.object({ code: z.string(), evidence: z.string() })),
  purposes: z.array(z.object({ code: z.string(), evidence: z.string() })),
  indicators: z.array(z.object({ code: z.string(), evidence: z.string() })),
  forcedCriminality: z.boolean(),
  summary: z.string(),
  outcome: z.enum(SCREENING_OUTCOMES),
  isChild: z.boolean(),
  reasons: z.array(z.string()),
  caseId: z.string().nullable(),
  createdAt: z.string(),
});
export type Screening = z.infer<typeof screeningSchema>;
