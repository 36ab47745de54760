import { anySignedIn, caseWorkRoles, type AccessEntry } from '../../testing/access-matrix';

const analysts = caseWorkRoles(['analyst']);

/** Access matrix rows of estimation: analysts run and read; everyone signed in sees the published figure. */
export const estimationAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/estimation/sources', expected: analysts, request: async () => ({ url: '/api/estimation/sources?from=2026-01-01&to=2026-12-31' }) },
  { method: 'POST', url: '/api/estimation/estimates', expected: (actor) => (actor === 'analyst' ? 400 : analysts(actor)), request: async (fixture) => ({ url: '/api/estimation/estimates', body: { from: '2026-01-01', to: '2026-11-01', lists: [{ label: 'A', organisationIds: [fixture.ownOrganisationId] }, { label: 'B', organisationIds: [fixture.otherOrganisationId] }] } }) },
  { method: 'GET', url: '/api/estimation/estimates', expected: analysts, request: async () => ({ url: '/api/estimation/estimates' }) },
  { method: 'GET', url: '/api/estimation/estimates/:id', expected: analysts, request: async (fixture) => ({ url: `/api/estimation/estimates/${await fixture.newEstimate()}` }) },
  { method: 'GET', url: '/api/estimation/estimates/:id/table.csv', expected: analysts, request: async (fixture) => ({ url: `/api/estimation/estimates/${await fixture.newEstimate()}/table.csv` }) },
  { method: 'GET', url: '/api/estimation/estimates/:id/published', expected: anySignedIn, request: async (fixture) => ({ url: `/api/estimation/estimates/${await fixture.newEstimate()}/published` }) },
];
