import { createBrowserRouter, type RouteObject } from 'react-router';
import { SessionGate } from '../features/auth/components/session-gate';
import { publicPortalRoutes } from '../features/public-portal/public-portal.routes';
import { AppLayout } from './app-layout';
import type { AppModule } from './app-module';
import { NotFoundPage } from './not-found-page';
import { PageGuard } from './page-guard';
import { RouteErrorPage } from './route-error-page';

/** The routes of every page of every module, each behind its guard. */
export function routesOf(modules: AppModule[]): RouteObject[] {
  return modules.flatMap((module) =>
    module.pages.map((page) => ({ path: page.path, element: <PageGuard page={page}>{page.element}</PageGuard> })),
  );
}

/**
 * The router: every page sits behind the session gate (sign-in steps) inside the app layout;
 * unknown addresses show "not found".
 */
export function createAppRouter(modules: AppModule[]) {
  return createBrowserRouter([
    // Read without signing in (the public list of sites), outside the session gate.
    ...publicPortalRoutes,
    {
      element: (
        <SessionGate>
          <AppLayout />
        </SessionGate>
      ),
      errorElement: <RouteErrorPage />,
      children: [...routesOf(modules), { path: '*', element: <NotFoundPage /> }],
    },
  ]);
}
