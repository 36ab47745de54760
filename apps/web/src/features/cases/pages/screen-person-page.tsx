import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { usePerson } from '../../persons/hooks/use-persons';
import { CaseIntakeFlow } from '../components/case-intake-flow';
import { useCaseTranslation } from '../use-case-translation';

/** Screens a person already recorded (again: every screening is kept), then opens a case from it. */
export function ScreenPersonPage() {
  const { t } = useCaseTranslation('cases');
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  if (person.isPending) return <PageSkeleton />;
  if (person.error || !person.data) return <ProblemAlert error={person.error} onRetry={() => void person.refetch()} />;
  return (
    <>
      <PageHeader title={t('cases:intake.screenTitle', { name: person.data.displayName })} description={t('cases:intake.screenDescription')} />
      <CaseIntakeFlow person={person.data} />
    </>
  );
}
