import { Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-error';
import { useImportErrorText } from './import-problem-text';

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Props of {@link ImportUpload}. */
export interface ImportUploadProps {
  /** What to choose, in the kind's words (defaults to the shared hint). */
  hint?: string;
  isPending: boolean;
  error: unknown;
  onUpload(file: File): void;
  /** The chosen file changed: an earlier refusal no longer applies. */
  onReset(): void;
}

/**
 * The first step of every import: choose a CSV or XLSX file and send it. A file over the size
 * limit is refused before it is sent; the server's refusal (format, rows, damage) is shown on
 * the field, in the reader's language.
 */
export function ImportUpload({ hint, isPending, error, onUpload, onReset }: ImportUploadProps) {
  const { t } = useTranslation('case-exchange');
  const errorText = useImportErrorText();
  const [file, setFile] = useState<File | null>(null);
  const isTooLarge = file !== null && file.size > IMPORT_LIMITS.maxFileBytes;
  return (
    <Paper withBorder p="lg">
      <Stack gap="md" maw={640}>
        <Title order={2} size="h4">{t('case-exchange:import.uploadTitle')}</Title>
        <Text size="sm" c="dimmed">{hint ?? t('case-exchange:import.uploadHint')}</Text>
        <FileInput
          label={t('case-exchange:import.file')}
          placeholder={t('case-exchange:import.choose')}
          accept={ACCEPTED}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            onReset();
          }}
          clearable
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          error={isTooLarge ? t('case-exchange:problems.file_too_large') : error ? errorText(error) : undefined}
        />
        {error != null && !(error instanceof ApiError && error.fieldErrors.length > 0) && <ProblemAlert error={error} />}
        <Group>
          <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!file || isTooLarge} loading={isPending} onClick={() => file && !isTooLarge && onUpload(file)}>
            {t('case-exchange:import.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
