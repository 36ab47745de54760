import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema, LIMITS } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { changePassword } from '../api';

/** Props of {@link ChangePasswordForm}. */
export interface ChangePasswordFormProps {
  onChanged(): void;
}

/** Changes the user's own password: the current one, and the new one typed twice. */
export function ChangePasswordForm({ onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation('auth');
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => {
      const errors = validateWithSchema(changePasswordRequestSchema, values, t);
      if (!errors.confirmPassword && values.confirmPassword !== values.newPassword) errors.confirmPassword = t('errors:field.passwords_differ');
      return errors;
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      form.reset();
      onChanged();
    },
    onError: (error) => applyServerErrors(form, error, t),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="md">
        {mutation.error != null && <ProblemAlert error={mutation.error} placedFields={['currentPassword', 'newPassword']} />}
        <PasswordInput label={t('password.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label={t('password.new')}
          description={t('password.newDescription', { minimum: LIMITS.passwordMinLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('password.confirm')} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <Button type="submit" loading={mutation.isPending}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
