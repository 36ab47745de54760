import { IconBuildingCommunity, IconHistory, IconPlugConnected, IconSettings, IconUsers } from '@tabler/icons-react';
import { can } from '../features/auth/permissions';
import { linkagePages } from '../features/linkage/linkage.module';
import type { AppModule } from './app-module';
import { lazyPage } from './lazy-page';

/** Administration: organisations, users, active sessions, the audit trail (administrators only) and record linkage. */
export const administrationModule: AppModule = {
  id: 'administration',
  labelKey: 'common:navigation.administration',
  icon: IconSettings,
  pages: [
    {
      path: '/admin/organisations',
      labelKey: 'organisations:nav',
      icon: IconBuildingCommunity,
      isAvailable: (session) => can(session, 'administration'),
      element: lazyPage(() => import('../features/organisations/pages/organisations-page').then((page) => page.OrganisationsPage)),
    },
    {
      path: '/admin/users',
      labelKey: 'users:nav',
      icon: IconUsers,
      isAvailable: (session) => can(session, 'user.manage'),
      element: lazyPage(() => import('../features/users/pages/users-page').then((page) => page.UsersPage)),
    },
    {
      path: '/admin/sessions',
      labelKey: 'users:sessions.nav',
      icon: IconPlugConnected,
      isAvailable: (session) => can(session, 'session.manage'),
      element: lazyPage(() => import('../features/users/pages/sessions-page').then((page) => page.SessionsPage)),
    },
    {
      path: '/admin/audit',
      labelKey: 'audit:nav',
      icon: IconHistory,
      isAvailable: (session) => can(session, 'audit.read'),
      element: lazyPage(() => import('../features/audit-trail/pages/audit-trail-page').then((page) => page.AuditTrailPage)),
    },
    ...linkagePages,
  ],
};
