import { platformAdministratorsOnly, type AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of record linkage: the platform operator's administrators only. */
export const linkageAccess: AccessEntry[] = [
  {
    method: 'POST',
    url: '/api/linkage/runs',
    expected: platformAdministratorsOnly,
    request: async () => ({ url: '/api/linkage/runs', body: { train: true } }),
    // The run goes on in the background; let it finish so its writes are not blamed on the next call.
    settle: async (fixture) => fixture.waitForLinkageRuns(),
  },
  { method: 'GET', url: '/api/linkage/runs', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/linkage/runs' }) },
  { method: 'GET', url: '/api/linkage/runs/:id', expected: platformAdministratorsOnly, request: async (fixture) => ({ url: `/api/linkage/runs/${(await fixture.newLinkageCandidate()).runId}` }) },
  { method: 'GET', url: '/api/linkage/model', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/linkage/model' }) },
  { method: 'GET', url: '/api/linkage/candidates', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/linkage/candidates' }) },
  { method: 'POST', url: '/api/linkage/candidates/:id/confirm', expected: platformAdministratorsOnly, request: async (fixture) => ({ url: `/api/linkage/candidates/${(await fixture.newLinkageCandidate()).candidateId}/confirm` }) },
  { method: 'POST', url: '/api/linkage/candidates/:id/reject', expected: platformAdministratorsOnly, request: async (fixture) => ({ url: `/api/linkage/candidates/${(await fixture.newLinkageCandidate()).candidateId}/reject` }) },
  { method: 'GET', url: '/api/linkage/matches', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/linkage/matches' }) },
  { method: 'POST', url: '/api/linkage/matches/:id/undo', expected: platformAdministratorsOnly, request: async (fixture) => ({ url: `/api/linkage/matches/${await fixture.newPersonMatch()}/undo` }) },
];
