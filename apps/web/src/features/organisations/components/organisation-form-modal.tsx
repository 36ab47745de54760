import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisationRequestSchema, LIMITS, ORGANISATION_KINDS, updateOrganisationRequestSchema, type Organisation, type OrganisationKind } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { applyServerErrors } from '../../../lib/apply-server-errors';
import { validateWithSchema } from '../../../lib/form-errors';
import { useCreateOrganisation, useUpdateOrganisation } from '../hooks/use-organisations';

/** Props of {@link OrganisationFormModal}. */
export interface OrganisationFormModalProps {
  opened: boolean;
  /** The organisation to edit; null to add one. */
  organisation: Organisation | null;
  onClose(): void;
}

interface FormValues {
  nameEn: string;
  nameKm: string;
  kind: OrganisationKind;
  countryCode: string;
  status: 'active' | 'inactive';
}

const FIELDS = ['nameEn', 'nameKm', 'kind', 'countryCode', 'status'] as const;

function valuesOf(organisation: Organisation | null): FormValues {
  return {
    nameEn: organisation?.nameEn ?? '',
    nameKm: organisation?.nameKm ?? '',
    kind: organisation?.kind ?? 'ngo',
    countryCode: organisation?.countryCode ?? 'KH',
    status: organisation?.status ?? 'active',
  };
}

/** The request body the form's values make (blank Khmer name means none). */
function bodyOf(values: FormValues) {
  const nameKm = values.nameKm.trim();
  return { nameEn: values.nameEn.trim(), nameKm: nameKm === '' ? null : nameKm, kind: values.kind, countryCode: values.countryCode.trim().toUpperCase() };
}

/** Only the fields that differ from the organisation as loaded (so an old record with a missing field stays editable). */
function changesOf(organisation: Organisation, values: FormValues): Record<string, unknown> {
  const before = { ...bodyOf(valuesOf(organisation)), status: organisation.status };
  const after = { ...bodyOf(values), status: values.status };
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => value !== before[key as keyof typeof before]));
}

/** Adds or changes an organisation; a change sends only the fields that changed. */
export function OrganisationFormModal({ opened, organisation, onClose }: OrganisationFormModalProps) {
  const { t } = useTranslation('organisations');
  const isEditing = organisation !== null;
  const form = useForm<FormValues>({
    initialValues: valuesOf(organisation),
    validate: (values) => {
      if (!organisation) return validateWithSchema(createOrganisationRequestSchema, bodyOf(values), t);
      const changes = changesOf(organisation, values);
      return Object.keys(changes).length === 0 ? {} : validateWithSchema(updateOrganisationRequestSchema, changes, t);
    },
  });
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const mutation = isEditing ? update : create;

  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(organisation));
    form.resetDirty(valuesOf(organisation));
    form.clearErrors();
    create.reset();
    update.reset();
    // Reset only when the dialog opens (or opens for another organisation), not on every render.
  }, [opened, organisation?.id]);

  const submit = (values: FormValues) => {
    const onError = (error: unknown) => applyServerErrors(form, error, t);
    if (!organisation) {
      create.mutate(bodyOf(values), {
        onSuccess: (created) => {
          notifications.show({ color: 'teal', message: t('form.created', { name: created.nameEn }) });
          onClose();
        },
        onError,
      });
      return;
    }
    const changes = changesOf(organisation, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate({ id: organisation.id, body: changes }, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('form.saved', { name: saved.nameEn }) });
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
          <TextInput label={t('fields.nameEn')} required maxLength={LIMITS.organisationNameMaxLength} data-autofocus {...form.getInputProps('nameEn')} />
          <TextInput label={t('fields.nameKm')} lang="km" maxLength={LIMITS.organisationNameMaxLength} {...form.getInputProps('nameKm')} />
          <Group grow align="flex-start">
            <Select
              label={t('fields.kind')}
              required
              allowDeselect={false}
              data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
            <TextInput
              label={t('fields.countryCode')}
              description={t('form.countryCodeDescription')}
              required
              maxLength={2}
              classNames={{ input: 'ctip-monospace' }}
              {...form.getInputProps('countryCode')}
              onChange={(event) => form.setFieldValue('countryCode', event.currentTarget.value.toUpperCase())}
            />
          </Group>
          {isEditing && (
            <Select
              label={t('fields.status')}
              allowDeselect={false}
              data={[{ value: 'active', label: t('status.active') }, { value: 'inactive', label: t('status.inactive') }]}
              {...form.getInputProps('status')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{isEditing ? t('common:actions.save') : t('form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
