import { systemAuditContext } from '../../audit/audit-events';
import type { AccessEntry, Expected } from '../../testing/access-matrix';
import { intakeFixturesOf } from '../intake/intake.access';
import { findSite } from '../sites/use-cases/load-site';
import { setSitePublication } from '../sites/use-cases/publish-site';

/** The public portal answers everyone, signed in or not. */
const everyone = (): Expected => 'ok';

/** Access matrix rows of the public portal. */
export const publicPortalAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/public/sites', expected: everyone, request: async () => ({ url: '/api/public/sites' }) },
  {
    method: 'GET',
    url: '/api/public/sites/:id',
    expected: everyone,
    request: async (fixture) => {
      const id = await intakeFixturesOf(fixture).site(fixture.otherOrganisationId, { status: { status: 'closed', occurredOn: '2026-10-01', source: { kind: 'document', title: 'Closure order' } } });
      const platform = { userId: (await fixture.context.createUser(fixture.context.operatorOrganisationId, ['administrator'])).id, organisationId: fixture.context.operatorOrganisationId, roles: ['administrator' as const], isPlatformOperator: true };
      await setSitePublication(fixture.context.services, platform, (await findSite(fixture.context.services, id))!, true, systemAuditContext('fixture'));
      return { url: `/api/public/sites/${id}` };
    },
  },
];
