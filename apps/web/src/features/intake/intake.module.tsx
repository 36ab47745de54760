import { IconFilePlus, IconFileSpreadsheet, IconFileText, IconHeadset, IconListDetails } from '@tabler/icons-react';
import type { AppModule } from '../../app/app-module';
import { lazyPage } from '../../app/lazy-page';
import { canOnIntake } from './intake-permissions';

/** Intake: taking a call (the intake form), the queue by time left, a report's page, and an embassy's list imported as one report. */
export const intakeModule: AppModule = {
  id: 'intake',
  labelKey: 'intake:nav',
  icon: IconHeadset,
  pages: [
    {
      path: '/intake',
      labelKey: 'intake:queue.nav',
      icon: IconListDetails,
      isAvailable: (session) => canOnIntake(session, 'report.list'),
      element: lazyPage(() => import('./pages/report-queue-page').then((page) => page.ReportQueuePage)),
    },
    {
      path: '/intake/new',
      labelKey: 'intake:form.nav',
      icon: IconFilePlus,
      isAvailable: (session) => canOnIntake(session, 'report.create'),
      element: lazyPage(() => import('./pages/new-report-page').then((page) => page.NewReportPage)),
    },
    {
      path: '/intake/import',
      labelKey: 'intake:embassyImport.nav',
      icon: IconFileSpreadsheet,
      isAvailable: (session) => canOnIntake(session, 'report.import'),
      element: lazyPage(() => import('./pages/embassy-list-import-page').then((page) => page.EmbassyListImportPage)),
    },
    {
      path: '/intake/reports/:reportId',
      labelKey: 'intake:page.nav',
      icon: IconFileText,
      isAvailable: (session) => canOnIntake(session, 'report.list'),
      isHiddenFromNavigation: true,
      element: lazyPage(() => import('./pages/report-page').then((page) => page.ReportPage)),
    },
  ],
};
