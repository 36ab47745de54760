import { IconHome } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';

/** The start page. */
export const homeModule: AppModule = {
  id: 'home',
  labelKey: 'home:nav',
  icon: IconHome,
  pages: [
    {
      path: '/',
      labelKey: 'home:nav',
      icon: IconHome,
      isAvailable: () => true,
      element: lazyPage(() => import('./pages/home-page').then((page) => page.HomePage)),
    },
  ],
};
