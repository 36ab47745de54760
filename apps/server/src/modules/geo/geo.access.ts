import { anySignedIn, caseWorkRoles, type AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of the map: boundaries for everyone signed in, the map for the roles that see sites. */
export const geoAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/geo/boundaries', expected: anySignedIn, request: async () => ({ url: '/api/geo/boundaries' }) },
  { method: 'GET', url: '/api/geo/map', expected: caseWorkRoles(['hotline_operator', 'investigator', 'case_worker', 'administrator', 'platform_administrator']), request: async () => ({ url: '/api/geo/map?kind=scam_compound&from=2026-01-01' }) },
];
