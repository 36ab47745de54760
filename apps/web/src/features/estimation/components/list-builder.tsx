import { ActionIcon, Alert, Badge, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconLayoutGrid, IconListDetails, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { BilingualName } from '../../../components/bilingual-name';
import { nameIn } from '../../../lib/bilingual';
import { formatNumber } from '../../../lib/format';
import { LABEL_MAX_LENGTH, LIST_COUNT, listsByKind, listsPerOrganisation, newListKey, suggestListLabel, type EstimationFormValues, type EstimationSource } from '../estimation-form';

/** Props of {@link ListBuilder}. */
export interface ListBuilderProps {
  form: UseFormReturnType<EstimationFormValues>;
  sources: EstimationSource[] | undefined;
  /** Both ends of the period are chosen (the organisations are listed only then). */
  isPeriodChosen: boolean;
  isLoading: boolean;
  error: unknown;
  onRetry(): void;
}

/**
 * Builds the lists of an estimate from the organisations with case records in the period: one
 * organisation per list, or several under one label (all NGOs together) — by hand, or with a
 * helper that makes one list per organisation or per kind of organisation.
 */
export function ListBuilder({ form, sources, isPeriodChosen, isLoading, error, onRetry }: ListBuilderProps) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const lists = form.values.lists;
  const nameOf = (source: EstimationSource) => nameIn(language, source.nameEn, source.nameKm);
  const kindOf = (kind: string) => t(`organisations:kinds.${kind}`, { defaultValue: kind });
  const listIndexOf = new Map<string, number>();
  lists.forEach((list, index) => list.organisationIds.forEach((id) => listIndexOf.set(id, index)));
  const casesOf = (organisationIds: readonly string[]) => (sources ?? []).filter((source) => organisationIds.includes(source.organisationId)).reduce((sum, source) => sum + source.cases, 0);
  const hasSources = (sources?.length ?? 0) > 0;

  const addList = () => {
    const taken = new Set(lists.map((list) => list.label));
    form.insertListItem('lists', { key: newListKey(), label: suggestListLabel(t('lists.defaultLabel', { number: lists.length + 1 }), taken), organisationIds: [] });
  };

  const columns: DataColumn<EstimationSource>[] = [
    { key: 'name', header: t('sources.organisation'), render: (source) => <BilingualName nameEn={source.nameEn} nameKm={source.nameKm} /> },
    { key: 'kind', header: t('sources.kind'), render: (source) => <Text size="sm">{kindOf(source.kind)}</Text> },
    { key: 'cases', header: t('sources.cases'), render: (source) => <Text size="sm">{formatNumber(source.cases, language)}</Text> },
    {
      key: 'list',
      header: t('sources.list'),
      render: (source) => {
        const index = listIndexOf.get(source.organisationId);
        return index === undefined ? <Text size="sm" c="dimmed">{t('sources.onNoList')}</Text> : <Badge variant="light">{lists[index]?.label || t('lists.unnamed', { number: index + 1 })}</Badge>;
      },
    },
  ];

  const listsError = form.errors.lists;
  return (
    <Stack gap="md">
      {!isPeriodChosen ? (
        <Text size="sm" c="dimmed">{t('sources.choosePeriod')}</Text>
      ) : (
      <DataTable
        caption={t('sources.caption')}
        columns={columns}
        rows={sources}
        rowKey={(source) => source.organisationId}
        isLoading={isLoading}
        error={error}
        onRetry={onRetry}
        minWidth={640}
        empty={{ title: t('sources.emptyTitle'), description: t('sources.emptyDescription') }}
      />
      )}
      <Group gap="sm" wrap="wrap">
        <Button variant="light" leftSection={<IconListDetails size={16} aria-hidden />} disabled={!hasSources} onClick={() => form.setFieldValue('lists', listsPerOrganisation(sources ?? [], nameOf))}>
          {t('lists.perOrganisation')}
        </Button>
        <Button variant="light" leftSection={<IconLayoutGrid size={16} aria-hidden />} disabled={!hasSources} onClick={() => form.setFieldValue('lists', listsByKind(sources ?? [], kindOf))}>
          {t('lists.byKind')}
        </Button>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} disabled={!hasSources || lists.length >= LIST_COUNT.max} onClick={addList}>
          {t('lists.add')}
        </Button>
        {lists.length > 0 && (
          <Button variant="subtle" color="gray" onClick={() => form.setFieldValue('lists', [])}>{t('lists.clear')}</Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">{t('lists.hint', { min: LIST_COUNT.min, max: LIST_COUNT.max })}</Text>
      {typeof listsError === 'string' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="lists-error">{listsError}</Alert>
      )}
      {lists.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {lists.map((list, index) => {
            const otherListIds = new Set(lists.filter((_, other) => other !== index).flatMap((item) => item.organisationIds));
            return (
              <Paper key={list.key} withBorder p="sm" component="section" aria-label={t('lists.legend', { number: index + 1 })} data-testid="estimation-list">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Title order={3} size="h6">{t('lists.legend', { number: index + 1 })}</Title>
                    <Tooltip label={t('lists.remove', { number: index + 1 })}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('lists.remove', { number: index + 1 })} onClick={() => form.removeListItem('lists', index)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  <TextInput label={t('lists.label')} description={t('lists.labelHint')} required maxLength={LABEL_MAX_LENGTH} {...form.getInputProps(`lists.${index}.label`)} />
                  <MultiSelect
                    label={t('lists.organisations')}
                    required
                    searchable
                    hidePickedOptions
                    nothingFoundMessage={t('lists.nothingFound')}
                    data={(sources ?? []).map((source) => ({
                      value: source.organisationId,
                      label: `${nameOf(source)} (${formatNumber(source.cases, language)})`,
                      disabled: otherListIds.has(source.organisationId),
                    }))}
                    {...form.getInputProps(`lists.${index}.organisationIds`)}
                  />
                  <Text size="sm" c="dimmed">{t('lists.cases', { count: casesOf(list.organisationIds), formatted: formatNumber(casesOf(list.organisationIds), language) })}</Text>
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
