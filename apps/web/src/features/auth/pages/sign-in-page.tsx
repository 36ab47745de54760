import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS, signInRequestSchema } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { signIn } from '../api';
import { AuthCard } from '../components/auth-card';
import { refreshSession } from '../session-actions';
import type { SignedOutReason } from '../session-store';

/** Props of {@link SignInPage}. */
export interface SignInPageProps {
  reason: SignedOutReason;
}

/** The first step: email and password. The next step comes from the session's state. */
export function SignInPage({ reason }: SignInPageProps) {
  const { t } = useTranslation('auth');
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => validateWithSchema(signInRequestSchema, values, t),
  });
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      form.reset();
      await refreshSession();
    },
    onError: (error) => applyServerErrors(form, error, t),
  });
  // A wrong email or password answers 401; it is shown as such, not as "sign in first".
  const isRejected = isApiError(mutation.error, 'unauthenticated');
  return (
    <AuthCard title={t('signIn.title')} description={t('signIn.description')}>
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack gap="md">
          {reason === 'expired' && !mutation.error && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
              {t('signIn.expired')}
            </Alert>
          )}
          {reason === 'signed_out' && !mutation.error && (
            <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
              {t('signIn.signedOut')}
            </Alert>
          )}
          {isRejected && (
            <Alert color="red" variant="light" role="alert" title={t('signIn.rejectedTitle')}>
              {t('signIn.rejected')}
            </Alert>
          )}
          {mutation.error != null && !isRejected && <ProblemAlert error={mutation.error} placedFields={['email', 'password']} />}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            maxLength={LIMITS.emailMaxLength}
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <PasswordInput label={t('signIn.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={mutation.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
          {/* The public list of sites is read without an account. */}
          <Anchor component={Link} to="/public" size="sm" ta="center">
            {t('signIn.publicList')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
