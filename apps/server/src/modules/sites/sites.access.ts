import { systemAuditContext } from '../../audit/audit-events';
import { caseWorkRoles, type AccessEntry, type ActorKind, type Expected } from '../../testing/access-matrix';
import { intakeFixturesOf } from '../intake/intake.access';
import { findSite } from './use-cases/load-site';
import { setSitePublication } from './use-cases/publish-site';

/** Sites are read platform-wide by these roles (administrators to publish them), and written by hotline operators and investigators. */
const SITE_READERS: ActorKind[] = ['hotline_operator', 'investigator', 'case_worker', 'administrator', 'platform_administrator'];
const SITE_WRITERS: ActorKind[] = ['hotline_operator', 'investigator'];

/** Publishing: administrators of the organisation that runs the platform only. */
const publisher = (actor: ActorKind): Expected => (actor === 'anonymous' ? 401 : actor === 'platform_administrator' ? 'ok' : 403);

const raided = { status: { status: 'raided', occurredOn: '2026-10-01', source: { kind: 'press_article', title: 'Police raid compound', publisher: 'VOD' } } };

/** Access matrix rows of the site registry. */
export const sitesAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/sites', expected: caseWorkRoles(SITE_READERS), request: async () => ({ url: '/api/sites?search=compound' }) },
  {
    method: 'POST',
    url: '/api/sites',
    expected: caseWorkRoles(SITE_WRITERS),
    request: async () => ({ url: '/api/sites', body: { kind: 'brothel', name: 'Red door', provinceCode: 'KH-12', status: { status: 'reported', occurredOn: '2026-10-01', source: { kind: 'document', title: 'Hotline log' } } } }),
  },
  { method: 'GET', url: '/api/sites/patterns', expected: caseWorkRoles(SITE_READERS), request: async () => ({ url: '/api/sites/patterns?minReports=2' }) },
  { method: 'GET', url: '/api/sites/:id', expected: caseWorkRoles(SITE_READERS), request: async (fixture) => ({ url: `/api/sites/${await intakeFixturesOf(fixture).site(fixture.otherOrganisationId)}` }) },
  { method: 'PATCH', url: '/api/sites/:id', expected: caseWorkRoles(SITE_WRITERS), request: async (fixture) => ({ url: `/api/sites/${await intakeFixturesOf(fixture).site(fixture.otherOrganisationId)}`, body: { aliases: ['GF'] } }) },
  {
    method: 'POST',
    url: '/api/sites/:id/statuses',
    expected: caseWorkRoles(SITE_WRITERS),
    request: async (fixture) => ({ url: `/api/sites/${await intakeFixturesOf(fixture).site(fixture.otherOrganisationId)}/statuses`, body: { status: 'under_investigation', occurredOn: '2026-11-01', source: { kind: 'document', title: 'Police file' } } }),
  },
  { method: 'POST', url: '/api/sites/:id/publish', expected: publisher, request: async (fixture) => ({ url: `/api/sites/${await intakeFixturesOf(fixture).site(fixture.otherOrganisationId, raided)}/publish`, body: {} }) },
  {
    method: 'POST',
    url: '/api/sites/:id/unpublish',
    expected: publisher,
    request: async (fixture) => {
      const id = await intakeFixturesOf(fixture).site(fixture.otherOrganisationId, raided);
      const platform = { userId: (await fixture.context.createUser(fixture.context.operatorOrganisationId, ['administrator'])).id, organisationId: fixture.context.operatorOrganisationId, roles: ['administrator' as const], isPlatformOperator: true };
      await setSitePublication(fixture.context.services, platform, (await findSite(fixture.context.services, id))!, true, systemAuditContext('fixture'));
      return { url: `/api/sites/${id}/unpublish`, body: {} };
    },
  },
];
