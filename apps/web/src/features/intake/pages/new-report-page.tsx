import { PageHeader } from '../../../components/page-header';
import { ReportForm } from '../components/report-form';
import { useIntakeTranslation } from '../use-intake-translation';

/** Taking a call, message or letter: the intake form. */
export function NewReportPage() {
  const { t } = useIntakeTranslation('intake');
  return (
    <>
      <PageHeader title={t('intake:form.title')} description={t('intake:form.description')} />
      <ReportForm />
    </>
  );
}
