import { IconBuildingWarehouse, IconListSearch, IconMapPinPlus } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnIntake } from '../intake/intake-permissions';

/** The registry of sites of exploitation: the list with its patterns, a new site, a site's page. */
export const sitesModule: AppModule = {
  id: 'sites',
  labelKey: 'sites:nav',
  icon: IconBuildingWarehouse,
  pages: [
    {
      path: '/sites',
      labelKey: 'sites:list.nav',
      icon: IconListSearch,
      isAvailable: (session) => canOnIntake(session, 'site.list'),
      element: lazyPage(() => import('./pages/site-list-page').then((page) => page.SiteListPage)),
    },
    {
      path: '/sites/new',
      labelKey: 'sites:form.nav',
      icon: IconMapPinPlus,
      isAvailable: (session) => canOnIntake(session, 'site.create'),
      element: lazyPage(() => import('./pages/new-site-page').then((page) => page.NewSitePage)),
    },
    {
      path: '/sites/:siteId',
      labelKey: 'sites:page.nav',
      icon: IconBuildingWarehouse,
      isAvailable: (session) => canOnIntake(session, 'site.list'),
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/site-page').then((page) => page.SitePage)),
    },
  ],
};
