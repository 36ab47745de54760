import type { AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of the system module. */
export const systemAccess: AccessEntry[] = [
  { method: 'GET', url: '/healthz', expected: () => 'ok', request: async () => ({ url: '/healthz' }) },
  { method: 'GET', url: '/readyz', expected: () => 'ok', request: async () => ({ url: '/readyz' }) },
  { method: 'GET', url: '/api/openapi.json', expected: () => 'ok', request: async () => ({ url: '/api/openapi.json' }) },
];
