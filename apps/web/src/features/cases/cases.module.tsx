import { IconFileExport, IconFileImport, IconFilePlus, IconFolders, IconListSearch } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnCases, canStartCase } from './case-permissions';

/**
 * Survivor cases: the list, a new case (person, screening, case), a case's page, screening a
 * person again, and the exchange of cases (import of legacy sheets, de-identified export).
 */
export const casesModule: AppModule = {
  id: 'cases',
  labelKey: 'cases:nav',
  icon: IconFolders,
  pages: [
    {
      path: '/cases',
      labelKey: 'cases:list.nav',
      icon: IconListSearch,
      isAvailable: (session) => canOnCases(session, 'case.list'),
      element: lazyPage(() => import('./pages/case-list-page').then((page) => page.CaseListPage)),
    },
    {
      path: '/cases/new',
      labelKey: 'cases:intake.nav',
      icon: IconFilePlus,
      isAvailable: (session) => canStartCase(session),
      element: lazyPage(() => import('./pages/new-case-page').then((page) => page.NewCasePage)),
    },
    {
      path: '/cases/import',
      labelKey: 'case-exchange:importNav',
      icon: IconFileImport,
      isAvailable: (session) => canOnCases(session, 'case.import'),
      element: lazyPage(() => import('../case-exchange/pages/case-import-page').then((page) => page.CaseImportPage)),
    },
    {
      path: '/cases/export',
      labelKey: 'case-exchange:exportNav',
      icon: IconFileExport,
      isAvailable: (session) => canOnCases(session, 'case.export_deidentified'),
      element: lazyPage(() => import('../case-exchange/pages/case-export-page').then((page) => page.CaseExportPage)),
    },
    {
      path: '/cases/:caseId',
      labelKey: 'cases:page.nav',
      icon: IconFolders,
      isAvailable: (session) => canOnCases(session, 'case.list'),
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/case-page').then((page) => page.CasePage)),
    },
    {
      path: '/persons/:personId/screen',
      labelKey: 'cases:intake.screenNav',
      icon: IconFilePlus,
      isAvailable: (session) => canOnCases(session, 'screening.create'),
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/screen-person-page').then((page) => page.ScreenPersonPage)),
    },
  ],
};
