import { Button, Group, Modal, Select, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { caseEntryInputSchema, type CaseDetail, type CaseEntry, type CaseEntryKind } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { nameIn } from '../../../../lib/bilingual';
import { formatDate } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { OrganisationSelect } from '../../../organisations/components/organisation-select';
import { useOrganisation } from '../../../organisations/hooks/use-organisations';
import { organisationNameIn } from '../../../organisations/organisation-name';
import { useLaws } from '../../../reference/hooks/use-reference';
import { todayUtc } from '../../dates';
import { applyCaseServerErrors } from '../../form-errors';
import { useEntries, useRecordEntry, useReplaceEntry } from '../../hooks/use-care-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { vocabularyKey, vocabularyOptions } from '../../vocabulary';
import { CountrySelect, useCountryName } from '../place-selects';
import { SectionCard, SectionEmpty } from '../section-card';
import { emptyEntryForm, ENTRY_FIELDS, entryToForm, sectionOfEntry, toEntryInput, type EntryFieldSpec, type EntryFormValues } from './entry-forms';

function OrganisationName({ id }: { id: string }) {
  const { i18n } = useCaseTranslation('care');
  const organisation = useOrganisation(id);
  return <>{organisation.data ? organisationNameIn(i18n.language, organisation.data) : '…'}</>;
}

/** A field's value as read: a vocabulary word, a date, a country, an organisation, or the text. */
function EntryValue({ field, value }: { field: EntryFieldSpec; value: unknown }) {
  const { t, i18n } = useCaseTranslation('care');
  const countryName = useCountryName();
  const laws = useLaws();
  if (value === null || value === undefined || value === '') return <>—</>;
  const text = String(value);
  if (field.type === 'select' && field.vocabulary) return <>{t(vocabularyKey(field.vocabulary, text))}</>;
  if (field.type === 'date') return <>{formatDate(text, i18n.language)}</>;
  if (field.type === 'country') return <>{countryName(text)}</>;
  if (field.type === 'organisation') return <OrganisationName id={text} />;
  if (field.type === 'law') {
    const law = laws.data?.items.find((item) => item.id === text);
    return <>{law ? nameIn(i18n.language, law.titleEn, law.titleKm) : text}</>;
  }
  return <>{text}</>;
}

/** Props of {@link EntriesSection}. */
export interface EntriesSectionProps {
  detail: CaseDetail;
  kind: CaseEntryKind;
}

/**
 * The entries of one kind (assessments, service plan, services delivered, repatriation, family
 * tracing, reintegration plan): each with its date, content and who recorded it; recorded and
 * corrected by those whose organisation may work in that section.
 */
export function EntriesSection({ detail, kind }: EntriesSectionProps) {
  const { t, i18n } = useCaseTranslation('care');
  const entries = useEntries(detail.id, kind);
  const [editing, setEditing] = useState<CaseEntry | 'new' | null>(null);
  const canRecord = detail.allowedActions.includes(`record:${sectionOfEntry(kind)}`);
  const fields = ENTRY_FIELDS[kind];
  return (
    <SectionCard
      title={t(`cases:entryKinds.${kind}`)}
      description={t(`care:descriptions.${kind}`)}
      actions={canRecord && <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t(`care:addLabels.${kind}`)}</Button>}
    >
      {entries.isPending ? (
        <Skeleton height={100} />
      ) : entries.error ? (
        <ProblemAlert error={entries.error} onRetry={() => void entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <SectionEmpty title={t('care:none')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={120}>{t('care:occurredOn')}</Table.Th>
                <Table.Th scope="col">{t('care:content')}</Table.Th>
                <Table.Th scope="col" w={180}>{t('care:recordedBy')}</Table.Th>
                {canRecord && <Table.Th scope="col" w={60}>{t('common:actions.label')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDate(entry.occurredOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {fields
                        .filter((field) => (entry.data as Record<string, unknown>)[field.name] !== null && (entry.data as Record<string, unknown>)[field.name] !== '')
                        .map((field) => (
                          <Text key={field.name} size="sm">
                            <Text span c="dimmed" size="sm">{t(`care:fields.${field.name}`)}: </Text>
                            <EntryValue field={field} value={(entry.data as Record<string, unknown>)[field.name]} />
                          </Text>
                        ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td><Text size="sm">{entry.createdBy.displayName}</Text></Table.Td>
                  {canRecord && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(entry)} aria-label={t('care:editEntry', { date: formatDate(entry.occurredOn, i18n.language) })}>
                        <IconPencil size={14} aria-hidden />
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EntryFormModal caseId={detail.id} kind={kind} editing={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}

/** Records an entry of a kind, or corrects one. */
function EntryFormModal({ caseId, kind, editing, onClose }: { caseId: string; kind: CaseEntryKind; editing: CaseEntry | 'new' | null; onClose(): void }) {
  const { t, i18n, tField } = useCaseTranslation('care');
  const record = useRecordEntry(caseId);
  const replace = useReplaceEntry(caseId);
  const laws = useLaws();
  const mutation = editing === 'new' ? record : replace;
  const form = useForm<EntryFormValues>({
    initialValues: emptyEntryForm(kind, todayUtc()),
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(caseEntryInputSchema, toEntryInput(kind, values), tField),
  });
  useEffect(() => {
    if (editing === null) return;
    form.setValues(editing === 'new' ? emptyEntryForm(kind, todayUtc()) : entryToForm(kind, editing.occurredOn, editing.data as Record<string, unknown>));
    form.clearErrors();
    record.reset();
    replace.reset();
    // Reset when the dialog opens.
  }, [editing]);
  const submit = (values: EntryFormValues) => {
    const body = toEntryInput(kind, values);
    const handlers = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('cases:saved') });
        onClose();
      },
      onError: (error: unknown) => applyCaseServerErrors(form, error, tField),
    };
    if (editing === 'new') record.mutate(body, handlers);
    else if (editing) replace.mutate({ entryId: editing.id, body }, handlers);
  };
  const lawOptions = (laws.data?.items ?? []).map((law) => ({ value: law.id, label: `${law.shortName} — ${nameIn(i18n.language, law.titleEn, law.titleKm)}` }));
  const fieldInput = (field: EntryFieldSpec) => {
    const label = t(`care:fields.${field.name}`);
    const props = { ...form.getInputProps(`data.${field.name}`), label, required: field.required };
    switch (field.type) {
      case 'select':
        return <Select key={field.name} {...props} clearable={!field.required} allowDeselect={!field.required} data={vocabularyOptions(t, field.vocabulary!)} value={form.values.data[field.name] || null} onChange={(value) => form.setFieldValue(`data.${field.name}`, value ?? '')} />;
      case 'country':
        return <CountrySelect key={field.name} {...props} value={form.values.data[field.name] || null} onChange={(value) => form.setFieldValue(`data.${field.name}`, value ?? '')} />;
      case 'law':
        return <Select key={field.name} {...props} searchable clearable data={lawOptions} value={form.values.data[field.name] || null} onChange={(value) => form.setFieldValue(`data.${field.name}`, value ?? '')} />;
      case 'organisation':
        return (
          <OrganisationSelect
            key={field.name}
            label={label}
            value={form.values.data[field.name] || null}
            onChange={(id) => form.setFieldValue(`data.${field.name}`, id ?? '')}
            error={form.errors[`data.${field.name}`] as string | undefined}
          />
        );
      case 'date':
        return <TextInput key={field.name} {...props} type="date" />;
      case 'textarea':
        return <Textarea key={field.name} {...props} autosize minRows={2} maxLength={4000} />;
      default:
        return <TextInput key={field.name} {...props} maxLength={200} />;
    }
  };
  const fields = ENTRY_FIELDS[kind];
  return (
    <Modal opened={editing !== null} onClose={onClose} title={editing === 'new' ? t(`care:addLabels.${kind}`) : t('care:edit', { kind: t(`cases:entryKinds.${kind}`) })} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {mutation.error != null && <ProblemAlert error={mutation.error} placedFields={['occurredOn', 'data']} />}
          <TextInput type="date" label={t('care:occurredOn')} required max={todayUtc()} w={220} {...form.getInputProps('occurredOn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">{fields.filter((field) => field.type !== 'textarea').map(fieldInput)}</SimpleGrid>
          {fields.filter((field) => field.type === 'textarea').map(fieldInput)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
