import { IconHomeHeart } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnCases } from '../cases/case-permissions';

/** Shelters: capacity and free places of every organisation's shelters. */
export const sheltersModule: AppModule = {
  id: 'shelters',
  labelKey: 'shelters:nav',
  icon: IconHomeHeart,
  pages: [
    {
      path: '/shelters',
      labelKey: 'shelters:nav',
      icon: IconHomeHeart,
      isAvailable: (session) => canOnCases(session, 'shelter.list'),
      element: lazyPage(() => import('./pages/shelters-page').then((page) => page.SheltersPage)),
    },
  ],
};
