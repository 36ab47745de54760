import type { z } from 'zod';
import { apiRequest } from '../../lib/api';

/** The requests of one kind of spreadsheet import, on its own routes (`/api/case-imports`, `/api/intake-imports`). */
export interface ImportApi<Job, Mapping, Commit> {
  /** Uploads a spreadsheet; answers the job with the columns found and a proposed mapping. @throws ApiError (the file's problems as field errors on `file`) */
  upload(file: File): Promise<Job>;
  /** A job as it now stands (poll it while it runs). @throws ApiError not_found */
  get(id: string, signal?: AbortSignal): Promise<Job>;
  /** Checks every row with a mapping, writing nothing; runs in the background. @throws ApiError validation_failed (mapping), conflict */
  dryRun(id: string, mapping: Mapping): Promise<Job>;
  /** Imports every row in one transaction, or none; runs in the background. @throws ApiError conflict (no clean dry run), validation_failed (the body) */
  commit(id: string, body?: Commit): Promise<Job>;
  /** Cancels an import: a dry run stops, a commit rolls back, the file is deleted. @throws ApiError conflict */
  cancel(id: string): Promise<Job>;
}

/** The requests of the import whose routes live under `basePath`, its job read with `jobSchema`. */
export function importApiOf<Schema extends z.ZodType, Mapping, Commit = never>(basePath: string, jobSchema: Schema): ImportApi<z.output<Schema>, Mapping, Commit> {
  type Job = z.output<Schema>;
  const jobPath = (id: string) => `${basePath}/${encodeURIComponent(id)}`;
  const request = (method: 'GET' | 'POST' | 'DELETE', path: string, options: { body?: unknown; signal?: AbortSignal } = {}) => apiRequest(method, path, { ...options, schema: jobSchema }) as Promise<Job>;
  return {
    upload(file) {
      const body = new FormData();
      body.append('file', file, file.name);
      return request('POST', basePath, { body });
    },
    get: (id, signal) => request('GET', jobPath(id), { signal }),
    dryRun: (id, mapping) => request('POST', `${jobPath(id)}/dry-run`, { body: mapping }),
    commit: (id, body) => request('POST', `${jobPath(id)}/commit`, { body }),
    cancel: (id) => request('DELETE', jobPath(id)),
  };
}
