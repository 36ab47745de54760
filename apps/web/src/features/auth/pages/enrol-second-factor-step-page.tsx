import { useTranslation } from 'react-i18next';
import { AuthCard } from '../components/auth-card';
import { SecondFactorEnrolment } from '../components/second-factor-enrolment';

/** Props of {@link EnrolSecondFactorStepPage}. */
export interface EnrolSecondFactorStepPageProps {
  onConfirmed(recoveryCodes: string[]): void;
}

/** The sign-in step for users who must have a second factor and have none yet. */
export function EnrolSecondFactorStepPage({ onConfirmed }: EnrolSecondFactorStepPageProps) {
  const { t } = useTranslation('auth');
  return (
    <AuthCard title={t('enrol.stepTitle')} description={t('enrol.stepDescription')} canCancel width={520}>
      <SecondFactorEnrolment onConfirmed={onConfirmed} />
    </AuthCard>
  );
}
