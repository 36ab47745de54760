import { Badge, Button, Group, Modal, Skeleton, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import type { CaseDetail, Person } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { PersonForm } from '../../../persons/components/person-form';
import { usePerson, useUpdatePerson } from '../../../persons/hooks/use-persons';
import { personToForm } from '../../../persons/person-form-values';
import { todayUtc } from '../../dates';
import { useCaseTranslation } from '../../use-case-translation';
import { useCountryName, useProvinceName } from '../place-selects';
import { FactList, SectionCard } from '../section-card';

/** A birth as precisely as it is known, in words. */
function useBirthText() {
  const { t, i18n } = useCaseTranslation('cases');
  return (birth: Person['birth']): string => {
    if (!birth) return t('persons:birthPrecision.unknown');
    if (birth.precision === 'day') return formatDate(birth.date, i18n.language);
    if (birth.precision === 'month' && birth.date) return t('persons:birthText.month', { month: birth.date });
    if (birth.precision === 'year' && birth.date) return t('persons:birthText.year', { year: birth.date });
    if (birth.precision === 'age') return t('persons:birthText.age', { age: birth.age, date: formatDate(birth.ageAt, i18n.language) });
    return '—';
  };
}

/** The person's identity: names in every script, birth, sex, nationalities, languages, home, documents and contacts; corrected by those allowed. */
export function IdentitySection({ detail }: { detail: CaseDetail }) {
  const { t } = useCaseTranslation('cases');
  const person = usePerson(detail.personId);
  const update = useUpdatePerson();
  const [isEditing, editing] = useDisclosure(false);
  const countryName = useCountryName();
  const provinceName = useProvinceName();
  const birthText = useBirthText();
  const canEdit = detail.allowedActions.includes('person.update');
  if (person.isPending) return <Skeleton height={240} />;
  if (person.error) return <ProblemAlert error={person.error} onRetry={() => void person.refetch()} />;
  const data = person.data;
  return (
    <SectionCard
      title={t('cases:sections.identity')}
      actions={canEdit && <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={editing.open}>{t('cases:actions.editIdentity')}</Button>}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('persons:fields.fullName')}</Table.Th>
              <Table.Th scope="col">{t('persons:fields.script')}</Table.Th>
              <Table.Th scope="col">{t('persons:fields.nameKind')}</Table.Th>
              <Table.Th scope="col">{t('persons:fields.familyName')}</Table.Th>
              <Table.Th scope="col">{t('persons:fields.givenName')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.names.map((name, index) => (
              <Table.Tr key={`${name.full}-${index}`}>
                <Table.Td><Text size="sm" fw={600} lang={name.script === 'khmer' ? 'km' : undefined}>{name.full}</Text></Table.Td>
                <Table.Td>{t(`cases:vocab.script.${name.script}`)}</Table.Td>
                <Table.Td>{t(`cases:vocab.nameKind.${name.kind}`)}</Table.Td>
                <Table.Td>{name.family ?? '—'}</Table.Td>
                <Table.Td>{name.given ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FactList
        facts={[
          { label: t('persons:fields.sex'), value: t(`cases:vocab.sex.${data.sex}`) },
          { label: t('persons:fields.birth'), value: birthText(data.birth) },
          { label: t('persons:fields.nationalities'), value: data.nationalities.map(countryName).join(', ') || '—' },
          { label: t('persons:fields.languages'), value: data.languages.map((code) => t(`cases:vocab.language.${code}`, { defaultValue: code })).join(', ') || '—' },
          { label: t('persons:fields.homeProvince'), value: provinceName(data.home.provinceCode) },
          { label: t('persons:fields.homeDetail'), value: [data.home.district, data.home.commune, data.home.village].filter(Boolean).join(' · ') || '—' },
        ]}
      />
      {data.documents !== null && (
        <FactList
          cols={2}
          facts={[
            {
              label: t('persons:form.documentsTitle'),
              value:
                data.documents.length === 0
                  ? '—'
                  : data.documents.map((document) => (
                      <Group key={document.id} gap={6}>
                        <Text span size="sm">{t(`cases:vocab.documentType.${document.type}`)}: <span className="ctip-monospace">{document.number}</span> ({countryName(document.issuingCountry)})</Text>
                        {document.heldByOthers && <Badge size="xs" color="red" variant="light">{t('persons:fields.heldByOthers')}</Badge>}
                      </Group>
                    )),
            },
            {
              label: t('persons:form.contactsTitle'),
              value: data.contacts === null || data.contacts.length === 0 ? '—' : data.contacts.map((contact) => <Text key={contact.id} size="sm">{t(`cases:vocab.contactKind.${contact.kind}`)}: {contact.value}{contact.note ? ` (${contact.note})` : ''}</Text>),
            },
          ]}
        />
      )}
      <Modal opened={isEditing} onClose={editing.close} title={t('cases:actions.editIdentity')} size="xl" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {isEditing && (
          <PersonForm
            initialValues={personToForm(data, todayUtc())}
            submitLabel={t('common:actions.save')}
            onCancel={editing.close}
            onSubmit={async (input) => {
              await update.mutateAsync({ id: data.id, body: input });
              notifications.show({ color: 'teal', message: t('cases:saved') });
              editing.close();
            }}
          />
        )}
      </Modal>
    </SectionCard>
  );
}
