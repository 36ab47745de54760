import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalculator } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-error';
import { EstimateHistory } from '../components/estimate-history';
import { ListBuilder } from '../components/list-builder';
import { MethodOptions } from '../components/method-options';
import { RunningIndicator } from '../components/running-indicator';
import { checkEstimationForm, initialEstimationValues, toEstimationRequest, type EstimationFormValues } from '../estimation-form';
import { placeFieldProblems, translateEstimationProblem } from '../estimation-field-errors';
import { useCreateEstimate, useEstimationSources } from '../hooks/use-estimation';

// Field errors placed on the form; the alert above it repeats none of them.
const PLACED_FIELDS = ['from', 'to', 'lists', 'method', 'threshold', 'maxOrder', 'bootstrap', 'seed'] as const;

/**
 * The hidden number: an analyst chooses a period and builds 2–10 lists from the organisations
 * with case records in it, picks the model selection method and its options, and runs the
 * estimate (the result opens on its own page); earlier estimates are listed below.
 */
export function EstimationPage() {
  const { t, i18n } = useTranslation('estimation');
  const navigate = useNavigate();
  const translate = (problem: Parameters<typeof translateEstimationProblem>[2]) => translateEstimationProblem(t, (key) => i18n.exists(key), problem);
  const form = useForm<EstimationFormValues>({
    initialValues: initialEstimationValues(new Date()),
    validate: (values) => Object.fromEntries(Object.entries(checkEstimationForm(values)).map(([path, problem]) => [path, translate(problem)])),
  });
  const [from, to] = form.values.period;
  const sources = useEstimationSources(from && to ? { from, to } : null);
  const create = useCreateEstimate();

  // A new period may leave out organisations that had records in the old one: take them off the lists.
  useEffect(() => {
    if (!sources.data) return;
    const known = new Set(sources.data.items.map((source) => source.organisationId));
    const lists = form.getValues().lists;
    if (lists.some((list) => list.organisationIds.some((id) => !known.has(id)))) {
      form.setFieldValue('lists', lists.map((list) => ({ ...list, organisationIds: list.organisationIds.filter((id) => known.has(id)) })));
    }
    // Only when the sources change, not on every edit of the lists.
  }, [sources.data]);

  const submit = (values: EstimationFormValues) => {
    create.mutate(toEstimationRequest(values), {
      onSuccess: (estimate) => navigate(`/analysis/hidden-number/${encodeURIComponent(estimate.id)}`),
      onError: (error) => {
        if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return;
        const placed = placeFieldProblems(error.fieldErrors, values);
        form.setErrors(Object.fromEntries(Object.entries(placed).filter(([path]) => path !== 'form').map(([path, problem]) => [path, translate(problem)])));
      },
    });
  };
  const periodError = form.errors.period;
  const bootstrap = form.values.bootstrap;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('period.title')}</Title>
              <DatePickerInput
                type="range"
                label={t('period.label')}
                description={t('period.description')}
                required
                allowSingleDateInRange
                maxDate={new Date()}
                valueFormat="D MMM YYYY"
                w={{ base: '100%', sm: 360 }}
                value={form.values.period}
                onChange={(value) => form.setFieldValue('period', value as [string | null, string | null])}
                error={typeof periodError === 'string' ? periodError : undefined}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('lists.title')}</Title>
              <Text size="sm" c="dimmed">{t('lists.description')}</Text>
              <ListBuilder form={form} sources={sources.data?.items} isPeriodChosen={Boolean(from && to)} isLoading={sources.isPending} error={sources.error} onRetry={() => void sources.refetch()} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('options.title')}</Title>
              <MethodOptions form={form} />
            </Stack>
          </Paper>
          {create.error != null && <ProblemAlert error={create.error} placedFields={PLACED_FIELDS} />}
          {create.isPending && <RunningIndicator hasBootstrap={typeof bootstrap === 'number' && bootstrap > 0} />}
          <Group>
            <Button type="submit" size="md" leftSection={<IconCalculator size={18} aria-hidden />} loading={create.isPending}>
              {t('run.action')}
            </Button>
          </Group>
        </Stack>
      </form>
      <EstimateHistory />
    </>
  );
}
