import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** One list of an estimate: a label and the organisations whose case records make it up. */
export const estimationListSchema = z.object({
  label: z.string().trim().min(1).max(40).regex(/^[^:,]+$/, 'no colons or commas'),
  organisationIds: z.array(z.string().min(1).max(64)).min(1).max(200),
});

/** Body of `POST /api/estimation/estimates`. */
export const estimationRequestSchema = z.object({
  from: isoDate,
  to: isoDate,
  lists: z.array(estimationListSchema).min(2, 'at least two lists').max(10, 'at most ten lists'),
  method: z.enum(['stepwise', 'aic', 'bic', 'downhill', 'main']).default('stepwise'),
  threshold: z.number().min(0).max(1).optional(),
  maxOrder: z.number().int().min(1).max(10).optional(),
  bootstrap: z.number().int().min(0).max(5000).default(0),
  seed: z.number().int().min(0).max(4_294_967_295).default(1234),
});
export type EstimationRequest = z.infer<typeof estimationRequestSchema>;

/** Plain-language cautions the interface states beside every estimate, as codes it translates. */
export const ESTIMATION_CAVEATS = [
  'closed_population',
  'linkage_quality',
  'list_dependence_modelled',
  'small_lists',
  'isolated_lists',
  'few_overlaps',
  'close_models_disagree',
  'wide_interval',
  'no_bootstrap',
] as const;

const intervalSchema = z.object({ method: z.enum(['normal-log', 'profile', 'bca']), level: z.number(), lower: z.number().nullable(), upper: z.number().nullable() });

/** An estimate as analysts see it (the whole table, small cells included). */
export const estimateSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  lists: z.array(estimationListSchema),
  method: z.string(),
  observedTotal: z.number(),
  estimate: z.number(),
  hiddenFigure: z.number(),
  headline: z.object({ estimate: z.number(), interval: intervalSchema.nullable() }),
  published: z.object({ lower: z.number(), upper: z.number(), text: z.string() }).nullable(),
  intervals: z.array(intervalSchema),
  model: z.object({ interactions: z.array(z.string()), minusInfinityTerms: z.array(z.string()), generators: z.array(z.string()) }),
  closeModels: z.array(z.object({ interactions: z.array(z.string()), estimate: z.number().nullable(), delta: z.number() })),
  table: z.array(z.object({ pattern: z.array(z.number()), count: z.number() })),
  overlaps: z.array(z.array(z.number())),
  caveats: z.array(z.enum(ESTIMATION_CAVEATS)),
  warnings: z.array(z.string()),
  createdAt: z.string(),
  timings: z.object({ totalMs: z.number() }),
});
export type Estimate = z.infer<typeof estimateSchema>;

/** What anyone signed in may see of an estimate: the rounded range, never small cells. */
export const publishedEstimateSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  listLabels: z.array(z.string()),
  method: z.string(),
  published: z.object({ lower: z.number(), upper: z.number(), text: z.string() }).nullable(),
  /** Overlap counts with every cell below the suppression threshold replaced by null. */
  overlaps: z.array(z.array(z.number().nullable())),
  suppressionThreshold: z.number(),
  caveats: z.array(z.enum(ESTIMATION_CAVEATS)),
});

/** A list an analyst can choose: one organisation, with how many case records it holds in the period. */
export const estimationSourceSchema = z.object({
  organisationId: z.string(),
  nameEn: z.string(),
  nameKm: z.string().nullable(),
  kind: z.string(),
  cases: z.number(),
});
