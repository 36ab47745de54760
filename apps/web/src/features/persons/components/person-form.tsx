import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { CONTACT_KINDS, DOCUMENT_TYPES, NAME_KINDS, NAME_SCRIPTS, personInputSchema, SEXES } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { CountryMultiSelect, CountrySelect, ProvinceSelect } from '../../cases/components/place-selects';
import { applyCaseServerErrors } from '../../cases/form-errors';
import { todayUtc } from '../../cases/dates';
import { focusFirstError } from '../../cases/focus-first-error';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { vocabularyOptions } from '../../cases/vocabulary';
import {
  detectScript,
  emptyNameRow,
  newRowKey,
  personErrorPath,
  toDuplicateCheck,
  toPersonInput,
  type BirthPrecisionChoice,
  type PersonFormValues,
} from '../person-form-values';
import { DuplicateCandidates } from './duplicate-candidates';

/** Top-level fields of the form: server errors under them land on the form, not in the alert. */
const FIELDS = ['names', 'sex', 'birth', 'nationalities', 'languages', 'home', 'documents', 'contacts'] as const;
const MAX_NAMES = 12;
const MAX_ROWS = 12;

/** Props of {@link PersonForm}. */
export interface PersonFormProps {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** Sends the person; a rejection with field errors puts them on the fields. */
  onSubmit(input: z.input<typeof personInputSchema>): Promise<unknown>;
  onCancel?(): void;
  /** Show possible existing persons while typing (when entering a new person). */
  isDuplicateCheckOn?: boolean;
  /** Continue with an existing person that a suggestion showed instead. */
  onUseExisting?(personId: string): void;
}

/**
 * A person's identity: names in several scripts (each with its kind and parts), birth at the
 * precision known, sex, nationalities, languages, home down to the village, identity documents
 * and contacts. Validated as typed with the API's own schema; possible existing persons are
 * shown while the names are typed.
 */
export function PersonForm({ initialValues, submitLabel, onSubmit, onCancel, isDuplicateCheckOn = false, onUseExisting }: PersonFormProps) {
  const { t, tField } = useCaseTranslation('persons');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formElement = useRef<HTMLFormElement>(null);
  const form = useForm<PersonFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => {
      const errors = validateWithSchema(personInputSchema, toPersonInput(values), tField);
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [personErrorPath(path, values), message]));
    },
  });
  const [typed] = useDebouncedValue(form.values, 400);
  const duplicateCheck = useMemo(() => (isDuplicateCheckOn ? toDuplicateCheck(typed) : null), [typed, isDuplicateCheckOn]);

  const submit = async (values: PersonFormValues) => {
    setSubmitError(null);
    setIsSubmitting(true);
    try {
      await onSubmit(toPersonInput(values));
    } catch (error) {
      setSubmitError(error);
      applyCaseServerErrors(form, error, tField, (path) => personErrorPath(path, values));
      focusFirstError(formElement.current);
    } finally {
      setIsSubmitting(false);
    }
  };

  const precision = form.values.birth.precision;
  return (
    <form ref={formElement} onSubmit={form.onSubmit((values) => void submit(values), () => focusFirstError(formElement.current))} noValidate>
      <Stack gap="lg">
        {submitError != null && <ProblemAlert error={submitError} placedFields={FIELDS} />}

        <Stack gap="sm">
          <Title order={2} size="h4">{t('persons:form.namesTitle')}</Title>
          {form.values.names.map((row, index) => (
            <Fieldset key={row.key} legend={t('persons:form.nameLegend', { number: index + 1 })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                <TextInput
                  label={t('persons:fields.fullName')}
                  description={t('persons:form.fullNameHint')}
                  required
                  maxLength={200}
                  {...form.getInputProps(`names.${index}.full`)}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    form.setFieldValue(`names.${index}.full`, text);
                    const script = detectScript(text);
                    if (!form.getValues().names[index]?.isScriptChosen && script) form.setFieldValue(`names.${index}.script`, script);
                  }}
                />
                <TextInput label={t('persons:fields.familyName')} maxLength={100} {...form.getInputProps(`names.${index}.family`)} />
                <TextInput label={t('persons:fields.givenName')} maxLength={100} {...form.getInputProps(`names.${index}.given`)} />
                <Select
                  label={t('persons:fields.script')}
                  allowDeselect={false}
                  data={vocabularyOptions(t, 'script', NAME_SCRIPTS)}
                  {...form.getInputProps(`names.${index}.script`)}
                  onChange={(value) => {
                    if (!value) return;
                    form.setFieldValue(`names.${index}.script`, value as PersonFormValues['names'][number]['script']);
                    form.setFieldValue(`names.${index}.isScriptChosen`, true);
                  }}
                />
                <Select label={t('persons:fields.nameKind')} allowDeselect={false} data={vocabularyOptions(t, 'nameKind', NAME_KINDS)} {...form.getInputProps(`names.${index}.kind`)} />
                <Group align="flex-end">
                  <Tooltip label={t('persons:form.removeName', { number: index + 1 })}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      disabled={form.values.names.length <= 1}
                      onClick={() => form.removeListItem('names', index)}
                      aria-label={t('persons:form.removeName', { number: index + 1 })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </SimpleGrid>
            </Fieldset>
          ))}
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={form.values.names.length >= MAX_NAMES} onClick={() => form.insertListItem('names', emptyNameRow('latin'))}>
              {t('persons:form.addName')}
            </Button>
          </Group>
          {isDuplicateCheckOn && <DuplicateCandidates body={duplicateCheck} onUseExisting={onUseExisting} />}
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">{t('persons:form.birthTitle')}</Title>
          <Radio.Group label={t('persons:fields.sex')} required {...form.getInputProps('sex')}>
            <Group mt="xs" gap="lg">
              {SEXES.map((sex) => <Radio key={sex} value={sex} label={t(`cases:vocab.sex.${sex}`)} />)}
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t('persons:fields.birthPrecision')}
            description={t('persons:form.birthPrecisionHint')}
            value={precision}
            onChange={(value) => form.setFieldValue('birth.precision', value as BirthPrecisionChoice)}
          >
            <Group mt="xs" gap="lg">
              {(['unknown', 'day', 'month', 'year', 'age'] as const).map((choice) => (
                <Radio key={choice} value={choice} label={t(`persons:birthPrecision.${choice}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {precision === 'day' && <TextInput type="date" label={t('persons:fields.birthDate')} required max={todayUtc()} {...form.getInputProps('birth.date')} />}
            {precision === 'month' && <TextInput type="month" label={t('persons:fields.birthMonth')} placeholder="YYYY-MM" required {...form.getInputProps('birth.month')} />}
            {precision === 'year' && <TextInput label={t('persons:fields.birthYear')} placeholder="YYYY" inputMode="numeric" maxLength={4} required {...form.getInputProps('birth.year')} />}
            {precision === 'age' && (
              <>
                <NumberInput label={t('persons:fields.age')} min={0} max={120} allowDecimal={false} allowNegative={false} required {...form.getInputProps('birth.age')} />
                <TextInput type="date" label={t('persons:fields.ageAt')} description={t('persons:form.ageAtHint')} required max={todayUtc()} {...form.getInputProps('birth.ageAt')} />
              </>
            )}
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">{t('persons:form.originTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <CountryMultiSelect label={t('persons:fields.nationalities')} maxValues={4} {...form.getInputProps('nationalities')} />
            <MultiSelect label={t('persons:fields.languages')} searchable clearable maxValues={8} data={vocabularyOptions(t, 'language')} {...form.getInputProps('languages')} />
            <ProvinceSelect label={t('persons:fields.homeProvince')} {...form.getInputProps('home.provinceCode')} />
            <TextInput label={t('persons:fields.district')} maxLength={120} {...form.getInputProps('home.district')} />
            <TextInput label={t('persons:fields.commune')} maxLength={120} {...form.getInputProps('home.commune')} />
            <TextInput label={t('persons:fields.village')} maxLength={120} {...form.getInputProps('home.village')} />
          </SimpleGrid>
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">{t('persons:form.documentsTitle')}</Title>
          {form.values.documents.map((row, index) => (
            <Fieldset key={row.key} legend={t('persons:form.documentLegend', { number: index + 1 })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                <Select label={t('persons:fields.documentType')} allowDeselect={false} data={vocabularyOptions(t, 'documentType', DOCUMENT_TYPES)} {...form.getInputProps(`documents.${index}.type`)} />
                <TextInput label={t('persons:fields.documentNumber')} required maxLength={60} {...form.getInputProps(`documents.${index}.number`)} />
                <CountrySelect label={t('persons:fields.issuingCountry')} {...form.getInputProps(`documents.${index}.issuingCountry`)} />
                <Group align="flex-end" justify="space-between" wrap="nowrap">
                  <Checkbox label={t('persons:fields.heldByOthers')} {...form.getInputProps(`documents.${index}.heldByOthers`, { type: 'checkbox' })} />
                  <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('documents', index)} aria-label={t('persons:form.removeDocument', { number: index + 1 })}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </SimpleGrid>
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={form.values.documents.length >= MAX_ROWS}
              onClick={() => form.insertListItem('documents', { key: newRowKey(), type: 'national_id', number: '', issuingCountry: 'KH', heldByOthers: false })}
            >
              {t('persons:form.addDocument')}
            </Button>
          </Group>
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">{t('persons:form.contactsTitle')}</Title>
          {form.values.contacts.map((row, index) => (
            <Fieldset key={row.key} legend={t('persons:form.contactLegend', { number: index + 1 })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                <Select label={t('persons:fields.contactKind')} allowDeselect={false} data={vocabularyOptions(t, 'contactKind', CONTACT_KINDS)} {...form.getInputProps(`contacts.${index}.kind`)} />
                <TextInput label={t('persons:fields.contactValue')} required maxLength={200} {...form.getInputProps(`contacts.${index}.value`)} />
                <TextInput label={t('persons:fields.contactNote')} maxLength={200} {...form.getInputProps(`contacts.${index}.note`)} />
                <Group align="flex-end">
                  <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('contacts', index)} aria-label={t('persons:form.removeContact', { number: index + 1 })}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </SimpleGrid>
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={form.values.contacts.length >= MAX_ROWS}
              onClick={() => form.insertListItem('contacts', { key: newRowKey(), kind: 'phone', value: '', note: '' })}
            >
              {t('persons:form.addContact')}
            </Button>
          </Group>
        </Stack>

        <Group justify="flex-end">
          {onCancel && <Button variant="default" onClick={onCancel}>{t('common:actions.cancel')}</Button>}
          <Button type="submit" loading={isSubmitting}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
