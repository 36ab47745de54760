import { IconChecklist } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnCases } from '../cases/case-permissions';

/** My work: a case worker's open cases, visits due and referrals waiting. */
export const myWorkModule: AppModule = {
  id: 'my-work',
  labelKey: 'my-work:nav',
  icon: IconChecklist,
  pages: [
    {
      path: '/my-work',
      labelKey: 'my-work:nav',
      icon: IconChecklist,
      isAvailable: (session) => canOnCases(session, 'case.list'),
      element: lazyPage(() => import('./pages/my-work-page').then((page) => page.MyWorkPage)),
    },
  ],
};
