import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@ctip/contracts';
import { formatNumber } from '../../../lib/format';
import type { AnyImportJob } from '../import-mapping';
import { useImportProblemText } from './import-problem-text';

/** Props of {@link ImportReport}. */
export interface ImportReportProps {
  job: AnyImportJob & { report: NonNullable<AnyImportJob['report']> };
  fieldLabel(field: string): string;
  /** Key prefixes (`intake:embassyImport.problems`) that translate the kind's own codes before the shared ones. */
  problemPrefixes?: readonly string[];
}

/**
 * The dry run's report: how many rows pass, and each problem by row and column, with the field
 * it was mapped to. Messages are ctip's own (they never quote the sheet's cells).
 */
export function ImportReport({ job, fieldLabel, problemPrefixes = [] }: ImportReportProps) {
  const { t, i18n } = useTranslation('case-exchange');
  const problemText = useImportProblemText(problemPrefixes);
  const { report } = job;
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('case-exchange:report.title')}</Title>
        <Group gap="xs">
          <Badge color="teal" variant="light">{t('case-exchange:report.rowsValid', { valid: number(report.rowsValid), total: number(job.rowsTotal) })}</Badge>
          <Badge color={report.errorCount > 0 ? 'red' : 'gray'} variant="light" data-testid="import-errors">{t('case-exchange:report.errors', { count: number(report.errorCount) })}</Badge>
          <Badge color={report.warningCount > 0 ? 'yellow' : 'gray'} variant="light">{t('case-exchange:report.warnings', { count: number(report.warningCount) })}</Badge>
        </Group>
        {report.truncated && <Alert color="yellow" variant="light">{t('case-exchange:report.truncated', { shown: number(IMPORT_LIMITS.maxReportedProblems) })}</Alert>}
        {report.problems.length === 0 ? (
          <Text size="sm" c="dimmed">{t('case-exchange:report.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} mah={480}>
            <Table stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={70}>{t('case-exchange:report.row')}</Table.Th>
                  <Table.Th scope="col" w={160}>{t('case-exchange:report.column')}</Table.Th>
                  <Table.Th scope="col" w={110}>{t('case-exchange:report.severity')}</Table.Th>
                  <Table.Th scope="col">{t('case-exchange:report.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((problem, index) => (
                  <Table.Tr key={`${problem.row}-${problem.column ?? ''}-${problem.code}-${index}`}>
                    <Table.Td>{problem.row}</Table.Td>
                    <Table.Td>
                      {problem.column ? (
                        <Text size="sm"><span className="ctip-monospace">{problem.column}</span>{problem.header ? ` · ${problem.header}` : ''}</Text>
                      ) : (
                        '—'
                      )}
                      {problem.field && <Text size="xs" c="dimmed">{fieldLabel(problem.field)}</Text>}
                    </Table.Td>
                    <Table.Td><Badge size="sm" color={problem.severity === 'error' ? 'red' : 'yellow'} variant="light">{t(`case-exchange:report.severities.${problem.severity}`)}</Badge></Table.Td>
                    <Table.Td><Text size="sm">{problemText(problem)}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
