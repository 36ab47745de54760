import { Badge, Button, Checkbox, Fieldset, Grid, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { screeningInputSchema, type Person } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { todayUtc } from '../../cases/dates';
import { focusFirstError } from '../../cases/focus-first-error';
import { applyCaseServerErrors } from '../../cases/form-errors';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { emptyScreeningForm, previewScreening, SCREENING_CHECKLISTS, toScreeningInput, type ChecklistName, type ScreeningFormValues } from '../screening-form-values';
import { OUTCOME_COLOURS, ScreeningOutcomePreview } from './screening-outcome-preview';

const FIELDS = ['screenedOn', 'actDate', 'ageAtAct', 'acts', 'means', 'purposes', 'indicators', 'forcedCriminality', 'summary'] as const;

/** Props of {@link ScreeningForm}. */
export interface ScreeningFormProps {
  /** The person's birth, from which the age at the act is worked out when it is not typed. */
  birth: Person['birth'];
  onSubmit(input: z.input<typeof screeningInputSchema>): Promise<unknown>;
  submitLabel: string;
  onCancel?(): void;
}

/**
 * Validation paths of the API name a found element by its position among those found
 * (`acts.1.evidence`); the form keeps every code, so the position is turned back into the code.
 */
function screeningErrorPath(path: string, values: ScreeningFormValues): string {
  const match = /^(acts|means|purposes|indicators)\.(\d+)(\.\w+)?$/.exec(path);
  if (!match) return path;
  const list = match[1] as ChecklistName;
  const found = SCREENING_CHECKLISTS[list].codes.filter((code) => values[list][code]?.found);
  const code = found[Number(match[2])];
  return code ? `${list}.${code}.evidence` : list;
}

/**
 * A screening against the legal definition: the act, the means and the purpose found (each
 * with its evidence), the ILO's eleven forced-labour indicators, the date of the act and the
 * age then, and whether the person was forced to commit crimes. The outcome is previewed live
 * with the same function the server applies.
 */
export function ScreeningForm({ birth, onSubmit, submitLabel, onCancel }: ScreeningFormProps) {
  const { t, tField } = useCaseTranslation('persons');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formElement = useRef<HTMLFormElement>(null);
  const form = useForm<ScreeningFormValues>({
    initialValues: emptyScreeningForm(todayUtc()),
    validateInputOnBlur: true,
    validate: (values) => {
      const errors = validateWithSchema(screeningInputSchema, toScreeningInput(values), tField);
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [screeningErrorPath(path, values), message]));
    },
  });
  const preview = previewScreening(form.values, birth);

  const submit = async (values: ScreeningFormValues) => {
    setSubmitError(null);
    setIsSubmitting(true);
    try {
      await onSubmit(toScreeningInput(values));
    } catch (error) {
      setSubmitError(error);
      applyCaseServerErrors(form, error, tField, (path) => screeningErrorPath(path, values));
      focusFirstError(formElement.current);
    } finally {
      setIsSubmitting(false);
    }
  };

  const checklist = (name: ChecklistName) => {
    const { group, codes } = SCREENING_CHECKLISTS[name];
    return (
      <Fieldset legend={t(`persons:screening.checklists.${name}`)} variant="filled">
        <Text size="sm" c="dimmed" mb="xs">{t(`persons:screening.checklistHints.${name}`)}</Text>
        <Stack gap="xs">
          {codes.map((code) => {
            const label = t(`cases:vocab.${group}.${code}`);
            const isFound = form.values[name][code]?.found ?? false;
            return (
              <Stack key={code} gap={4}>
                <Checkbox label={label} {...form.getInputProps(`${name}.${code}.found`, { type: 'checkbox' })} />
                {isFound && (
                  <Textarea
                    ml="xl"
                    label={t('persons:screening.evidenceFor', { element: label })}
                    placeholder={t('persons:screening.evidencePlaceholder')}
                    autosize
                    minRows={1}
                    maxRows={6}
                    maxLength={4000}
                    {...form.getInputProps(`${name}.${code}.evidence`)}
                  />
                )}
              </Stack>
            );
          })}
        </Stack>
      </Fieldset>
    );
  };

  return (
    <form ref={formElement} onSubmit={form.onSubmit((values) => void submit(values), () => focusFirstError(formElement.current))} noValidate>
      <Stack gap="lg">
        {submitError != null && <ProblemAlert error={submitError} placedFields={FIELDS} />}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <Paper
                hiddenFrom="lg"
                withBorder
                shadow="sm"
                p="xs"
                style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 8px)', zIndex: 5 }}
                aria-hidden
              >
                <Group gap="xs">
                  <Text size="sm" fw={600}>{t('persons:screening.previewTitle')}:</Text>
                  <Badge color={OUTCOME_COLOURS[preview.outcome]}>{t(`cases:vocab.outcome.${preview.outcome}`)}</Badge>
                  {preview.isChild && <Badge variant="outline" color="grape">{t('persons:screening.child')}</Badge>}
                </Group>
              </Paper>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput type="date" label={t('persons:screening.screenedOn')} required max={todayUtc()} {...form.getInputProps('screenedOn')} />
                <TextInput type="date" label={t('persons:screening.actDate')} description={t('persons:screening.actDateHint')} max={todayUtc()} {...form.getInputProps('actDate')} />
                <NumberInput
                  label={t('persons:screening.ageAtAct')}
                  description={t('persons:screening.ageAtActHint')}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps('ageAtAct')}
                />
              </SimpleGrid>
              {checklist('acts')}
              {checklist('means')}
              {checklist('purposes')}
              {checklist('indicators')}
              <Switch
                label={t('persons:screening.forcedCriminality')}
                description={t('persons:screening.forcedCriminalityHint')}
                {...form.getInputProps('forcedCriminality', { type: 'checkbox' })}
              />
              <Textarea label={t('persons:screening.summary')} autosize minRows={2} maxRows={10} maxLength={8000} {...form.getInputProps('summary')} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <div style={{ position: 'sticky', top: 80 }}>
              <ScreeningOutcomePreview assessment={preview} ageAtAct={preview.ageAtAct} isAgeFromBirth={preview.isAgeFromBirth} />
            </div>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          {onCancel && <Button variant="default" onClick={onCancel}>{t('common:actions.cancel')}</Button>}
          <Button type="submit" loading={isSubmitting}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
