import { importJobSchema, type ImportMapping } from '@ctip/contracts';
import { ApiError, parseProblem } from '../../lib/api-error';
import { importApiOf } from './import-api';

/** The import of legacy case spreadsheets (`/api/case-imports`): its commit takes no body. */
export const caseImportApi = importApiOf<typeof importJobSchema, ImportMapping>('/api/case-imports', importJobSchema);

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
