import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SITE_SOURCE_KINDS, SITE_STATUSES, siteInputSchema } from '@ctip/contracts';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { todayUtc } from '../../cases/dates';
import { focusFirstError } from '../../cases/focus-first-error';
import { applyNestedServerErrors } from '../../../lib/nested-field-errors';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { SiteFields } from '../components/site-fields';
import { SourceFields } from '../components/source-fields';
import { useCreateSite } from '../hooks/use-sites';
import { emptySiteForm, emptySource, toSiteInput, type FirstStatusValues, type SiteFormValues } from '../site-form-values';

type NewSiteValues = SiteFormValues & { status: FirstStatusValues };

// A new site cannot start as reopened, nor cite an operation (operations happen at registered sites).
const FIRST_STATUSES = SITE_STATUSES.filter((status) => status !== 'reopened');
const FIRST_SOURCE_KINDS = SITE_SOURCE_KINDS.filter((kind) => kind !== 'operation');

/** Adds a site to the registry: the place, its names and operators, and its first dated status with the source. */
export function NewSitePage() {
  const { t, translate, describe } = useIntakeTranslation('sites');
  const navigate = useNavigate();
  const create = useCreateSite();
  const formElement = useRef<HTMLFormElement>(null);
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const form = useForm<NewSiteValues>({
    initialValues: { ...emptySiteForm(), status: { status: 'reported', occurredOn: todayUtc(), source: emptySource('press_article') } },
    validate: (values) => validateWithSchema(siteInputSchema, toSiteInput(values, values.status), translate),
  });
  const submit = (values: NewSiteValues) => {
    setPlacedPaths([]);
    create.mutate(toSiteInput(values, values.status), {
      onSuccess: (site) => {
        notifications.show({ color: 'teal', message: t('sites:form.created', { name: site.name }) });
        navigate(`/sites/${site.id}`);
      },
      onError: (error) => {
        setPlacedPaths(applyNestedServerErrors(form, error, describe));
        focusFirstError(formElement.current);
      },
    });
  };
  return (
    <>
      <PageHeader title={t('sites:form.newTitle')} description={t('sites:form.newDescription')} />
      <form ref={formElement} noValidate onSubmit={form.onSubmit(submit, () => focusFirstError(formElement.current))}>
        <Stack gap="md" maw={960}>
          {create.error != null && <ProblemAlert error={create.error} placedFields={placedPaths} />}
          <Paper withBorder p="md" component="section" aria-labelledby="site-place-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="site-place-title">{t('sites:form.placeTitle')}</Title>
              <SiteFields form={form as unknown as UseFormReturnType<SiteFormValues>} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="site-first-status-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="site-first-status-title">{t('sites:form.firstStatusTitle')}</Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect label={t('sites:fields.status')} data={FIRST_STATUSES.map((status) => ({ value: status, label: t(`sites:vocab.status.${status}`) }))} {...form.getInputProps('status.status')} />
                <TextInput type="date" label={t('sites:fields.occurredOn')} required max={todayUtc()} {...form.getInputProps('status.occurredOn')} />
              </SimpleGrid>
              <SourceFields form={form} path="status.source" source={form.values.status.source} kinds={FIRST_SOURCE_KINDS} siteId={null} />
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/sites')}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('sites:form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
