import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { RouteErrorPage } from '../../app/route-error-page';

/**
 * The public portal's routes, outside the signed-in shell: anyone may read the published list of
 * sites without an account. Nothing about people is on it.
 */
export const publicPortalRoutes: RouteObject[] = [
  {
    path: '/public',
    errorElement: <RouteErrorPage />,
    element: lazyPage(() => import('./pages/public-sites-page').then((page) => page.PublicSitesPage)),
  },
];
