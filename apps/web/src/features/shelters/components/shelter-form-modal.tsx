import { Button, Checkbox, Group, Modal, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { SHELTER_ACCEPTS_SEX, SHELTER_MAX_CAPACITY, shelterInputSchema, type Shelter, type ShelterAcceptsSex } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { ProvinceSelect } from '../../cases/components/place-selects';
import { applyCaseServerErrors } from '../../cases/form-errors';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { useSaveShelter } from '../hooks/use-shelters';

interface FormValues {
  name: string;
  provinceCode: string | null;
  capacity: number | '';
  acceptsSex: ShelterAcceptsSex;
  acceptsChildren: boolean;
  status: 'open' | 'closed';
}

const FIELDS = ['name', 'provinceCode', 'capacity', 'acceptsSex', 'acceptsChildren', 'status'] as const;

/** Props of {@link ShelterFormModal}. */
export interface ShelterFormModalProps {
  opened: boolean;
  /** The shelter to change; null to register one. */
  shelter: Shelter | null;
  onClose(): void;
}

/** Registers a shelter of the user's organisation, or changes one: name, province, capacity, who it takes in, open or closed. */
export function ShelterFormModal({ opened, shelter, onClose }: ShelterFormModalProps) {
  const { t, tField } = useCaseTranslation('shelters');
  const save = useSaveShelter();
  const initialValues = (): FormValues => ({
    name: shelter?.name ?? '',
    provinceCode: shelter?.provinceCode ?? null,
    capacity: shelter?.capacity ?? '',
    acceptsSex: shelter?.acceptsSex ?? 'any',
    acceptsChildren: shelter?.acceptsChildren ?? true,
    status: shelter?.status ?? 'open',
  });
  const toBody = (values: FormValues) => ({ name: values.name.trim(), provinceCode: values.provinceCode ?? '', capacity: values.capacity === '' ? Number.NaN : values.capacity, acceptsSex: values.acceptsSex, acceptsChildren: values.acceptsChildren });
  const form = useForm<FormValues>({ initialValues: initialValues(), validateInputOnBlur: true, validate: (values) => validateWithSchema(shelterInputSchema, toBody(values), tField) });
  useEffect(() => {
    if (!opened) return;
    form.setValues(initialValues());
    form.clearErrors();
    save.reset();
    // Reset when the dialog opens (or opens for another shelter).
  }, [opened, shelter?.id]);
  const submit = (values: FormValues) =>
    save.mutate(
      { id: shelter?.id ?? null, body: shelter ? { ...toBody(values), status: values.status } : toBody(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases:saved') });
          onClose();
        },
        onError: (error) => applyCaseServerErrors(form, error, tField),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={shelter ? t('shelters:form.editTitle') : t('shelters:form.createTitle')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {save.error != null && <ProblemAlert error={save.error} placedFields={FIELDS} />}
          <TextInput label={t('shelters:fields.name')} required maxLength={200} data-autofocus {...form.getInputProps('name')} />
          <ProvinceSelect label={t('shelters:fields.province')} required {...form.getInputProps('provinceCode')} />
          <NumberInput label={t('shelters:fields.capacity')} description={t('shelters:form.capacityHint')} required min={1} max={SHELTER_MAX_CAPACITY} allowDecimal={false} {...form.getInputProps('capacity')} />
          <Select label={t('shelters:fields.acceptsSex')} allowDeselect={false} data={SHELTER_ACCEPTS_SEX.map((code) => ({ value: code, label: t(`cases:vocab.shelterAcceptsSex.${code}`) }))} {...form.getInputProps('acceptsSex')} />
          <Checkbox label={t('shelters:fields.acceptsChildren')} {...form.getInputProps('acceptsChildren', { type: 'checkbox' })} />
          {shelter && (
            <Radio.Group label={t('shelters:fields.status')} {...form.getInputProps('status')}>
              <Group mt="xs">
                <Radio value="open" label={t('shelters:statuses.open')} />
                <Radio value="closed" label={t('shelters:statuses.closed')} />
              </Group>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
