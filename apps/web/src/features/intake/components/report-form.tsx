import { Button, Checkbox, Grid, Group, Kbd, MultiSelect, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlayerTrackNext } from '@tabler/icons-react';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ALLEGATION_TYPES, CONTACT_KINDS, REPORT_CHANNELS, REPORT_URGENCIES, REPORTER_RELATIONSHIPS, reportInputSchema, type ReportCandidate } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { validateWithSchema } from '../../../lib/form-errors';
import { ProvinceSelect } from '../../cases/components/place-selects';
import { focusFirstError } from '../../cases/focus-first-error';
import { vocabularyOptions } from '../../cases/vocabulary';
import { SiteSelect } from '../../sites/components/site-select';
import { applyNestedServerErrors } from '../../../lib/nested-field-errors';
import { useCreateReport } from '../hooks/use-reports';
import { linkReport } from '../api';
import { intakeShortcutOf } from '../intake-shortcuts';
import { emptyPersonRow, emptyReportForm, linkReasonOf, reportErrorPath, toDuplicateCheck, toReportInput, type ReportFormValues } from '../report-form-values';
import { useIntakeTranslation } from '../use-intake-translation';
import { DuplicateReports } from './duplicate-reports';
import { MAX_PEOPLE_ROWS, PeopleRows } from './people-rows';

/** Top-level fields: server errors under them land on the form, not in the alert. */
const FIELDS = ['channel', 'receivedAt', 'reporter', 'people', 'peopleCount', 'siteId', 'provinceCode', 'placeDetail', 'allegation', 'urgency'] as const;

/** One titled part of the form. */
function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** What happens once the report is saved: open its page, or clear the form for the next call. */
type AfterSave = 'open' | 'next';

/**
 * The intake form: a call, message or letter taken as it comes, fast and by keyboard — channel,
 * reporter (anonymous allowed; "do not call back" honoured), the people concerned (or just a
 * count), the site or the place, the allegation and its types, and the urgency. Possible
 * duplicates appear beside it as it is typed, and the operator links the call to one instead of
 * retyping it. Enter in a field or Ctrl+Enter anywhere saves; Ctrl+Shift+Enter saves and starts
 * the next call; Alt+P adds a person.
 */
export function ReportForm() {
  const { t, translate, describe } = useIntakeTranslation('intake');
  const navigate = useNavigate();
  const create = useCreateReport();
  const formElement = useRef<HTMLFormElement>(null);
  const channelElement = useRef<HTMLSelectElement>(null);
  const nameElements = useRef(new Map<string, HTMLInputElement>());
  const afterSave = useRef<AfterSave>('open');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [placedPaths, setPlacedPaths] = useState<string[]>([]);
  const [linked, setLinked] = useState<ReportCandidate[]>([]);

  const form = useForm<ReportFormValues>({
    initialValues: emptyReportForm(),
    validate: (values) => {
      const { input, rowOfPerson } = toReportInput(values);
      const errors = validateWithSchema(reportInputSchema, input, translate);
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [reportErrorPath(path, rowOfPerson), message]));
    },
  });
  const [typed] = useDebouncedValue(form.values, 400);
  const duplicateCheck = useMemo(() => toDuplicateCheck(typed), [typed]);

  const addPerson = () => {
    if (form.getValues().people.length >= MAX_PEOPLE_ROWS) return;
    const row = emptyPersonRow();
    form.insertListItem('people', row);
    requestAnimationFrame(() => nameElements.current.get(row.key)?.focus());
  };

  const startNextCall = () => {
    form.setValues(emptyReportForm());
    form.resetDirty();
    setLinked([]);
    setSubmitError(null);
    requestAnimationFrame(() => channelElement.current?.focus());
  };

  const submit = async (values: ReportFormValues) => {
    setSubmitError(null);
    setPlacedPaths([]);
    const { input, rowOfPerson } = toReportInput(values);
    let detail;
    try {
      detail = await create.mutateAsync(input);
    } catch (error) {
      setSubmitError(error);
      setPlacedPaths(applyNestedServerErrors(form, error, describe, (path) => reportErrorPath(path, rowOfPerson)));
      focusFirstError(formElement.current);
      return;
    }
    // Links to the reports the operator chose instead of retyping them; the report is saved even if one fails.
    const failed: string[] = [];
    for (const candidate of linked) {
      try {
        await linkReport(detail.id, { reportId: candidate.reportId, reason: linkReasonOf(candidate.reasons) });
      } catch {
        failed.push(candidate.reference);
      }
    }
    if (failed.length > 0) notifications.show({ color: 'yellow', message: t('intake:form.linkFailed', { references: failed.join(', ') }) });
    notifications.show({ color: 'teal', message: t('intake:form.saved', { reference: detail.reference }) });
    if (afterSave.current === 'next') startNextCall();
    else navigate(`/intake/reports/${detail.id}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Enter in a list field (country, site, allegations) picks the highlighted option; with
    // none highlighted it must not save a half-typed report. Ctrl+Enter saves from there.
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target.getAttribute('aria-haspopup') === 'listbox') {
      event.preventDefault();
      return;
    }
    const shortcut = intakeShortcutOf(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut === 'add_person') {
      addPerson();
      return;
    }
    afterSave.current = shortcut === 'save_and_new' ? 'next' : 'open';
    formElement.current?.requestSubmit();
  };

  const toggleLink = (candidate: ReportCandidate) =>
    setLinked((current) => (current.some((item) => item.reportId === candidate.reportId) ? current.filter((item) => item.reportId !== candidate.reportId) : [...current, candidate]));

  const isAnonymous = form.values.reporter.anonymous;
  const nowLocal = useMemo(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16), []);
  return (
    <form
      ref={formElement}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={form.onSubmit((values) => void submit(values), () => focusFirstError(formElement.current))}
      aria-describedby="intake-shortcuts"
    >
      <Stack gap="md">
        {submitError != null && <ProblemAlert error={submitError} placedFields={[...FIELDS.filter((field) => field !== 'allegation' && field !== 'reporter' && field !== 'people'), ...placedPaths]} />}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <FormSection title={t('intake:form.reporterTitle')}>
                <NativeSelect
                  ref={channelElement}
                  label={t('intake:fields.channel')}
                  data={REPORT_CHANNELS.map((channel) => ({ value: channel, label: t(`intake:vocab.channel.${channel}`) }))}
                  autoFocus
                  w={{ base: '100%', sm: 260 }}
                  {...form.getInputProps('channel')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
                  <TextInput label={t('intake:fields.reporterName')} maxLength={200} disabled={isAnonymous} {...form.getInputProps('reporter.name')} />
                  <NativeSelect label={t('intake:fields.contactKind')} data={vocabularyOptions(t, 'contactKind', CONTACT_KINDS)} disabled={isAnonymous} {...form.getInputProps('reporter.contactKind')} />
                  <TextInput label={t('intake:fields.reporterContact')} maxLength={200} disabled={isAnonymous} {...form.getInputProps('reporter.contact')} />
                  <NativeSelect
                    label={t('intake:fields.relationship')}
                    data={[{ value: '', label: t('intake:form.notSaid') }, ...REPORTER_RELATIONSHIPS.map((relationship) => ({ value: relationship, label: t(`intake:vocab.relationship.${relationship}`) }))]}
                    {...form.getInputProps('reporter.relationship')}
                    value={form.values.reporter.relationship ?? ''}
                    onChange={(event) => form.setFieldValue('reporter.relationship', (event.currentTarget.value || null) as ReportFormValues['reporter']['relationship'])}
                  />
                </SimpleGrid>
                <Group gap="lg" wrap="wrap">
                  <Checkbox
                    label={t('intake:fields.anonymous')}
                    {...form.getInputProps('reporter.anonymous', { type: 'checkbox' })}
                    onChange={(event) => {
                      const isChecked = event.currentTarget.checked;
                      form.setFieldValue('reporter.anonymous', isChecked);
                      if (isChecked) {
                        form.setFieldValue('reporter.name', '');
                        form.setFieldValue('reporter.contact', '');
                      }
                    }}
                  />
                  <Checkbox label={t('intake:fields.doNotCallBack')} description={t('intake:form.doNotCallBackHint')} {...form.getInputProps('reporter.doNotCallBack', { type: 'checkbox' })} />
                </Group>
              </FormSection>

              <FormSection title={t('intake:form.peopleTitle')}>
                <PeopleRows
                  form={form}
                  onAdd={addPerson}
                  nameRef={(key, element) => {
                    if (element) nameElements.current.set(key, element);
                    else nameElements.current.delete(key);
                  }}
                />
              </FormSection>

              <FormSection title={t('intake:form.placeTitle')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <SiteSelect label={t('intake:fields.site')} description={t('intake:form.siteHint')} value={form.values.siteId} error={form.errors.siteId} onChange={(id) => form.setFieldValue('siteId', id)} />
                  <ProvinceSelect
                    label={t('intake:fields.province')}
                    description={form.values.siteId ? t('intake:form.provinceFromSite') : undefined}
                    disabled={form.values.siteId !== null}
                    selectFirstOptionOnChange
                    {...form.getInputProps('provinceCode')}
                  />
                </SimpleGrid>
                <TextInput label={t('intake:fields.placeDetail')} description={t('intake:form.placeDetailHint')} maxLength={500} {...form.getInputProps('placeDetail')} />
              </FormSection>

              <FormSection title={t('intake:form.allegationTitle')}>
                <Textarea label={t('intake:fields.narrative')} description={t('intake:form.narrativeHint')} autosize minRows={3} maxRows={12} maxLength={8000} {...form.getInputProps('narrative')} />
                <MultiSelect
                  label={t('intake:fields.types')}
                  data={ALLEGATION_TYPES.map((type) => ({ value: type, label: t(`intake:vocab.allegation.${type}`) }))}
                  searchable
                  clearable
                  hidePickedOptions
                  selectFirstOptionOnChange
                  {...form.getInputProps('types')}
                />
                <Radio.Group label={t('intake:fields.urgency')} description={t('intake:form.urgencyHint')} {...form.getInputProps('urgency')}>
                  <Group mt="xs" gap="lg">
                    {REPORT_URGENCIES.map((urgency) => <Radio key={urgency} value={urgency} label={t(`intake:vocab.urgency.${urgency}`)} />)}
                  </Group>
                </Radio.Group>
                {/* Last: rarely needed (a letter, a message read later), and a date field takes several Tab stops. */}
                <TextInput type="datetime-local" label={t('intake:fields.receivedAt')} description={t('intake:form.receivedAtHint')} max={nowLocal} w={{ base: '100%', sm: 300 }} {...form.getInputProps('receivedAt')} />
              </FormSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <DuplicateReports body={duplicateCheck} linkedIds={linked.map((candidate) => candidate.reportId)} onToggleLink={toggleLink} onUseSite={(siteId) => form.setFieldValue('siteId', siteId)} />
          </Grid.Col>
        </Grid>

        <Paper withBorder p="sm" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="xs" c="dimmed" id="intake-shortcuts">
              <Kbd size="xs">Enter</Kbd> / <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd> {t('intake:shortcuts.save')} · <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Shift</Kbd>+<Kbd size="xs">Enter</Kbd>{' '}
              {t('intake:shortcuts.saveAndNext')} · <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">P</Kbd> {t('intake:shortcuts.addPerson')}
            </Text>
            {/* Save comes first: Enter in a field submits through the form's first submit button. */}
            <Group gap="sm">
              {linked.length > 0 && <Text size="sm" c="teal.8">{t('intake:form.willLink', { references: linked.map((candidate) => candidate.reference).join(', ') })}</Text>}
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={create.isPending && afterSave.current === 'open'} onClick={() => (afterSave.current = 'open')} aria-keyshortcuts="Control+Enter">
                {t('intake:form.save')}
              </Button>
              <Button type="submit" variant="default" leftSection={<IconPlayerTrackNext size={16} aria-hidden />} loading={create.isPending && afterSave.current === 'next'} onClick={() => (afterSave.current = 'next')} aria-keyshortcuts="Control+Shift+Enter">
                {t('intake:form.saveAndNext')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
