import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '@ctip/contracts';
import { nameIn } from '../../../lib/bilingual';
import { useEstimationSources } from '../hooks/use-estimation';

/** The lists of an estimate, each with the organisations that make it up (named from the period's sources). */
export function EstimateLists({ estimate }: { estimate: Estimate }) {
  const { t, i18n } = useTranslation('estimation');
  const sources = useEstimationSources({ from: estimate.from, to: estimate.to });
  const nameOf = (id: string) => {
    const source = sources.data?.items.find((item) => item.organisationId === id);
    return source ? nameIn(i18n.language, source.nameEn, source.nameKm) : id;
  };
  return (
    <Paper withBorder>
      <Table data-testid="estimate-lists">
        <caption><VisuallyHidden>{t('result.listsCaption')}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('lists.label')}</Table.Th>
            <Table.Th scope="col">{t('lists.organisations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {estimate.lists.map((list) => (
            <Table.Tr key={list.label}>
              <Table.Th scope="row">{list.label}</Table.Th>
              <Table.Td><Text size="sm">{list.organisationIds.map(nameOf).join(' · ')}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
