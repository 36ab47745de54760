import { IconSend } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnCases } from '../cases/case-permissions';

/** Referrals and transfers received and sent by the user's organisation. */
export const referralsModule: AppModule = {
  id: 'referrals',
  labelKey: 'referrals:nav',
  icon: IconSend,
  pages: [
    {
      path: '/referrals',
      labelKey: 'referrals:nav',
      icon: IconSend,
      isAvailable: (session) => canOnCases(session, 'referral.list'),
      element: lazyPage(() => import('./pages/referrals-page').then((page) => page.ReferralsPage)),
    },
  ],
};
