import { z } from 'zod';
import { importJobSchemaOf, importMappingSchemaOf, importProblemSchemaOf } from '../cases/exchange-schemas';
import { reportContactInputSchema } from './report-schemas';
import { REPORT_URGENCIES } from './vocabulary';

/**
 * Bulk intake: an embassy's (or an organisation's) spreadsheet of nationals believed held, imported
 * as ONE intake report (channel `embassy_request`) with a person per row, through the same upload,
 * mapping, dry run and progress as the import of case registers (exchange-schemas.ts).
 */

/** The fields a column of an embassy's list can be mapped to. */
export const EMBASSY_LIST_FIELDS = [
  'full_name',
  'khmer_name',
  'latin_name',
  'family_name',
  'given_name',
  'alias',
  'sex',
  'birth_date',
  'age',
  'nationality',
  'passport',
  'phone',
  'telegram',
  'whatsapp',
  'facebook',
  'last_known_location',
  'site_name',
  'notes',
] as const;
export type EmbassyListField = (typeof EMBASSY_LIST_FIELDS)[number];

/** Fields several columns may feed ("Phone 1", "Phone 2"); every other field takes one column at most. */
export const REPEATABLE_EMBASSY_LIST_FIELDS: readonly EmbassyListField[] = ['alias', 'phone', 'telegram', 'whatsapp', 'facebook', 'notes'];

/** Fields that name a person: a list needs at least one of them mapped. */
export const EMBASSY_LIST_NAME_FIELDS: readonly EmbassyListField[] = ['full_name', 'khmer_name', 'latin_name', 'family_name', 'given_name'];

/** Body of `POST /api/intake-imports/:id/dry-run`. */
export const embassyListMappingSchema = importMappingSchemaOf(EMBASSY_LIST_FIELDS);
export type EmbassyListMapping = z.infer<typeof embassyListMappingSchema>;

/** A problem with one row of an embassy's list. */
export const embassyListProblemSchema = importProblemSchemaOf(EMBASSY_LIST_FIELDS);
export type EmbassyListProblem = z.infer<typeof embassyListProblemSchema>;

/** What the commit of a list wrote: one report, with this many people. */
export const embassyListResultSchema = z.object({ reportId: z.string(), reference: z.string(), people: z.number().int() });

/** An embassy-list import job, as the web app polls it. */
export const embassyListImportJobSchema = importJobSchemaOf(EMBASSY_LIST_FIELDS, embassyListResultSchema);
export type EmbassyListImportJob = z.infer<typeof embassyListImportJobSchema>;

/**
 * Body of `POST /api/intake-imports/:id/commit`: what the list says as a whole, given once rather
 * than per row — who sent it, how to reach them, how urgent it is, the site it concerns (when
 * known) and the request's words. The report's reporter name and contact and its narrative are
 * encrypted like any report's.
 */
export const embassyListRequestSchema = z.object({
  /** The embassy or organisation that sent the list. */
  reporterName: z.string().trim().min(1).max(200),
  reporterContact: reportContactInputSchema.nullable().default(null),
  urgency: z.enum(REPORT_URGENCIES).default('high'),
  siteId: z.string().min(1).max(64).nullable().default(null),
  narrative: z.string().trim().max(8000).default(''),
});
export type EmbassyListRequest = z.infer<typeof embassyListRequestSchema>;
