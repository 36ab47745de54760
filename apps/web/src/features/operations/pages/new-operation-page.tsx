import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { OperationForm } from '../components/operation-form';

/** Recording an operation; a link from a site or a report fills in the site and the report (ids only in the address). */
export function NewOperationPage() {
  const { t } = useIntakeTranslation('operations');
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader title={t('operations:form.title')} description={t('operations:form.description')} />
      <OperationForm siteId={searchParams.get('siteId')} reportId={searchParams.get('reportId')} />
    </>
  );
}
