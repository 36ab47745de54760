import { IconArrowsJoin } from '@tabler/icons-react';
import type { AppPage } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canManageLinkage } from './linkage-permissions';

/**
 * Record linkage, listed under Administration (platform operator's administrators only): runs
 * with their progress, the trained model, the review queue and confirmed matches. Only the runs
 * page is in the navigation; the others are reached from it, and keep it highlighted.
 */
export const linkagePages: AppPage[] = [
  {
    path: '/admin/linkage',
    labelKey: 'linkage:nav',
    icon: IconArrowsJoin,
    isAvailable: canManageLinkage,
    element: lazyPage(() => import('./pages/linkage-runs-page').then((page) => page.LinkageRunsPage)),
  },
  {
    path: '/admin/linkage/model',
    labelKey: 'linkage:sections.model',
    icon: IconArrowsJoin,
    isAvailable: canManageLinkage,
    isHiddenFromNavigation: true,
    element: lazyPage(() => import('./pages/linkage-model-page').then((page) => page.LinkageModelPage)),
  },
  {
    path: '/admin/linkage/review',
    labelKey: 'linkage:sections.review',
    icon: IconArrowsJoin,
    isAvailable: canManageLinkage,
    isHiddenFromNavigation: true,
    element: lazyPage(() => import('./pages/linkage-review-page').then((page) => page.LinkageReviewPage)),
  },
  {
    path: '/admin/linkage/matches',
    labelKey: 'linkage:sections.matches',
    icon: IconArrowsJoin,
    isAvailable: canManageLinkage,
    isHiddenFromNavigation: true,
    element: lazyPage(() => import('./pages/linkage-matches-page').then((page) => page.LinkageMatchesPage)),
  },
];
