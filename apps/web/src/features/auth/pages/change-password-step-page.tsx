import { useTranslation } from 'react-i18next';
import { AuthCard } from '../components/auth-card';
import { ChangePasswordForm } from '../components/change-password-form';
import { refreshSession } from '../session-actions';

/** The sign-in step for a temporary or published password: choose your own before going on. */
export function ChangePasswordStepPage() {
  const { t } = useTranslation('auth');
  return (
    <AuthCard title={t('password.stepTitle')} description={t('password.stepDescription')} canCancel>
      <ChangePasswordForm onChanged={() => void refreshSession()} />
    </AuthCard>
  );
}
