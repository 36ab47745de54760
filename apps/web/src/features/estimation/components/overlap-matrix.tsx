import { Paper, ScrollArea, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** Props of {@link OverlapMatrix}. */
export interface OverlapMatrixProps {
  labels: readonly string[];
  /** People on both lists; the diagonal is each list's size. Null for a suppressed small cell. */
  overlaps: ReadonlyArray<ReadonlyArray<number | null>>;
  /** The suppression threshold, when cells are suppressed (the published view). */
  suppressionThreshold?: number;
}

/**
 * How many people each pair of lists has in common, with each list's size on the diagonal.
 * Suppressed cells read "fewer than 11" (never the number).
 */
export function OverlapMatrix({ labels, overlaps, suppressionThreshold }: OverlapMatrixProps) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const cell = (value: number | null) =>
    value === null ? (
      <Text span size="sm" c="dimmed">{t('overlaps.suppressed', { threshold: formatNumber(suppressionThreshold ?? 0, language) })}</Text>
    ) : (
      formatNumber(value, language)
    );
  return (
    <Paper withBorder>
      <ScrollArea type="auto">
        <Table data-testid="overlap-matrix" miw={Math.max(320, 140 * (labels.length + 1))}>
          <caption><VisuallyHidden>{t('overlaps.caption')}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col"><VisuallyHidden>{t('overlaps.list')}</VisuallyHidden></Table.Th>
              {labels.map((label) => <Table.Th key={label} scope="col" ta="end">{label}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {labels.map((label, row) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                {labels.map((column, index) => (
                  <Table.Td key={column} ta="end" fw={row === index ? 700 : undefined} title={row === index ? t('overlaps.sizeHint') : undefined}>
                    {cell(overlaps[row]?.[index] ?? null)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
