import { Badge, Button, Group, Modal, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDoorExit, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { leaveShelterInputSchema, SHELTER_LEAVING_REASONS, shelterStayInputSchema, type CaseDetail, type ShelterLeavingReason, type ShelterStay } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { todayUtc } from '../../dates';
import { applyCaseServerErrors } from '../../form-errors';
import { useAdmitToShelter, useLeaveShelter, useShelterStays, useSheltersWithSpace } from '../../hooks/use-care-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { vocabularyOptions } from '../../vocabulary';
import { useProvinceName } from '../place-selects';
import { SectionCard, SectionEmpty } from '../section-card';

/** Stays of the case's person in shelters: admit them where there is a free place, record when and why they left. */
export function ShelterStaysSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('care');
  const stays = useShelterStays(detail.id);
  const [isAdmitting, setIsAdmitting] = useState(false);
  const [leaving, setLeaving] = useState<ShelterStay | null>(null);
  const provinceName = useProvinceName();
  const canRecord = detail.allowedActions.includes('record:shelter');
  const hasOpenStay = stays.data?.items.some((stay) => stay.leftOn === null) ?? false;
  return (
    <SectionCard
      title={t('care:shelter.title')}
      description={t('care:shelter.description')}
      actions={canRecord && !hasOpenStay && <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setIsAdmitting(true)}>{t('care:shelter.admit')}</Button>}
    >
      {stays.isPending ? (
        <Skeleton height={80} />
      ) : stays.error ? (
        <ProblemAlert error={stays.error} onRetry={() => void stays.refetch()} />
      ) : stays.data.items.length === 0 ? (
        <SectionEmpty title={t('care:shelter.none')} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('care:shelter.shelter')}</Table.Th>
                <Table.Th scope="col">{t('care:shelter.admittedOn')}</Table.Th>
                <Table.Th scope="col">{t('care:shelter.leftOn')}</Table.Th>
                <Table.Th scope="col">{t('common:actions.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stays.data.items.map((stay) => (
                <Table.Tr key={stay.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>{stay.shelter.name}</Text>
                    <Text size="xs" c="dimmed">{provinceName(stay.shelter.provinceCode)}</Text>
                  </Table.Td>
                  <Table.Td>{formatDate(stay.admittedOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    {stay.leftOn ? (
                      <Stack gap={2}>
                        <Text size="sm">{formatDate(stay.leftOn, i18n.language)}</Text>
                        {stay.leavingReason && <Text size="xs" c="dimmed">{t(`cases:vocab.shelterLeavingReason.${stay.leavingReason}`)}</Text>}
                      </Stack>
                    ) : (
                      <Badge color="teal" variant="light">{t('care:shelter.staying')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canRecord && stay.leftOn === null && (
                      <Button size="xs" variant="subtle" leftSection={<IconDoorExit size={14} aria-hidden />} onClick={() => setLeaving(stay)}>{t('care:shelter.leave')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AdmitModal caseId={detail.id} opened={isAdmitting} onClose={() => setIsAdmitting(false)} />
      <LeaveModal caseId={detail.id} stay={leaving} onClose={() => setLeaving(null)} />
    </SectionCard>
  );
}

function AdmitModal({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose(): void }) {
  const { t, tField } = useCaseTranslation('care');
  const shelters = useSheltersWithSpace(opened);
  const admit = useAdmitToShelter(caseId);
  const provinceName = useProvinceName();
  const form = useForm({ initialValues: { shelterId: '', admittedOn: todayUtc() }, validateInputOnBlur: true, validate: (values) => validateWithSchema(shelterStayInputSchema, values, tField) });
  useEffect(() => {
    if (!opened) return;
    form.reset();
    admit.reset();
    // Reset when the dialog opens.
  }, [opened]);
  const options = (shelters.data?.items ?? []).map((shelter) => ({
    value: shelter.id,
    label: t('care:shelter.option', { name: shelter.name, province: provinceName(shelter.provinceCode), available: shelter.available, capacity: shelter.capacity }),
  }));
  return (
    <Modal opened={opened} onClose={onClose} title={t('care:shelter.admit')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form
        onSubmit={form.onSubmit((values) =>
          admit.mutate(values, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('cases:saved') });
              onClose();
            },
            onError: (error) => applyCaseServerErrors(form, error, tField),
          }),
        )}
        noValidate
      >
        <Stack gap="md">
          {admit.error != null && <ProblemAlert error={admit.error} placedFields={['shelterId', 'admittedOn']} />}
          <Select
            label={t('care:shelter.shelter')}
            description={t('care:shelter.withSpaceOnly')}
            required
            searchable
            data={options}
            nothingFoundMessage={shelters.isPending ? t('common:loading') : t('care:shelter.noneWithSpace')}
            value={form.values.shelterId || null}
            onChange={(value) => form.setFieldValue('shelterId', value ?? '')}
            error={form.errors.shelterId}
          />
          <TextInput type="date" label={t('care:shelter.admittedOn')} required max={todayUtc()} {...form.getInputProps('admittedOn')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={admit.isPending}>{t('care:shelter.admit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function LeaveModal({ caseId, stay, onClose }: { caseId: string; stay: ShelterStay | null; onClose(): void }) {
  const { t, tField } = useCaseTranslation('care');
  const leave = useLeaveShelter(caseId);
  const form = useForm<{ leftOn: string; reason: ShelterLeavingReason | null }>({
    initialValues: { leftOn: todayUtc(), reason: null },
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(leaveShelterInputSchema, values, tField),
  });
  useEffect(() => {
    if (!stay) return;
    form.reset();
    leave.reset();
    // Reset when the dialog opens for a stay.
  }, [stay?.id]);
  return (
    <Modal opened={stay !== null} onClose={onClose} title={t('care:shelter.leave')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form
        onSubmit={form.onSubmit((values) => {
          if (!stay || !values.reason) return;
          leave.mutate(
            { stayId: stay.id, body: { leftOn: values.leftOn, reason: values.reason } },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('cases:saved') });
                onClose();
              },
              onError: (error) => applyCaseServerErrors(form, error, tField),
            },
          );
        })}
        noValidate
      >
        <Stack gap="md">
          {leave.error != null && <ProblemAlert error={leave.error} placedFields={['leftOn', 'reason']} />}
          <TextInput type="date" label={t('care:shelter.leftOn')} required max={todayUtc()} {...form.getInputProps('leftOn')} />
          <Select label={t('care:shelter.leavingReason')} required data={vocabularyOptions(t, 'shelterLeavingReason', SHELTER_LEAVING_REASONS)} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={leave.isPending}>{t('care:shelter.leave')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
