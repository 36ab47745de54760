import { ActionIcon, Alert, Button, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalculator, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { AGE_GROUPS, EXPLOITATION_TYPES, OPERATION_KINDS, operationInputSchema, RAIDING_OPERATION_KINDS, SEXES, type FieldError } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { useSession } from '../../auth/session-store';
import { CountrySelect, ProvinceSelect } from '../../cases/components/place-selects';
import { todayUtc } from '../../cases/dates';
import { focusFirstError } from '../../cases/focus-first-error';
import { vocabularyOptions } from '../../cases/vocabulary';
import { ReportSelect } from '../../intake/components/report-select';
import { useReport } from '../../intake/hooks/use-reports';
import { applyNestedServerErrors, placeNestedFieldErrors } from '../../../lib/nested-field-errors';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { OrganisationSelect } from '../../organisations/components/organisation-select';
import { SiteSelect } from '../../sites/components/site-select';
import { useSite } from '../../sites/hooks/use-sites';
import { useCreateOperation } from '../hooks/use-operations';
import {
  breakdownFromIndividuals,
  checkOperationCounts,
  emptyArrestRow,
  emptyBreakdownRow,
  emptyIndividual,
  emptyOperationForm,
  operationErrorPath,
  toOperationInput,
  type OperationFormValues,
} from '../operation-form-values';

const MAX_INDIVIDUALS = 500;
const MAX_ROWS = 100;

/** One titled part of the form. */
function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={title}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">{title}</Title>
          {description && <Text size="sm" c="dimmed">{description}</Text>}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** Props of {@link OperationForm}. */
export interface OperationFormProps {
  siteId?: string | null;
  reportId?: string | null;
}

/**
 * Records an inspection, raid or rescue: date, site, the lead organisation and the agencies;
 * the people rescued — counted by nationality, sex and age group, and named one by one (each
 * becomes a person with a survivor case, screening pending, of the organisation that takes them
 * in); arrests; evidence; the reports it acts on. The counts are checked against the individuals
 * as the server checks them, and a refusal lands on the fields it concerns.
 */
export function OperationForm({ siteId = null, reportId = null }: OperationFormProps) {
  const { t, translate, describe } = useIntakeTranslation('operations');
  const session = useSession();
  const navigate = useNavigate();
  const create = useCreateOperation();
  const formElement = useRef<HTMLFormElement>(null);
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const form = useForm<OperationFormValues>({
    initialValues: emptyOperationForm({ today: todayUtc(), organisationId: session.user.organisation.id, siteId, reportId }),
    validate: (values) => {
      const { input, rowOfIndividual } = toOperationInput(values);
      const remap = (path: string) => operationErrorPath(path, rowOfIndividual);
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(validateWithSchema(operationInputSchema, input, translate))) errors[remap(path)] ??= message;
      const counted: FieldError[] = checkOperationCounts(input, values, rowOfIndividual);
      for (const [path, message] of Object.entries(placeNestedFieldErrors(counted, values, describe, remap).errors)) errors[path] ??= message;
      return errors;
    },
  });
  const site = useSite(form.values.siteId);
  const values = form.values;
  const isRaid = RAIDING_OPERATION_KINDS.includes(values.kind);
  const needsCorrection = isRaid && site.data !== undefined && values.occurredOn !== '' && values.occurredOn < site.data.currentStatusOn && values.occurredOn >= site.data.firstRecordedOn;
  const listed = values.individuals.length;

  const submit = (submitted: OperationFormValues) => {
    setPlacedPaths([]);
    const { input, rowOfIndividual } = toOperationInput(submitted);
    create.mutate(input, {
      onSuccess: (detail) => {
        notifications.show({ color: 'teal', message: t('operations:form.saved', { value: detail.individualsRecorded }) });
        navigate(`/operations/${detail.id}`);
      },
      onError: (error) => {
        setPlacedPaths(applyNestedServerErrors(form, error, describe, (path) => operationErrorPath(path, rowOfIndividual)));
        focusFirstError(formElement.current);
      },
    });
  };

  const rowError = (path: string) => (form.errors[path] ? <Text size="xs" c="red.8" role="alert">{form.errors[path]}</Text> : null);
  return (
    <form ref={formElement} noValidate onSubmit={form.onSubmit(submit, () => focusFirstError(formElement.current))}>
      <Stack gap="md" maw={1100}>
        {create.error != null && <ProblemAlert error={create.error} placedFields={placedPaths} />}

        <FormSection title={t('operations:form.operationTitle')}>
          <Radio.Group label={t('operations:fields.kind')} {...form.getInputProps('kind')}>
            <Group mt="xs" gap="lg">
              {OPERATION_KINDS.map((kind) => <Radio key={kind} value={kind} label={t(`operations:vocab.kind.${kind}`)} />)}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={t('operations:fields.occurredOn')} required max={todayUtc()} {...form.getInputProps('occurredOn')} />
            <SiteSelect label={t('operations:fields.site')} required value={values.siteId} error={form.errors.siteId} onChange={(id) => form.setFieldValue('siteId', id)} />
          </SimpleGrid>
          {needsCorrection && (
            <>
              <Alert color="yellow" variant="light">{t('operations:form.correctionExplained', { date: site.data!.currentStatusOn })}</Alert>
              <Textarea label={t('operations:fields.siteStatusCorrectionReason')} required autosize minRows={2} maxLength={2000} {...form.getInputProps('siteStatusCorrectionReason')} />
            </>
          )}
          {!needsCorrection && form.errors.siteStatusCorrectionReason && rowError('siteStatusCorrectionReason')}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrganisationSelect label={t('operations:fields.lead')} required onlyActive clearable={false} value={values.leadOrganisationId} onChange={(id) => form.setFieldValue('leadOrganisationId', id)} error={form.errors.leadOrganisationId as string | undefined} />
            <Stack gap={6}>
              {values.agencyOrganisationIds.map((agencyId, index) => (
                <Group key={`agency-${index}`} gap="xs" align="flex-end" wrap="nowrap">
                  <OrganisationSelect
                    label={t('operations:fields.agency', { number: index + 1 })}
                    onlyActive
                    value={agencyId}
                    onChange={(id) => form.setFieldValue(`agencyOrganisationIds.${index}`, id)}
                    error={form.errors[`agencyOrganisationIds.${index}`] as string | undefined}
                  />
                  <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('agencyOrganisationIds', index)} aria-label={t('operations:form.removeAgency', { number: index + 1 })}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} disabled={values.agencyOrganisationIds.length >= 20} onClick={() => form.insertListItem('agencyOrganisationIds', null)}>
                  {t('operations:form.addAgency')}
                </Button>
              </Group>
            </Stack>
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('operations:form.individualsTitle')} description={t('operations:form.individualsDescription')}>
          {rowError('individuals')}
          {values.individuals.map((row, index) => (
            <Fieldset key={row.key} legend={t('operations:form.individualLegend', { number: index + 1 })} variant="filled" p="xs" data-testid="individual-row">
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput label={t('operations:fields.name')} description={t('operations:form.nameHint')} maxLength={200} style={{ flex: '2 1 190px' }} {...form.getInputProps(`individuals.${index}.name`)} />
                <TextInput label={t('operations:fields.otherName')} maxLength={200} style={{ flex: '2 1 160px' }} {...form.getInputProps(`individuals.${index}.otherName`)} />
                <NativeSelect label={t('operations:fields.sex')} data={vocabularyOptions(t, 'sex', SEXES)} w={110} {...form.getInputProps(`individuals.${index}.sex`)} />
                <CountrySelect label={t('operations:fields.nationality')} selectFirstOptionOnChange style={{ flex: '1 1 160px' }} {...form.getInputProps(`individuals.${index}.nationality`)} />
                <NumberInput label={t('operations:fields.age')} min={0} max={120} allowDecimal={false} allowNegative={false} hideControls w={80} {...form.getInputProps(`individuals.${index}.age`)} />
                <ProvinceSelect label={t('operations:fields.homeProvince')} selectFirstOptionOnChange style={{ flex: '1 1 170px' }} {...form.getInputProps(`individuals.${index}.provinceCode`)} />
                <ActionIcon variant="subtle" color="red" size="lg" mt={26} onClick={() => form.removeListItem('individuals', index)} aria-label={t('operations:form.removeIndividual', { number: index + 1 })}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Fieldset>
          ))}
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={listed >= MAX_INDIVIDUALS} onClick={() => form.insertListItem('individuals', emptyIndividual())}>
              {t('operations:form.addIndividual')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrganisationSelect
              label={t('operations:fields.receiving')}
              placeholder={t('operations:form.receivingDefault')}
              onlyActive
              value={values.receivingOrganisationId}
              onChange={(id) => form.setFieldValue('receivingOrganisationId', id)}
              error={form.errors.receivingOrganisationId as string | undefined}
            />
            <MultiSelect label={t('operations:fields.exploitationTypes')} searchable clearable hidePickedOptions data={vocabularyOptions(t, 'exploitationType', EXPLOITATION_TYPES)} {...form.getInputProps('exploitationTypes')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">{t('operations:form.receivingHint')}</Text>
        </FormSection>

        <FormSection title={t('operations:form.countsTitle')} description={t('operations:form.countsDescription')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NumberInput
              label={t('operations:fields.rescuedTotal')}
              description={t('operations:form.totalHint', { value: listed })}
              placeholder={String(listed)}
              min={0}
              max={100_000}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              w={260}
              {...form.getInputProps('rescued.total')}
            />
            <Button
              variant="default"
              leftSection={<IconCalculator size={16} aria-hidden />}
              disabled={listed === 0}
              onClick={() => {
                const breakdown = breakdownFromIndividuals(values.individuals);
                form.setFieldValue('rescued.breakdown', breakdown);
                if (values.rescued.total === '') form.setFieldValue('rescued.total', breakdown.reduce((sum, row) => sum + (row.count === '' ? 0 : row.count), 0));
              }}
            >
              {t('operations:form.fillFromIndividuals')}
            </Button>
          </Group>
          {values.rescued.breakdown.map((row, index) => (
            <Group key={row.key} gap="xs" align="flex-start" wrap="wrap" data-testid="breakdown-row">
              <CountrySelect aria-label={t('operations:form.cellNationality', { number: index + 1 })} placeholder={t('operations:form.unknownNationality')} selectFirstOptionOnChange w={220} {...form.getInputProps(`rescued.breakdown.${index}.nationality`)} />
              <NativeSelect aria-label={t('operations:form.cellSex', { number: index + 1 })} data={vocabularyOptions(t, 'sex', SEXES)} w={120} {...form.getInputProps(`rescued.breakdown.${index}.sex`)} />
              <NativeSelect aria-label={t('operations:form.cellAgeGroup', { number: index + 1 })} data={vocabularyOptions(t, 'ageGroup', AGE_GROUPS)} w={150} {...form.getInputProps(`rescued.breakdown.${index}.ageGroup`)} />
              <NumberInput aria-label={t('operations:form.cellCount', { number: index + 1 })} min={1} max={100_000} allowDecimal={false} allowNegative={false} hideControls w={120} {...form.getInputProps(`rescued.breakdown.${index}.count`)} />
              <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('rescued.breakdown', index)} aria-label={t('operations:form.removeCell', { number: index + 1 })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} disabled={values.rescued.breakdown.length >= MAX_ROWS} onClick={() => form.insertListItem('rescued.breakdown', emptyBreakdownRow())}>
              {t('operations:form.addCell')}
            </Button>
          </Group>
        </FormSection>

        <FormSection title={t('operations:form.arrestsTitle')}>
          <NumberInput label={t('operations:fields.arrestsTotal')} min={0} max={100_000} allowDecimal={false} allowNegative={false} hideControls w={260} placeholder="0" {...form.getInputProps('arrests.total')} />
          {values.arrests.byNationality.map((row, index) => (
            <Group key={row.key} gap="xs" align="flex-start" wrap="wrap">
              <CountrySelect aria-label={t('operations:form.arrestNationality', { number: index + 1 })} selectFirstOptionOnChange w={220} {...form.getInputProps(`arrests.byNationality.${index}.nationality`)} />
              <NumberInput aria-label={t('operations:form.arrestCount', { number: index + 1 })} min={1} max={100_000} allowDecimal={false} allowNegative={false} hideControls w={120} {...form.getInputProps(`arrests.byNationality.${index}.count`)} />
              <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('arrests.byNationality', index)} aria-label={t('operations:form.removeArrestRow', { number: index + 1 })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} disabled={values.arrests.byNationality.length >= MAX_ROWS} onClick={() => form.insertListItem('arrests.byNationality', emptyArrestRow())}>
              {t('operations:form.addArrestRow')}
            </Button>
          </Group>
          <Textarea label={t('operations:fields.evidence')} description={t('operations:form.evidenceHint')} autosize minRows={2} maxLength={8000} {...form.getInputProps('evidenceNotes')} />
        </FormSection>

        <FormSection title={t('operations:form.reportsTitle')} description={t('operations:form.reportsDescription')}>
          {values.reportIds.length === 0 && <Text size="sm" c="dimmed">{t('operations:form.noReport')}</Text>}
          {values.reportIds.map((id, index) => (
            <Stack key={id} gap={2}>
              <Group gap="xs" wrap="nowrap">
                <LinkedReportLabel reportId={id} />
                <ActionIcon variant="subtle" color="red" onClick={() => form.removeListItem('reportIds', index)} aria-label={t('operations:form.removeReport', { number: index + 1 })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              {rowError(`reportIds.${index}`)}
            </Stack>
          ))}
          <ReportSelect
            label={t('operations:form.addReport')}
            siteId={values.siteId}
            excludeIds={values.reportIds}
            value={null}
            isPicker
            onChange={(id) => {
              if (id && !values.reportIds.includes(id)) form.insertListItem('reportIds', id);
            }}
            maw={520}
          />
        </FormSection>

        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(-1)}>{t('common:actions.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('operations:form.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A linked report's reference (read from the cache of reports, or its page). */
function LinkedReportLabel({ reportId }: { reportId: string }) {
  const { t } = useIntakeTranslation('operations');
  const report = useReport(reportId);
  return <Text size="sm" fw={600} className="ctip-monospace">{report.data?.reference ?? (report.error ? t('operations:form.reportNotVisible') : t('common:loading'))}</Text>;
}
