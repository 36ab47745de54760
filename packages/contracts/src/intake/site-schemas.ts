import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { pageQuerySchema } from '../pagination';
import { OPERATION_KINDS, SITE_KINDS, SITE_PATTERNS, SITE_SOURCE_KINDS, SITE_STATUSES } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().min(1).max(64);
const provinceCode = z.string().regex(/^KH-\d{1,2}$/, 'a province code such as KH-18');
const isoDate = calendarDateSchema;
const webAddress = z.url({ protocol: /^https?$/ }).max(2000);

/** What a status entry rests on: a report, an operation, a document or a press article. */
export const siteSourceInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), reportId: id }),
  z.object({ kind: z.literal('operation'), operationId: id }),
  z.object({ kind: z.literal('document'), title: text(300), publisher: text(200).nullable().default(null), date: isoDate.nullable().default(null), reference: text(200).nullable().default(null) }),
  z.object({ kind: z.literal('press_article'), title: text(300), publisher: text(200), date: isoDate.nullable().default(null), url: webAddress.nullable().default(null) }),
]);
export type SiteSourceInput = z.infer<typeof siteSourceInputSchema>;

/** Body of `POST /api/sites/:id/statuses`: a dated status with its source. */
export const siteStatusInputSchema = z.object({
  status: z.enum(SITE_STATUSES),
  occurredOn: isoDate,
  source: siteSourceInputSchema,
  /** Required to insert an entry dated before the latest one: a historical correction, and why. */
  correctionReason: text(2000).nullable().optional(),
});
export type SiteStatusInput = z.infer<typeof siteStatusInputSchema>;

/** A company that runs or owns a site. */
export const siteOperatorInputSchema = z.object({ name: text(200), registration: text(100).nullable().default(null) });

/** Body of `POST /api/sites`: a place of exploitation and its first status. Sites are places, not people: plain text. */
export const siteInputSchema = z.object({
  kind: z.enum(SITE_KINDS),
  name: text(200),
  aliases: z.array(text(200)).max(20).default([]),
  operators: z.array(siteOperatorInputSchema).max(20).default([]),
  provinceCode,
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  address: text(500).nullable().default(null),
  description: z.string().trim().max(4000).default(''),
  status: siteStatusInputSchema.omit({ correctionReason: true }),
});
export type SiteInput = z.infer<typeof siteInputSchema>;

/** Body of `PATCH /api/sites/:id` (the status history changes only by adding entries). */
export const siteUpdateSchema = z
  .object({
    kind: z.enum(SITE_KINDS),
    name: text(200),
    aliases: z.array(text(200)).max(20),
    operators: z.array(siteOperatorInputSchema).max(20),
    provinceCode,
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    address: text(500).nullable(),
    description: z.string().trim().max(4000),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type SiteUpdate = z.infer<typeof siteUpdateSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Query of `GET /api/sites`. */
export const siteListQuerySchema = pageQuerySchema.extend({
  /** Part of a name or an alias, any case. */
  search: z.string().trim().max(200).optional(),
  kind: z.enum(SITE_KINDS).optional(),
  status: z.enum(SITE_STATUSES).optional(),
  province: provinceCode.optional(),
  pattern: z.enum(SITE_PATTERNS).optional(),
  published: booleanQuery.optional(),
  sort: z.enum(['name', 'updated_desc', 'status_date_desc']).default('updated_desc'),
});
export type SiteListQuery = z.infer<typeof siteListQuerySchema>;

/** Query of `GET /api/sites/patterns`. */
export const sitePatternsQuerySchema = z.object({
  pattern: z.enum(SITE_PATTERNS).optional(),
  /** Overrides the "many reports" threshold for this query. */
  minReports: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** Where a status entry comes from, as shown to those who see sites. */
export const siteSourceSchema = z.object({
  kind: z.enum(SITE_SOURCE_KINDS),
  /** The report (its reference only when the caller may see it). */
  report: z.object({ id: z.string(), reference: z.string().nullable() }).nullable(),
  operation: z.object({ id: z.string(), kind: z.enum(OPERATION_KINDS), occurredOn: z.string() }).nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  reference: z.string().nullable(),
});

/** One dated entry of a site's status history. */
export const siteStatusEntrySchema = z.object({
  id: z.string(),
  status: z.enum(SITE_STATUSES),
  occurredOn: z.string(),
  source: siteSourceSchema,
  isCorrection: z.boolean(),
  correctionReason: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  recordedAt: z.string(),
});

/** A pattern found on a site, with the facts behind it. */
export const sitePatternFindingSchema = z.object({
  pattern: z.enum(SITE_PATTERNS),
  since: z.string().nullable(),
  seenOn: z.string().nullable(),
  days: z.number().int().nullable(),
  reports: z.number().int().nullable(),
});

/** A site in lists. `reportCount` counts reports of every organisation (a number, never their content). */
export const siteSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  provinceCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  currentStatus: z.enum(SITE_STATUSES),
  currentStatusOn: z.string(),
  firstRecordedOn: z.string(),
  reportCount: z.number().int(),
  operationCount: z.number().int(),
  patterns: z.array(z.enum(SITE_PATTERNS)),
  isPublished: z.boolean(),
  updatedAt: z.string(),
});
export type SiteSummary = z.infer<typeof siteSummarySchema>;

/** A site's page. */
export const siteDetailSchema = siteSummarySchema.extend({
  operators: z.array(z.object({ name: z.string(), registration: z.string().nullable() })),
  address: z.string().nullable(),
  description: z.string(),
  statusHistory: z.array(siteStatusEntrySchema),
  patternFindings: z.array(sitePatternFindingSchema),
  /** Operations at the site the caller may see; `operationCount` counts them all. */
  operations: z.array(z.object({ id: z.string(), kind: z.enum(OPERATION_KINDS), occurredOn: z.string() })),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByOrganisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
});
export type SiteDetail = z.infer<typeof siteDetailSchema>;

/** Answer of `GET /api/sites/patterns`: every site showing a pattern, with its findings. */
export const sitePatternsSchema = z.object({
  manyReportsThreshold: z.number().int(),
  items: z.array(z.object({ site: siteSummarySchema, findings: z.array(sitePatternFindingSchema) })),
});
