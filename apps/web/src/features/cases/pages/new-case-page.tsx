import { PageHeader } from '../../../components/page-header';
import { CaseIntakeFlow } from '../components/case-intake-flow';
import { useCaseTranslation } from '../use-case-translation';

/** A new survivor case: the person, their screening, then the case. */
export function NewCasePage() {
  const { t } = useCaseTranslation('cases');
  return (
    <>
      <PageHeader title={t('cases:intake.title')} description={t('cases:intake.description')} />
      <CaseIntakeFlow />
    </>
  );
}
