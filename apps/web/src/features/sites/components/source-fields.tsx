import { NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OperationKind, SiteSourceKind } from '@ctip/contracts';
import { formatDate } from '../../../lib/format';
import { todayUtc } from '../../cases/dates';
import { ReportSelect } from '../../intake/components/report-select';
import type { SourceFormValues } from '../site-form-values';

/** Props of {@link SourceFields}. */
export interface SourceFieldsProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fields sit under any form's path
  form: UseFormReturnType<any>;
  /** Where the source sits in the form's values (`source`, `status.source`). */
  path: string;
  source: SourceFormValues;
  kinds: readonly SiteSourceKind[];
  /** The site, to offer the reports about it. */
  siteId: string | null;
  /** Operations at the site the user may see. */
  operations?: ReadonlyArray<{ id: string; kind: OperationKind; occurredOn: string }>;
}

/**
 * What a status entry rests on: a report (one the user may see), an operation at the site, a
 * document (title, publisher, date, reference) or a press article (title, publisher, date,
 * web address). Only the chosen kind's fields are shown and sent.
 */
export function SourceFields({ form, path, source, kinds, siteId, operations = [] }: SourceFieldsProps) {
  const { t, i18n } = useTranslation(['sites', 'operations']);
  const field = (name: keyof SourceFormValues) => `${path}.${name}`;
  return (
    <Stack gap="sm">
      <NativeSelect label={t('sites:source.kind')} data={kinds.map((kind) => ({ value: kind, label: t(`sites:vocab.sourceKind.${kind}`) }))} {...form.getInputProps(field('kind'))} />
      {source.kind === 'report' && (
        <ReportSelect
          label={t('sites:source.report')}
          required
          siteId={siteId}
          value={source.reportId}
          onChange={(id) => form.setFieldValue(field('reportId'), id)}
          error={form.getInputProps(field('reportId')).error}
        />
      )}
      {source.kind === 'operation' && (
        <Select
          label={t('sites:source.operation')}
          required
          allowDeselect={false}
          data={operations.map((operation) => ({ value: operation.id, label: `${t(`operations:vocab.kind.${operation.kind}`)} · ${formatDate(operation.occurredOn, i18n.language)}` }))}
          nothingFoundMessage={t('sites:source.noOperation')}
          {...form.getInputProps(field('operationId'))}
        />
      )}
      {(source.kind === 'document' || source.kind === 'press_article') && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('sites:source.title')} required maxLength={300} {...form.getInputProps(field('title'))} />
          <TextInput label={t('sites:source.publisher')} required={source.kind === 'press_article'} maxLength={200} {...form.getInputProps(field('publisher'))} />
          <TextInput type="date" label={t('sites:source.date')} max={todayUtc()} {...form.getInputProps(field('date'))} />
          {source.kind === 'press_article' ? (
            <TextInput type="url" label={t('sites:source.url')} placeholder="https://" maxLength={2000} {...form.getInputProps(field('url'))} />
          ) : (
            <TextInput label={t('sites:source.reference')} maxLength={200} {...form.getInputProps(field('reference'))} />
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
