import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, secondFactorRequestSchema } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { proveSecondFactor } from '../api';
import { AuthCard } from '../components/auth-card';
import { refreshSession } from '../session-actions';

type Method = 'code' | 'recoveryCode';

/** The second step for users with an authenticator: a six-digit code, or one recovery code. */
export function SecondFactorPage() {
  const { t } = useTranslation('auth');
  const [method, setMethod] = useState<Method>('code');
  const form = useForm({
    initialValues: { code: '', recoveryCode: '' },
    validate: (values) =>
      validateWithSchema(secondFactorRequestSchema, method === 'code' ? { code: values.code } : { recoveryCode: values.recoveryCode }, t),
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => proveSecondFactor(method === 'code' ? { code: values.code } : { recoveryCode: values.recoveryCode.trim() }),
    onSuccess: async () => {
      form.reset();
      await refreshSession();
    },
    onError: (error) => applyServerErrors(form, error, t),
  });
  const switchMethod = () => {
    setMethod((current) => (current === 'code' ? 'recoveryCode' : 'code'));
    form.clearErrors();
    mutation.reset();
  };
  return (
    <AuthCard
      title={t('secondFactor.title')}
      description={method === 'code' ? t('secondFactor.codeDescription') : t('secondFactor.recoveryDescription')}
      canCancel
    >
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack gap="md">
          {mutation.error != null && <ProblemAlert error={mutation.error} placedFields={['code', 'recoveryCode']} />}
          {method === 'code' ? (
            <TextInput
              key="code"
              label={t('secondFactor.codeLabel')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={LIMITS.totpCodeLength}
              classNames={{ input: 'ctip-monospace' }}
              required
              data-autofocus
              {...form.getInputProps('code')}
            />
          ) : (
            <TextInput
              key="recoveryCode"
              label={t('secondFactor.recoveryLabel')}
              autoComplete="off"
              maxLength={32}
              classNames={{ input: 'ctip-monospace' }}
              required
              {...form.getInputProps('recoveryCode')}
            />
          )}
          <Button type="submit" loading={mutation.isPending} fullWidth>
            {t('secondFactor.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={switchMethod}>
            {method === 'code' ? t('secondFactor.useRecovery') : t('secondFactor.useCode')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
