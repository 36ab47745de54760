import { Paper, ScrollArea, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '@ctip/contracts';
import { formatNumber } from '../../../lib/format';
import { orderTableRows } from '../estimate-presentation';

/** Props of {@link ContingencyTableView}. */
export interface ContingencyTableViewProps {
  estimate: Estimate;
}

/**
 * The table the estimate comes from: for each combination of lists, how many people were seen
 * on exactly those; then the people on no list — the unknown cell the model estimates.
 */
export function ContingencyTableView({ estimate }: ContingencyTableViewProps) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const labels = estimate.lists.map((list) => list.label);
  return (
    <Paper withBorder>
      <ScrollArea type="auto">
        <Table striped data-testid="contingency-table" miw={Math.max(360, 110 * (labels.length + 1))}>
          <caption><VisuallyHidden>{t('table.caption')}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              {labels.map((label) => <Table.Th key={label} scope="col" ta="center">{label}</Table.Th>)}
              <Table.Th scope="col" ta="end">{t('table.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orderTableRows(estimate.table).map((row) => (
              <Table.Tr key={row.pattern.join('')}>
                {row.pattern.map((bit, index) => (
                  <Table.Td key={labels[index]} ta="center">
                    {bit === 1 ? <IconCheck size={16} aria-hidden /> : null}
                    <VisuallyHidden>{bit === 1 ? t('table.on') : t('table.notOn')}</VisuallyHidden>
                  </Table.Td>
                ))}
                <Table.Td ta="end" className="ctip-monospace">{formatNumber(row.count, language)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td colSpan={labels.length}><Text size="sm" fw={700}>{t('table.seen')}</Text></Table.Td>
              <Table.Td ta="end" className="ctip-monospace" fw={700}>{formatNumber(estimate.observedTotal, language)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td colSpan={labels.length}><Text size="sm" fs="italic">{t('table.unseen')}</Text></Table.Td>
              <Table.Td ta="end" className="ctip-monospace" fs="italic">{formatNumber(Math.round(estimate.hiddenFigure), language)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
