import type { ImportJob, ImportMapping } from '@ctip/contracts';
import { caseImportApi } from '../api';
import type { ImportClient } from './use-import-job';

/** The import of legacy case registers: a commit adds cases to every case list. */
export const caseImportClient: ImportClient<ImportJob, ImportMapping, never> = {
  api: caseImportApi,
  cacheKey: 'case-imports',
  onCommitted: (queryClient) => void queryClient.invalidateQueries({ queryKey: ['cases'] }),
};
