import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SessionInfo } from '@ctip/contracts';

/** One page of the application: its address, its navigation entry and who may open it. */
export interface AppPage {
  /** Absolute path, e.g. `/admin/users`. */
  path: string;
  /** Translation key (`namespace:key`) of the navigation entry and the page's name. */
  labelKey: string;
  icon: Icon;
  /** Whether the user's roles can use the page; hidden from navigation and refused otherwise. */
  isAvailable(session: SessionInfo): boolean;
  element: ReactNode;
  /** Reached from elsewhere (the user menu), not listed in the navigation. */
  isHiddenFromNavigation?: boolean;
}

/**
 * A module of the application as the navigation shows it: a group of pages. Adding a module
 * (cases, intake, sites, …) is one entry in `APP_MODULES`.
 */
export interface AppModule {
  id: string;
  labelKey: string;
  icon: Icon;
  pages: AppPage[];
}

/** The pages of a module the user can use (and that are listed). */
export function visiblePages(module: AppModule, session: SessionInfo): AppPage[] {
  return module.pages.filter((page) => !page.isHiddenFromNavigation && page.isAvailable(session));
}

/**
 * The path of the page a location belongs to: the longest listed page path that matches it, so
 * that /cases/new highlights "New case" and not also "Case list".
 */
export function activePagePath(pages: ReadonlyArray<Pick<AppPage, 'path'>>, pathname: string): string | null {
  return pages.filter((page) => isPageActive(page, pathname)).map((page) => page.path).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether a page is the one at this location (`/` only exactly; others also their sub-paths). */
export function isPageActive(page: Pick<AppPage, 'path'>, pathname: string): boolean {
  if (page.path === '/') return pathname === '/';
  return pathname === page.path || pathname.startsWith(`${page.path}/`);
}
