import type { ImportMapping } from '@ctip/contracts';
import type { ImportKindSpec } from '../import/import-kind';
import type { MappedRow } from '../import/map-import-row';
import { CASE_VOCABULARY } from '../import/propose-mapping';
import { checkImportMapping, validateImportRows } from './validate-import-rows';

/**
 * Legacy case registers: each row becomes a person and a screening-pending case
 * (commitImportRows). The mapping reaching here passed `importMappingSchema`, so its fields are
 * the case fields.
 */
export const caseImportKind: ImportKindSpec<MappedRow> = {
  kind: 'case',
  vocabulary: CASE_VOCABULARY,
  checkMapping: checkImportMapping,
  validateRows: (services, rows, mapping, progress) => validateImportRows(services, rows, mapping as ImportMapping, progress),
};
