import { IconUserCircle } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';

/** The user's own account (reached from the user menu). */
export const authModule: AppModule = {
  id: 'account',
  labelKey: 'auth:account.title',
  icon: IconUserCircle,
  pages: [
    {
      path: '/account',
      labelKey: 'auth:account.title',
      icon: IconUserCircle,
      isAvailable: () => true,
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/account-page').then((page) => page.AccountPage)),
    },
  ],
};
