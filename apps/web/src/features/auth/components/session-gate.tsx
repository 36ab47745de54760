import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageStatus } from '../../../components/full-page-status';
import { ChangePasswordStepPage } from '../pages/change-password-step-page';
import { EnrolSecondFactorStepPage } from '../pages/enrol-second-factor-step-page';
import { RecoveryCodesStepPage } from '../pages/recovery-codes-step-page';
import { SecondFactorPage } from '../pages/second-factor-page';
import { SignInPage } from '../pages/sign-in-page';
import { refreshSession } from '../session-actions';
import { useSessionSnapshot } from '../session-store';

/** Props of {@link SessionGate}. */
export interface SessionGateProps {
  children: ReactNode;
}

/**
 * Shows the application only to an active session, and otherwise the sign-in step the
 * session's state asks for: password → second factor → password change → enrolment → app.
 * The address stays as it was, so a deep link opens once signing in is done.
 */
export function SessionGate({ children }: SessionGateProps) {
  const { t } = useTranslation('auth');
  const snapshot = useSessionSnapshot();
  // Recovery codes outlive the step that produced them: they stay on screen until the user
  // confirms saving them, even though the session has already moved on.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) {
    return <RecoveryCodesStepPage codes={recoveryCodes} onDone={() => { setRecoveryCodes(null); void refreshSession(); }} />;
  }
  switch (snapshot.status) {
    case 'loading':
      return <FullPageStatus label={t('gate.loading')} isLoading />;
    case 'unreachable':
      return (
        <FullPageStatus label={t('gate.unreachable')}>
          <Button onClick={() => void refreshSession().catch(() => undefined)}>{t('gate.retry')}</Button>
        </FullPageStatus>
      );
    case 'signed_out':
      return <SignInPage reason={snapshot.reason} />;
    case 'signed_in':
      break;
  }
  switch (snapshot.session.state) {
    case 'second_factor':
      return <SecondFactorPage />;
    case 'change_password':
      return <ChangePasswordStepPage />;
    case 'enrol_second_factor':
      return <EnrolSecondFactorStepPage onConfirmed={setRecoveryCodes} />;
    case 'active':
      return <>{children}</>;
  }
}
