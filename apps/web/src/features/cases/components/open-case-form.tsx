import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EXPLOITATION_SECTORS, EXPLOITATION_TYPES, openCaseInputSchema, type ExploitationSector, type ExploitationType } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { useSession } from '../../auth/session-store';
import { todayUtc } from '../dates';
import { applyCaseServerErrors } from '../form-errors';
import { useOpenCase } from '../hooks/use-case-queries';
import { useCaseTranslation } from '../use-case-translation';

interface FormValues {
  openedOn: string;
  exploitationTypes: ExploitationType[];
  sectors: ExploitationSector[];
}

/** Props of {@link OpenCaseForm}. */
export interface OpenCaseFormProps {
  screeningId: string;
  /** Exploitation types to start from (forced criminality suggests itself). */
  initialTypes?: ExploitationType[];
}

/**
 * Opens a survivor case from a screening that found a presumed victim or called for further
 * assessment: the date, the forms of exploitation and the sectors. The case is assigned to the
 * user who opens it (they can hand it on from the case page).
 */
export function OpenCaseForm({ screeningId, initialTypes = [] }: OpenCaseFormProps) {
  const { t, tField } = useCaseTranslation('cases');
  const session = useSession();
  const navigate = useNavigate();
  const open = useOpenCase();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<FormValues>({
    initialValues: { openedOn: todayUtc(), exploitationTypes: initialTypes, sectors: [] },
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(openCaseInputSchema, { screeningId, ...values }, tField),
  });
  const submit = (values: FormValues) => {
    setSubmitError(null);
    open.mutate(
      { screeningId, openedOn: values.openedOn, exploitationTypes: values.exploitationTypes, sectors: values.sectors, assignedUserId: session.user.id },
      {
        onSuccess: (detail) => navigate(`/cases/${detail.id}`),
        onError: (error) => {
          setSubmitError(error);
          applyCaseServerErrors(form, error, tField);
        },
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {submitError != null && <ProblemAlert error={submitError} placedFields={['openedOn', 'exploitationTypes', 'sectors']} />}
        <TextInput type="date" label={t('cases:open.openedOn')} required max={todayUtc()} w={220} {...form.getInputProps('openedOn')} />
        <Checkbox.Group label={t('cases:fields.exploitationTypes')} description={t('cases:open.typesHint')} {...form.getInputProps('exploitationTypes')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
            {EXPLOITATION_TYPES.map((type) => <Checkbox key={type} value={type} label={t(`cases:vocab.exploitationType.${type}`)} />)}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t('cases:fields.sectors')} {...form.getInputProps('sectors')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
            {EXPLOITATION_SECTORS.map((sector) => <Checkbox key={sector} value={sector} label={t(`cases:vocab.sector.${sector}`)} />)}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="sm">
          <Text span c="dimmed">{t('cases:fields.assignedUser')}: </Text>
          {t('cases:open.assignedToYou', { name: session.user.displayName })}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={open.isPending}>{t('cases:open.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
