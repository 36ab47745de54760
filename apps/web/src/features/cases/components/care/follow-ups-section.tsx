import { Badge, Button, Group, Modal, Select, SimpleGrid, Skeleton, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { addFollowUpInputSchema, completeFollowUpInputSchema, FOLLOW_UP_METHODS, FOLLOW_UP_OUTCOMES, type CaseDetail, type FollowUp } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDate } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { todayUtc } from '../../dates';
import { applyCaseServerErrors } from '../../form-errors';
import { useAddFollowUp, useCompleteFollowUp, useFollowUps } from '../../hooks/use-care-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { vocabularyOptions } from '../../vocabulary';
import { SectionCard, SectionEmpty } from '../section-card';

/** Follow-up visits (1, 3, 6 and 12 months after follow-up starts, and any extra): due, overdue, done and what they found. */
export function FollowUpsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useCaseTranslation('care');
  const visits = useFollowUps(detail.id);
  const [isScheduling, setIsScheduling] = useState(false);
  const [completing, setCompleting] = useState<FollowUp | null>(null);
  const canRecord = detail.allowedActions.includes('record:follow_up');
  return (
    <SectionCard
      title={t('care:followUps.title')}
      description={t('care:followUps.description')}
      actions={canRecord && <Button variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setIsScheduling(true)}>{t('care:followUps.schedule')}</Button>}
    >
      {visits.isPending ? (
        <Skeleton height={100} />
      ) : visits.error ? (
        <ProblemAlert error={visits.error} onRetry={() => void visits.refetch()} />
      ) : visits.data.items.length === 0 ? (
        <SectionEmpty title={t('care:followUps.none')} description={t('care:followUps.noneHint')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('care:followUps.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('care:followUps.status')}</Table.Th>
                <Table.Th scope="col">{t('care:followUps.result')}</Table.Th>
                <Table.Th scope="col">{t('common:actions.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.data.items.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td>{formatDate(visit.dueOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    {visit.completedOn ? (
                      <Badge color="teal" variant="light">{t('care:followUps.doneOn', { date: formatDate(visit.completedOn, i18n.language) })}</Badge>
                    ) : visit.overdue ? (
                      <Badge color="red">{t('cases:overdue')}</Badge>
                    ) : (
                      <Badge color="blue" variant="light">{t('care:followUps.due')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {visit.completedOn ? (
                      <Stack gap={2}>
                        <Text size="sm">{[visit.method && t(`cases:vocab.followUpMethod.${visit.method}`), visit.outcome && t(`cases:vocab.followUpOutcome.${visit.outcome}`)].filter(Boolean).join(' · ')}</Text>
                        {visit.notes && <Text size="xs" c="dimmed">{visit.notes}</Text>}
                        {visit.completedBy && <Text size="xs" c="dimmed">{visit.completedBy.displayName}</Text>}
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canRecord && !visit.completedOn && (
                      <Button size="xs" variant="subtle" leftSection={<IconCheck size={14} aria-hidden />} onClick={() => setCompleting(visit)}>{t('care:followUps.record')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ScheduleModal caseId={detail.id} opened={isScheduling} onClose={() => setIsScheduling(false)} />
      <CompleteModal caseId={detail.id} visit={completing} onClose={() => setCompleting(null)} />
    </SectionCard>
  );
}

function ScheduleModal({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose(): void }) {
  const { t, tField } = useCaseTranslation('care');
  const add = useAddFollowUp(caseId);
  const form = useForm({ initialValues: { dueOn: todayUtc() }, validate: (values) => validateWithSchema(addFollowUpInputSchema, values, tField) });
  useEffect(() => {
    if (!opened) return;
    form.reset();
    add.reset();
    // Reset when the dialog opens.
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('care:followUps.schedule')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form
        onSubmit={form.onSubmit((values) =>
          add.mutate(values.dueOn, {
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
          {add.error != null && <ProblemAlert error={add.error} placedFields={['dueOn']} />}
          <TextInput type="date" label={t('care:followUps.dueOn')} required {...form.getInputProps('dueOn')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={add.isPending}>{t('care:followUps.schedule')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface CompleteValues {
  completedOn: string;
  method: (typeof FOLLOW_UP_METHODS)[number] | null;
  outcome: (typeof FOLLOW_UP_OUTCOMES)[number] | null;
  notes: string;
}

function CompleteModal({ caseId, visit, onClose }: { caseId: string; visit: FollowUp | null; onClose(): void }) {
  const { t, tField } = useCaseTranslation('care');
  const complete = useCompleteFollowUp(caseId);
  const form = useForm<CompleteValues>({
    initialValues: { completedOn: todayUtc(), method: null, outcome: null, notes: '' },
    validateInputOnBlur: true,
    validate: (values) => validateWithSchema(completeFollowUpInputSchema, values, tField),
  });
  useEffect(() => {
    if (!visit) return;
    form.reset();
    complete.reset();
    // Reset when the dialog opens for a visit.
  }, [visit?.id]);
  return (
    <Modal opened={visit !== null} onClose={onClose} title={t('care:followUps.record')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form
        onSubmit={form.onSubmit((values) => {
          if (!visit || !values.method || !values.outcome) return;
          complete.mutate(
            { followUpId: visit.id, body: { completedOn: values.completedOn, method: values.method, outcome: values.outcome, notes: values.notes.trim() } },
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
          {complete.error != null && <ProblemAlert error={complete.error} placedFields={['completedOn', 'method', 'outcome', 'notes']} />}
          <TextInput type="date" label={t('care:followUps.completedOn')} required max={todayUtc()} {...form.getInputProps('completedOn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('care:followUps.method')} required data={vocabularyOptions(t, 'followUpMethod', FOLLOW_UP_METHODS)} {...form.getInputProps('method')} />
            <Select label={t('care:followUps.outcome')} required data={vocabularyOptions(t, 'followUpOutcome', FOLLOW_UP_OUTCOMES)} {...form.getInputProps('outcome')} />
          </SimpleGrid>
          <Textarea label={t('care:followUps.notes')} autosize minRows={2} maxLength={8000} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={complete.isPending}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
