import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useSession } from '../../auth/session-store';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { downloadDeidentifiedExport, type ExportSummary } from '../api';

/** Hands a downloaded file to the browser to save, from memory (nothing is kept). */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file; the in-memory copy is released.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The de-identified export of cases as CSV in the variables of IOM's Human Trafficking Case Data
 * Standard: no identifying field, dates as years, and every combination of quasi-identifiers
 * shared by at least 11 records or suppressed. Analysts export every organisation's cases; case
 * workers their own organisation's.
 */
export function CaseExportPage() {
  const { t, i18n } = useCaseTranslation('case-exchange');
  const session = useSession();
  const [isDownloading, setIsDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const isAnalyst = session.user.roles.includes('analyst');
  const download = async () => {
    setIsDownloading(true);
    setError(null);
    try {
      const result = await downloadDeidentifiedExport();
      saveFile(result.blob, result.summary.fileName);
      setSummary(result.summary);
      notifications.show({ color: 'teal', message: t('case-exchange:export.downloaded') });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsDownloading(false);
    }
  };
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <PageHeader title={t('case-exchange:export.title')} description={t('case-exchange:export.description')} />
      <Stack gap="md" maw={760}>
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">{t('case-exchange:export.whatTitle')}</Title>
            <List size="sm" spacing={4}>
              <List.Item>{t('case-exchange:export.noIdentifiers')}</List.Item>
              <List.Item>{t('case-exchange:export.years')}</List.Item>
              <List.Item>{t('case-exchange:export.kAnonymity')}</List.Item>
              <List.Item>{t('case-exchange:export.formulas')}</List.Item>
              <List.Item>{isAnalyst ? t('case-exchange:export.scopeAll') : t('case-exchange:export.scopeOwn')}</List.Item>
            </List>
            <Text size="sm" c="dimmed">{t('case-exchange:export.audited')}</Text>
            <div>
              <Button leftSection={<IconDownload size={16} aria-hidden />} loading={isDownloading} onClick={() => void download()}>{t('case-exchange:export.download')}</Button>
            </div>
          </Stack>
        </Paper>
        {error != null && <ProblemAlert error={error} onRetry={() => void download()} />}
        {summary && (
          <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} title={summary.fileName} data-testid="export-summary">
            <Stack gap={2}>
              <Text size="sm">{t('case-exchange:export.rows', { count: number(summary.rows) })}</Text>
              <Text size="sm">{t('case-exchange:export.suppressed', { count: number(summary.suppressed) })}</Text>
              <Text size="sm">{t('case-exchange:export.withoutConsent', { count: number(summary.withoutConsent) })}</Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </>
  );
}
