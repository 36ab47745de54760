import { IconMap2 } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnIntake } from '../intake/intake-permissions';

/** The map of sites and reports by province. */
export const mapModule: AppModule = {
  id: 'map',
  labelKey: 'map:nav',
  icon: IconMap2,
  pages: [
    {
      path: '/map',
      labelKey: 'map:nav',
      icon: IconMap2,
      isAvailable: (session) => canOnIntake(session, 'map.read'),
      element: lazyPage(() => import('./pages/map-page').then((page) => page.MapPage)),
    },
  ],
};
