import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmEnrolmentRequestSchema, LIMITS } from '@ctip/contracts';
import { CopyableSecret } from '../../../components/copyable-secret';
import { ProblemAlert } from '../../../components/problem-alert';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { confirmEnrolment, startEnrolment } from '../api';
import { TotpQrCode } from './totp-qr-code';

/** Props of {@link SecondFactorEnrolment}. */
export interface SecondFactorEnrolmentProps {
  /** Receives the recovery codes once the authenticator is confirmed. */
  onConfirmed(recoveryCodes: string[]): void;
}

/** Groups a base-32 secret in fours so it can be typed without losing one's place. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Sets up an authenticator app: the user asks for a secret (so a reload never silently replaces
 * one already scanned), scans the QR code or types the key, and proves it with a code.
 */
export function SecondFactorEnrolment({ onConfirmed }: SecondFactorEnrolmentProps) {
  const { t } = useTranslation('auth');
  const start = useMutation({ mutationFn: startEnrolment });
  const form = useForm({
    initialValues: { code: '' },
    validate: (values) => validateWithSchema(confirmEnrolmentRequestSchema, values, t),
  });
  const confirm = useMutation({
    mutationFn: (code: string) => confirmEnrolment(code),
    onSuccess: (result) => {
      start.reset();
      onConfirmed(result.recoveryCodes);
    },
    onError: (error) => applyServerErrors(form, error, t),
  });

  if (!start.data) {
    return (
      <Stack gap="md">
        <Text size="sm">{t('enrol.intro')}</Text>
        {start.error != null && <ProblemAlert error={start.error} />}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('enrol.start')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('enrol.scan')}</Text>
      <TotpQrCode otpauthUri={start.data.otpauthUri} alt={t('enrol.qrAlt')} />
      <CopyableSecret label={t('enrol.secretLabel')} description={t('enrol.secretDescription')} value={groupSecret(start.data.secret)} />
      <form onSubmit={form.onSubmit((values) => confirm.mutate(values.code))} noValidate>
        <Stack gap="md">
          {confirm.error != null && <ProblemAlert error={confirm.error} placedFields={['code']} />}
          <TextInput
            label={t('enrol.codeLabel')}
            description={t('enrol.codeDescription')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={LIMITS.totpCodeLength}
            classNames={{ input: 'ctip-monospace' }}
            required
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={confirm.isPending}>
            {t('enrol.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
