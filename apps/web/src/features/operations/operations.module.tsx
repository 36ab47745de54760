import { IconHandStop, IconListSearch, IconPlus, IconShieldCheck } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnIntake } from '../intake/intake-permissions';

/** Inspections, raids and rescues: the list, recording one, an operation's page. */
export const operationsModule: AppModule = {
  id: 'operations',
  labelKey: 'operations:nav',
  icon: IconHandStop,
  pages: [
    {
      path: '/operations',
      labelKey: 'operations:list.nav',
      icon: IconListSearch,
      isAvailable: (session) => canOnIntake(session, 'operation.list'),
      element: lazyPage(() => import('./pages/operation-list-page').then((page) => page.OperationListPage)),
    },
    {
      path: '/operations/new',
      labelKey: 'operations:form.nav',
      icon: IconPlus,
      isAvailable: (session) => canOnIntake(session, 'operation.create'),
      element: lazyPage(() => import('./pages/new-operation-page').then((page) => page.NewOperationPage)),
    },
    {
      path: '/operations/:operationId',
      labelKey: 'operations:page.nav',
      icon: IconShieldCheck,
      isAvailable: (session) => canOnIntake(session, 'operation.list'),
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/operation-page').then((page) => page.OperationPage)),
    },
  ],
};
