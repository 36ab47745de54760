import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';
import { orderIntervals, type EstimateInterval } from '../estimate-presentation';

/** Every interval of an estimate: each method at each level, with its limits. */
export function IntervalsTable({ intervals, headline }: { intervals: readonly EstimateInterval[]; headline: EstimateInterval | null }) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const limit = (value: number | null, missing: string) => (value === null ? <Text span size="sm" c="dimmed">{missing}</Text> : <span className="ctip-monospace">{formatNumber(Math.round(value), language)}</span>);
  return (
    <Paper withBorder>
      <Table data-testid="intervals-table">
        <caption><VisuallyHidden>{t('intervals.caption')}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('intervals.method')}</Table.Th>
            <Table.Th scope="col">{t('intervals.level')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('intervals.lower')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('intervals.upper')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderIntervals(intervals).map((interval) => {
            const isHeadline = headline !== null && headline.method === interval.method && headline.level === interval.level;
            return (
              <Table.Tr key={`${interval.method}@${interval.level}`} fw={isHeadline ? 700 : undefined}>
                <Table.Td>
                  {t(`intervalMethods.${interval.method}`)}
                  {isHeadline && <Text span size="xs" c="dimmed"> · {t('intervals.headline')}</Text>}
                </Table.Td>
                <Table.Td>{formatPercent(interval.level, language, 0)}</Table.Td>
                <Table.Td ta="end">{limit(interval.lower, t('intervals.notFound'))}</Table.Td>
                <Table.Td ta="end">{limit(interval.upper, interval.lower === null ? t('intervals.notFound') : t('intervals.unbounded'))}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
