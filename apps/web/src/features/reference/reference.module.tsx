import { IconBook2, IconBuildingCommunity, IconChartBar, IconDatabase, IconFileText, IconGavel, IconMap2, IconMapPin, IconWorld } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { can } from '../auth/permissions';

const everyone = (session: Parameters<typeof can>[0]) => can(session, 'reference.read');

/** Cambodia's reference data, read-only, for every role. */
export const referenceModule: AppModule = {
  id: 'reference',
  labelKey: 'reference:nav',
  icon: IconDatabase,
  pages: [
    { path: '/reference/provinces', labelKey: 'reference:provinces.nav', icon: IconMap2, isAvailable: everyone, element: lazyPage(() => import('./pages/provinces-page').then((page) => page.ProvincesPage)) },
    { path: '/reference/places', labelKey: 'reference:places.nav', icon: IconMapPin, isAvailable: everyone, element: lazyPage(() => import('./pages/places-page').then((page) => page.PlacesPage)) },
    { path: '/reference/countries', labelKey: 'reference:countries.nav', icon: IconWorld, isAvailable: everyone, element: lazyPage(() => import('./pages/countries-page').then((page) => page.CountriesPage)) },
    {
      path: '/reference/organisations',
      labelKey: 'reference:organisationsNav',
      icon: IconBuildingCommunity,
      isAvailable: everyone,
      element: lazyPage(() => import('../organisations/pages/organisations-page').then((page) => page.OrganisationDirectoryPage)),
    },
    { path: '/reference/laws', labelKey: 'reference:laws.nav', icon: IconGavel, isAvailable: everyone, element: lazyPage(() => import('./pages/laws-page').then((page) => page.LawsPage)) },
    { path: '/reference/statistics', labelKey: 'reference:statistics.nav', icon: IconChartBar, isAvailable: everyone, element: lazyPage(() => import('./pages/statistics-page').then((page) => page.StatisticsPage)) },
    { path: '/reference/organized-crime-index', labelKey: 'reference:ocIndex.nav', icon: IconBook2, isAvailable: everyone, element: lazyPage(() => import('./pages/oc-index-page').then((page) => page.OcIndexPage)) },
    { path: '/reference/sources', labelKey: 'reference:sources.nav', icon: IconFileText, isAvailable: everyone, element: lazyPage(() => import('./pages/sources-page').then((page) => page.SourcesPage)) },
  ],
};
