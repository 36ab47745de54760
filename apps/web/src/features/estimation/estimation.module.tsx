import { IconChartDots3, IconUsersGroup } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canRunEstimates } from './estimation-permissions';

/**
 * Analysis: the hidden number of victims by multiple systems estimation (analysts), an estimate's
 * own page, and its published figure, which anyone signed in may open from a link.
 */
export const estimationModule: AppModule = {
  id: 'analysis',
  labelKey: 'estimation:moduleNav',
  icon: IconChartDots3,
  pages: [
    {
      path: '/analysis/hidden-number',
      labelKey: 'estimation:nav',
      icon: IconUsersGroup,
      isAvailable: canRunEstimates,
      element: lazyPage(() => import('./pages/estimation-page').then((page) => page.EstimationPage)),
    },
    {
      path: '/analysis/hidden-number/:estimateId',
      labelKey: 'estimation:result.nav',
      icon: IconUsersGroup,
      isAvailable: canRunEstimates,
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/estimate-page').then((page) => page.EstimatePage)),
    },
    {
      path: '/published-estimates/:estimateId',
      labelKey: 'estimation:published.nav',
      icon: IconUsersGroup,
      isAvailable: () => true,
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/published-estimate-page').then((page) => page.PublishedEstimatePage)),
    },
  ],
};
