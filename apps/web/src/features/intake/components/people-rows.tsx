import { ActionIcon, Button, Fieldset, Group, Kbd, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CONTACT_KINDS, SEXES } from '@ctip/contracts';
import { CountrySelect } from '../../cases/components/place-selects';
import { vocabularyOptions } from '../../cases/vocabulary';
import type { ReportFormValues } from '../report-form-values';
import { useIntakeTranslation } from '../use-intake-translation';

/** Most people one report lists by name (the API takes 100; a longer list is an embassy's, for bulk intake). */
export const MAX_PEOPLE_ROWS = 50;

/** Props of {@link PeopleRows}. */
export interface PeopleRowsProps {
  form: UseFormReturnType<ReportFormValues>;
  onAdd(): void;
  /** Where each row's name field registers itself, so a new row can be focused. */
  nameRef(key: string, element: HTMLInputElement | null): void;
}

/**
 * The people a report concerns, one compact row each: a name in any script, nationality, age,
 * sex and a contact — all optional, since a caller often knows only a count or a first name. A
 * row is added with the button or Alt+P, and its name field takes the focus.
 */
export function PeopleRows({ form, onAdd, nameRef }: PeopleRowsProps) {
  const { t } = useIntakeTranslation('intake');
  const rows = form.values.people;
  return (
    <Stack gap="xs">
      {rows.map((row, index) => (
        <Fieldset key={row.key} legend={t('intake:people.legend', { number: index + 1 })} variant="filled" p="xs" data-testid="report-person-row">
          <Group align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              ref={(element) => nameRef(row.key, element)}
              label={t('intake:people.name')}
              description={t('intake:people.nameHint')}
              maxLength={200}
              style={{ flex: '2 1 200px' }}
              {...form.getInputProps(`people.${index}.name`)}
            />
            <CountrySelect label={t('intake:people.nationality')} selectFirstOptionOnChange style={{ flex: '1 1 170px' }} {...form.getInputProps(`people.${index}.nationality`)} />
            <NumberInput label={t('intake:people.age')} min={0} max={120} allowDecimal={false} allowNegative={false} hideControls w={80} {...form.getInputProps(`people.${index}.age`)} />
            <NativeSelect label={t('intake:people.sex')} data={vocabularyOptions(t, 'sex', SEXES)} w={120} {...form.getInputProps(`people.${index}.sex`)} />
            <NativeSelect label={t('intake:people.contactKind')} data={vocabularyOptions(t, 'contactKind', CONTACT_KINDS)} w={130} {...form.getInputProps(`people.${index}.contactKind`)} />
            <TextInput label={t('intake:people.contact')} maxLength={200} style={{ flex: '1 1 150px' }} {...form.getInputProps(`people.${index}.contact`)} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              disabled={rows.length <= 1}
              onClick={() => form.removeListItem('people', index)}
              aria-label={t('intake:people.remove', { number: index + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Fieldset>
      ))}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={rows.length >= MAX_PEOPLE_ROWS} onClick={onAdd} aria-keyshortcuts="Alt+P">
          {t('intake:people.add')}
        </Button>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">P</Kbd>
        </Text>
        <NumberInput
          label={t('intake:people.count')}
          description={t('intake:people.countHint')}
          min={0}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          w={260}
          ml="auto"
          {...form.getInputProps('peopleCount')}
        />
      </Group>
    </Stack>
  );
}
