import { Paper, ScrollArea, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { ProblemAlert } from './problem-alert';

/** One column of a {@link DataTable}. */
export interface DataColumn<Row> {
  key: string;
  header: ReactNode;
  render(row: Row): ReactNode;
  width?: number | string;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Names the table for screen readers. */
  caption: string;
  columns: DataColumn<Row>[];
  rows: Row[] | undefined;
  rowKey(row: Row): string;
  isLoading: boolean;
  error: unknown;
  onRetry?: () => void;
  empty: { title: string; description?: string; action?: ReactNode };
  /** Dims the rows while the next page loads over the previous one. */
  isRefreshing?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
}

const SKELETON_ROWS = 6;

/**
 * A list as a table, with its four states: loading (skeleton rows), error (the translated
 * problem, with retry), empty (why, and what next) and the rows.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, isLoading, error, onRetry, empty, isRefreshing = false, minWidth = 880 }: DataTableProps<Row>) {
  if (error && !rows) return <ProblemAlert error={error} onRetry={onRetry} />;
  if (!isLoading && rows && rows.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState title={empty.title} description={empty.description} action={empty.action} />
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <ScrollArea type="auto">
        <Table striped miw={minWidth} aria-busy={isLoading || isRefreshing} style={{ opacity: isRefreshing ? 0.6 : 1 }}>
          <caption>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col" style={column.width ? { width: column.width } : undefined}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isLoading || !rows
              ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                  <Table.Tr key={`skeleton-${index}`}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>
                        <Skeleton height={14} radius="sm" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : rows.map((row) => (
                  <Table.Tr key={rowKey(row)}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
