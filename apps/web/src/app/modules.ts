import { authModule } from '../features/auth/auth.module';
import { casesModule } from '../features/cases/cases.module';
import { estimationModule } from '../features/estimation/estimation.module';
import { homeModule } from '../features/home/home.module';
import { intakeModule } from '../features/intake/intake.module';
import { mapModule } from '../features/map/map.module';
import { myWorkModule } from '../features/my-work/my-work.module';
import { operationsModule } from '../features/operations/operations.module';
import { referenceModule } from '../features/reference/reference.module';
import { referralsModule } from '../features/referrals/referrals.module';
import { sheltersModule } from '../features/shelters/shelters.module';
import { sitesModule } from '../features/sites/sites.module';
import { administrationModule } from './administration.module';
import type { AppModule } from './app-module';

/**
 * Every module of the application, in navigation order. A new module (cases, intake, sites, …)
 * is one more line here; its pages say who may use them.
 */
export const APP_MODULES: AppModule[] = [
  homeModule,
  myWorkModule,
  intakeModule,
  sitesModule,
  operationsModule,
  mapModule,
  casesModule,
  referralsModule,
  sheltersModule,
  referenceModule,
  estimationModule,
  administrationModule,
  authModule,
];
