import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { registerAuditTrailRoutes } from './audit-trail/audit-trail.routes';
import { registerAuthRoutes } from './auth/auth.routes';
import { registerCaseSharingRoutes } from './cases/case-sharing.routes';
import { registerCaseRoutes } from './cases/cases.routes';
import { registerCaseCareRoutes } from './case-care/case-care.routes';
import { registerCaseFileRoutes } from './case-files/case-files.routes';
import { registerCaseExchangeRoutes } from './case-exchange/case-exchange.routes';
import { registerEstimationRoutes } from './estimation/estimation.routes';
import { registerLinkageRoutes } from './linkage/linkage.routes';
import { registerOrganisationRoutes } from './organisations/organisations.routes';
import { registerPersonRoutes } from './persons/persons.routes';
import { registerReferenceRoutes } from './reference/reference.routes';
import { registerShelterRoutes } from './shelters/shelters.routes';
import { registerSystemRoutes } from './system/system.routes';
import { registerUserRoutes } from './users/users.routes';
import { registerIntakeRoutes } from './intake/intake.routes';
import { registerSiteRoutes } from './sites/sites.routes';
import { registerOperationRoutes } from './operations/operations.routes';
import { registerGeoRoutes } from './geo/geo.routes';
import { registerPublicPortalRoutes } from './public-portal/public-portal.routes';

/** Registers one module's routes. */
export type ModuleRegistration = (app: FastifyInstance, services: Services) => Promise<void>;

/** Every module of the server, in the order they register. */
export const MODULES: ModuleRegistration[] = [
  registerSystemRoutes,
  registerAuthRoutes,
  registerOrganisationRoutes,
  registerUserRoutes,
  registerAuditTrailRoutes,
  registerReferenceRoutes,
  registerPersonRoutes,
  registerCaseRoutes,
  registerCaseSharingRoutes,
  registerLinkageRoutes,
  registerEstimationRoutes,
  registerIntakeRoutes,
  registerSiteRoutes,
  registerOperationRoutes,
  registerGeoRoutes,
  registerPublicPortalRoutes,
  registerCaseCareRoutes,
  registerShelterRoutes,
  registerCaseFileRoutes,
  registerCaseExchangeRoutes,
];
