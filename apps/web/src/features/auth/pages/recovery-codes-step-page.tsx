import { useTranslation } from 'react-i18next';
import { AuthCard } from '../components/auth-card';
import { RecoveryCodesPanel } from '../components/recovery-codes-panel';

/** Props of {@link RecoveryCodesStepPage}. */
export interface RecoveryCodesStepPageProps {
  codes: string[];
  onDone(): void;
}

/** Shows the new recovery codes once, right after enrolment during sign-in. */
export function RecoveryCodesStepPage({ codes, onDone }: RecoveryCodesStepPageProps) {
  const { t } = useTranslation('auth');
  return (
    <AuthCard title={t('recoveryCodes.title')} description={t('recoveryCodes.description')} width={520}>
      <RecoveryCodesPanel codes={codes} onDone={onDone} />
    </AuthCard>
  );
}
