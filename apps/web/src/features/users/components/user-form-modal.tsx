import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserRequestSchema, LIMITS, LOCALES, ROLES, updateUserRequestSchema, type Locale, type Role, type User } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/session-store';
import { OrganisationSelect } from '../../organisations/components/organisation-select';
import { organisationNameIn } from '../../organisations/organisation-name';
import { useCreateUser, useUpdateUser } from '../hooks/use-users';

/** Props of {@link UserFormModal}. */
export interface UserFormModalProps {
  opened: boolean;
  /** The user to edit; null to create one. */
  user: User | null;
  onClose(): void;
  /** Called with the new user's temporary password, to show once. */
  onCreated(result: { email: string; temporaryPassword: string }): void;
}

interface FormValues {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  locale: Locale;
}

const FIELDS = ['email', 'displayName', 'organisationId', 'roles', 'locale'] as const;
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', km: 'ខ្មែរ' };

/**
 * Creates a user (the server answers a temporary password) or changes their name, roles and
 * language. Administrators outside the platform operator add users to their own organisation only.
 */
export function UserFormModal({ opened, user, onClose, onCreated }: UserFormModalProps) {
  const { t, i18n } = useTranslation('users');
  const session = useSession();
  const isPlatformAdministrator = can(session, 'organisation.manage');
  const isEditing = user !== null;
  const initialValues = (): FormValues => ({
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    organisationId: user?.organisationId ?? session.user.organisation.id,
    roles: user?.roles ?? [],
    locale: user?.locale ?? 'en',
  });
  const form = useForm<FormValues>({
    initialValues: initialValues(),
    validate: (values) =>
      isEditing
        ? validateWithSchema(updateUserRequestSchema, { displayName: values.displayName, roles: values.roles, locale: values.locale }, t)
        : validateWithSchema(createUserRequestSchema, values, t),
  });
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = isEditing ? update : create;

  useEffect(() => {
    if (!opened) return;
    form.setValues(initialValues());
    form.clearErrors();
    create.reset();
    update.reset();
    // Reset only when the dialog opens (or opens for another user), not on every render.
  }, [opened, user?.id]);

  const submit = (values: FormValues) => {
    const onError = (error: unknown) => applyServerErrors(form, error, t);
    if (!user) {
      create.mutate(
        { email: values.email.trim(), displayName: values.displayName.trim(), organisationId: values.organisationId, roles: values.roles, locale: values.locale },
        {
          onSuccess: (result) => {
            // The mutation's copy of the password is dropped at once; the dialog holds the only one.
            create.reset();
            onClose();
            onCreated({ email: result.user.email, temporaryPassword: result.temporaryPassword });
          },
          onError,
        },
      );
      return;
    }
    const changes: { displayName?: string; roles?: Role[]; locale?: Locale } = {};
    if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
    if ([...values.roles].sort().join() !== [...user.roles].sort().join()) changes.roles = values.roles;
    if (values.locale !== user.locale) changes.locale = values.locale;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate({ id: user.id, body: changes }, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('form.saved', { name: saved.displayName }) });
        onClose();
      },
      onError,
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={isEditing ? t('form.editTitle') : t('form.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {mutation.error != null && <ProblemAlert error={mutation.error} placedFields={FIELDS} />}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            required={!isEditing}
            disabled={isEditing}
            maxLength={LIMITS.emailMaxLength}
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput label={t('fields.displayName')} required autoComplete="off" maxLength={LIMITS.displayNameMaxLength} {...form.getInputProps('displayName')} />
          {isEditing ? (
            <TextInput label={t('fields.organisation')} value={user.organisationNameEn} disabled readOnly />
          ) : isPlatformAdministrator ? (
            <OrganisationSelect
              label={t('fields.organisation')}
              required
              clearable={false}
              onlyActive
              value={form.values.organisationId}
              onChange={(id) => form.setFieldValue('organisationId', id ?? '')}
              error={form.errors.organisationId as string | undefined}
            />
          ) : (
            <TextInput label={t('fields.organisation')} value={organisationNameIn(i18n.language, session.user.organisation)} disabled readOnly />
          )}
          <Checkbox.Group label={t('fields.roles')} description={t('form.rolesDescription')} required {...form.getInputProps('roles')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`common:roles.${role}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Select
            label={t('fields.locale')}
            allowDeselect={false}
            data={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
            {...form.getInputProps('locale')}
          />
          {!isEditing && <Text size="sm" c="dimmed">{t('form.temporaryPasswordNote')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{isEditing ? t('common:actions.save') : t('form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
