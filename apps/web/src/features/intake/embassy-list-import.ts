import { EMBASSY_LIST_NAME_FIELDS, embassyListImportJobSchema, REPEATABLE_EMBASSY_LIST_FIELDS, type EmbassyListImportJob, type EmbassyListMapping, type embassyListRequestSchema } from '@ctip/contracts';
import type { z } from 'zod';
import type { ImportClient } from '../case-exchange/hooks/use-import-job';
import { importApiOf } from '../case-exchange/import-api';
import type { MappingRules } from '../case-exchange/import-mapping';
import { invalidateReportLists } from './hooks/use-reports';

/** What an embassy's list says as a whole, sent with its commit. */
export type EmbassyListRequestBody = z.input<typeof embassyListRequestSchema>;

/**
 * Bulk intake (`/api/intake-imports`): an embassy's list of its nationals becomes one report,
 * through the same steps as the import of case registers. A commit adds a report to the queue.
 */
export const embassyListImportClient: ImportClient<EmbassyListImportJob, EmbassyListMapping, EmbassyListRequestBody> = {
  api: importApiOf<typeof embassyListImportJobSchema, EmbassyListMapping, EmbassyListRequestBody>('/api/intake-imports', embassyListImportJobSchema),
  cacheKey: 'intake-imports',
  onCommitted: (queryClient) => void invalidateReportLists(queryClient),
};

/** The server's rules for the mapping of a list: a name column; no other field is required. */
export const EMBASSY_LIST_MAPPING_RULES: MappingRules = { repeatable: REPEATABLE_EMBASSY_LIST_FIELDS, nameFields: EMBASSY_LIST_NAME_FIELDS, required: [] };
