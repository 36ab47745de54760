import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CAMBODIA_BOUNDS, SITE_KINDS } from '@ctip/contracts';
import { ProvinceSelect } from '../../cases/components/place-selects';
import { emptyOperatorRow, type SiteFormValues } from '../site-form-values';

const MAX_OPERATORS = 20;

/**
 * A site's own fields: kind, name and aliases (as the press and callers name it), the companies
 * that run it, and the place — province, coordinates inside Cambodia, address — and a
 * description. Sites are places, not people: nothing here is personal.
 */
export function SiteFields({ form }: { form: UseFormReturnType<SiteFormValues> }) {
  const { t } = useTranslation('sites');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label={t('sites:fields.kind')} required searchable selectFirstOptionOnChange data={SITE_KINDS.map((kind) => ({ value: kind, label: t(`sites:vocab.kind.${kind}`) }))} {...form.getInputProps('kind')} />
        <TextInput label={t('sites:fields.name')} required maxLength={200} {...form.getInputProps('name')} />
      </SimpleGrid>
      <TagsInput label={t('sites:fields.aliases')} description={t('sites:form.aliasesHint')} maxTags={20} clearable {...form.getInputProps('aliases')} />
      <Stack gap={6}>
        <Text size="sm" fw={500}>{t('sites:fields.operators')}</Text>
        {form.values.operators.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput aria-label={t('sites:form.operatorName', { number: index + 1 })} placeholder={t('sites:form.operatorNamePlaceholder')} maxLength={200} style={{ flex: 2 }} {...form.getInputProps(`operators.${index}.name`)} />
            <TextInput aria-label={t('sites:form.operatorRegistration', { number: index + 1 })} placeholder={t('sites:form.registrationPlaceholder')} maxLength={100} style={{ flex: 1 }} {...form.getInputProps(`operators.${index}.registration`)} />
            <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('operators', index)} aria-label={t('sites:form.removeOperator', { number: index + 1 })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} disabled={form.values.operators.length >= MAX_OPERATORS} onClick={() => form.insertListItem('operators', emptyOperatorRow())}>
            {t('sites:form.addOperator')}
          </Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <ProvinceSelect label={t('sites:fields.province')} required selectFirstOptionOnChange {...form.getInputProps('provinceCode')} />
        <NumberInput label={t('sites:fields.latitude')} description={t('sites:form.coordinatesHint')} min={CAMBODIA_BOUNDS.south} max={CAMBODIA_BOUNDS.north} decimalScale={6} hideControls {...form.getInputProps('latitude')} />
        <NumberInput label={t('sites:fields.longitude')} min={CAMBODIA_BOUNDS.west} max={CAMBODIA_BOUNDS.east} decimalScale={6} hideControls {...form.getInputProps('longitude')} />
      </SimpleGrid>
      <TextInput label={t('sites:fields.address')} maxLength={500} {...form.getInputProps('address')} />
      <Textarea label={t('sites:fields.description')} autosize minRows={2} maxLength={4000} {...form.getInputProps('description')} />
    </Stack>
  );
}
