import { Alert, Badge, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATE_ORDERS, type DateOrder } from '@ctip/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import type { AnyImportJob, AnyMapping, MappingProblem } from '../import-mapping';
import { useImportProblemText } from './import-problem-text';

/** Props of {@link ImportMappingEditor}. */
export interface ImportMappingEditorProps<Mapping extends AnyMapping> {
  job: AnyImportJob;
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  /** The kind's fields, in the order offered. */
  fields: readonly string[];
  fieldLabel(field: string): string;
  /** The mapping's problems by the kind's rules (see mappingProblems). */
  problems: readonly MappingProblem[];
  problemPrefixes?: readonly string[];
  isRunning: boolean;
  runError: unknown;
  onDryRun(): void;
}

/**
 * The mapping of a sheet's columns to a kind's fields: the row with the column names, how slashed
 * dates are read, and for each column the field ctip proposed (and why) or the user chose; then
 * the dry run. Problems the server would refuse are shown before it is asked.
 */
export function ImportMappingEditor<Mapping extends AnyMapping>({ job, mapping, onChange, fields, fieldLabel, problems, problemPrefixes = [], isRunning, runError, onDryRun }: ImportMappingEditorProps<Mapping>) {
  const { t } = useTranslation('case-exchange');
  const problemText = useImportProblemText(problemPrefixes);
  const fieldOptions = [{ value: '', label: t('case-exchange:import.skipColumn') }, ...fields.map((field) => ({ value: field, label: fieldLabel(field) }))];
  // The options are the kind's fields, so the column's field stays one of them.
  const setField = (position: number, field: string) => onChange({ ...mapping, columns: mapping.columns.map((column, index) => (index === position ? { ...column, field: field || null } : column)) } as Mapping);
  const problemAt = (position: number) => problems.find((problem) => problem.path === `columns.${position}.field`);
  const wholeProblems = problems.filter((problem) => problem.path === 'columns');
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">{t('case-exchange:import.mappingTitle')}</Title>
        <Text size="sm" c="dimmed">{t('case-exchange:import.mappingHint')}</Text>
        <Group gap="md">
          <NumberInput label={t('case-exchange:import.headerRow')} min={1} max={50} allowDecimal={false} w={160} value={mapping.headerRow} onChange={(value) => typeof value === 'number' && onChange({ ...mapping, headerRow: value })} />
          <Select
            label={t('case-exchange:import.dateOrder')}
            allowDeselect={false}
            w={280}
            data={DATE_ORDERS.map((order) => ({ value: order, label: t(`case-exchange:dateOrders.${order}`) }))}
            value={mapping.dateOrder}
            onChange={(value) => value && onChange({ ...mapping, dateOrder: value as DateOrder })}
          />
        </Group>
        {wholeProblems.map((problem) => <Alert key={problem.code} color="orange" variant="light">{problemText(problem)}</Alert>)}
        {runError != null && <ProblemAlert error={runError} placedFields={['columns', 'headerRow']} />}
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={70}>{t('case-exchange:import.column')}</Table.Th>
                <Table.Th scope="col">{t('case-exchange:import.header')}</Table.Th>
                <Table.Th scope="col">{t('case-exchange:import.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mapping.columns.map((column, position) => {
                const described = job.columns.find((item) => item.index === column.index);
                const problem = problemAt(position);
                return (
                  <Table.Tr key={column.index}>
                    <Table.Td className="ctip-monospace">{described?.letter ?? column.index + 1}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>{described?.header || '—'}</Text>
                      {described?.reason && described.proposedField === column.field && column.field !== null && <Badge size="xs" variant="light" color="gray">{t(`case-exchange:import.proposedBy.${described.reason}`)}</Badge>}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('case-exchange:import.fieldOf', { column: described?.letter ?? column.index + 1, header: described?.header ?? '' })}
                        data={fieldOptions}
                        value={column.field ?? ''}
                        allowDeselect={false}
                        searchable
                        onChange={(value) => setField(position, value ?? '')}
                        error={problem ? problemText(problem) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Button variant={job.status === 'validated' ? 'light' : 'filled'} disabled={problems.length > 0} loading={isRunning} onClick={onDryRun}>
            {job.status === 'validated' ? t('case-exchange:import.dryRunAgain') : t('case-exchange:import.dryRun')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
