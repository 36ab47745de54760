import { importJobSchema, type ImportMapping } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';
import { ApiError, parseProblem } from '../../lib/api-error';

const importPath = (id: string) => `/api/case-imports/${encodeURIComponent(id)}`;

/** Uploads a legacy spreadsheet; answers the job with the columns found and a proposed mapping. @throws ApiError (the file's problems as field errors on `file`) */
export function uploadImport(file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest('POST', '/api/case-imports', { body, schema: importJobSchema });
}

/** An import job as it now stands (poll it while it runs). @throws ApiError not_found */
export function getImport(id: string, signal?: AbortSignal) {
  return apiRequest('GET', importPath(id), { schema: importJobSchema, signal });
}

/** Checks every row with a mapping, writing nothing; runs in the background. @throws ApiError validation_failed (mapping), conflict */
export function startDryRun(id: string, mapping: ImportMapping) {
  return apiRequest('POST', `${importPath(id)}/dry-run`, { body: mapping, schema: importJobSchema });
}

/** Imports every row in one transaction, or none; runs in the background. @throws ApiError conflict (no clean dry run) */
export function startCommit(id: string) {
  return apiRequest('POST', `${importPath(id)}/commit`, { schema: importJobSchema });
}

/** Cancels an import: a dry run stops, a commit rolls back, the file is deleted. @throws ApiError conflict */
export function cancelImport(id: string) {
  return apiRequest('DELETE', importPath(id), { schema: importJobSchema });
}

/** What the de-identified export held, from its response headers. */
export interface ExportSummary {
  fileName: string;
  rows: number;
  suppressed: number;
  withoutConsent: number;
  scope: string;
}

/**
 * Downloads the de-identified export (CSV, HTCDS variables) and answers it as a blob with what it
 * holds. The request goes to ctip itself with the session cookie, like every other.
 * @throws ApiError forbidden, network
 */
export async function downloadDeidentifiedExport(): Promise<{ blob: Blob; summary: ExportSummary }> {
  let response: Response;
  try {
    response = await fetch('/api/case-exports/deidentified?format=csv', { credentials: 'same-origin', cache: 'no-store', redirect: 'error', headers: { accept: 'text/csv, application/problem+json' } });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw parseProblem(response.status, response.headers.get('content-type'), await response.text().catch(() => ''));
  const disposition = response.headers.get('content-disposition') ?? '';
  const number = (name: string) => Number(response.headers.get(name) ?? '0') || 0;
  return {
    blob: await response.blob(),
    summary: {
      fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'ctip-cases-deidentified.csv',
      rows: number('x-ctip-rows'),
      suppressed: number('x-ctip-suppressed'),
      withoutConsent: number('x-ctip-without-consent'),
      scope: response.headers.get('x-ctip-scope') ?? '',
    },
  };
}
