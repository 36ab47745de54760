import { Button, Group, Paper, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { caseNoteInputSchema, type CaseDetail } from '@ctip/contracts';
import { ProblemAlert } from '../../../../components/problem-alert';
import { formatDateTime } from '../../../../lib/format';
import { validateWithSchema } from '../../../../lib/form-errors';
import { applyCaseServerErrors } from '../../form-errors';
import { useAddNote, useNotes } from '../../hooks/use-care-queries';
import { useCaseTranslation } from '../../use-case-translation';
import { SectionCard, SectionEmpty } from '../section-card';

/** Case notes (encrypted on the server), newest first, and a box to add one. */
export function NotesSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n, tField } = useCaseTranslation('care');
  const notes = useNotes(detail.id);
  const add = useAddNote(detail.id);
  const canRecord = detail.allowedActions.includes('record:notes');
  const form = useForm({ initialValues: { body: '' }, validate: (values) => validateWithSchema(caseNoteInputSchema, values, tField) });
  return (
    <SectionCard title={t('care:notes.title')} description={t('care:notes.description')}>
      {canRecord && (
        <form onSubmit={form.onSubmit((values) => add.mutate(values.body.trim(), { onSuccess: () => form.reset(), onError: (error) => applyCaseServerErrors(form, error, tField) }))} noValidate>
          <Stack gap="xs">
            {add.error != null && <ProblemAlert error={add.error} placedFields={['body']} />}
            <Textarea label={t('care:notes.new')} autosize minRows={3} maxRows={12} maxLength={20_000} {...form.getInputProps('body')} />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>{t('care:notes.add')}</Button>
            </Group>
          </Stack>
        </form>
      )}
      {notes.isPending ? (
        <Skeleton height={80} />
      ) : notes.error ? (
        <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.items.length === 0 ? (
        <SectionEmpty title={t('care:notes.none')} />
      ) : (
        <Stack gap="sm">
          {notes.data.items.map((note) => (
            <Paper key={note.id} withBorder p="sm">
              <Text size="xs" c="dimmed">{note.author.displayName} · {formatDateTime(note.createdAt, i18n.language)}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
