import { Badge, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '@ctip/contracts';
import { formatDecimal, formatNumber } from '../../../lib/format';
import { criterionOf, interactionTerms, termLists } from '../estimate-presentation';

/** A model's interactions as "Police × NGO" chips, or "main effects only". */
function Terms({ terms }: { terms: readonly string[] }) {
  const { t } = useTranslation('estimation');
  const interactions = interactionTerms(terms);
  if (interactions.length === 0) return <Text size="sm">{t('model.mainEffectsOnly')}</Text>;
  return (
    <Group gap={6} wrap="wrap">
      {interactions.map((term) => <Badge key={term} variant="light" size="md">{termLists(term).join(' × ')}</Badge>)}
    </Group>
  );
}

/**
 * The chosen model — which lists it lets depend on each other, and which pairs of lists share no
 * one (fixed at minus infinity) — and the models nearly as good, with their estimates.
 */
export function ModelSummary({ estimate }: { estimate: Estimate }) {
  const { t, i18n } = useTranslation('estimation');
  const language = i18n.language;
  const criterion = criterionOf(estimate.method);
  const chosenKey = [...estimate.model.generators].sort().join('|');
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t('model.method', { method: t(`methods.${estimate.method}.name`, { defaultValue: estimate.method }) })}</Text>
          <Text size="sm" fw={600}>{t('model.terms')}</Text>
          <Terms terms={estimate.model.generators} />
          <Text size="sm" c="dimmed">{t('model.termsExplained')}</Text>
          {estimate.model.minusInfinityTerms.length > 0 && (
            <Text size="sm">{t('model.minusInfinity', { terms: estimate.model.minusInfinityTerms.map((term) => termLists(term).join(' × ')).join(', ') })}</Text>
          )}
        </Stack>
      </Paper>
      {estimate.closeModels.length > 0 && (
        <Paper withBorder>
          <Table data-testid="close-models">
            <caption><VisuallyHidden>{t('model.closeCaption')}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('model.closeTerms')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('model.closeEstimate')}</Table.Th>
                <Table.Th scope="col" ta="end">{t('model.closeDelta', { criterion })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {estimate.closeModels.map((model, index) => {
                const isChosen = [...model.interactions].sort().join('|') === chosenKey;
                return (
                  <Table.Tr key={`${model.interactions.join('|')}:${index}`} fw={isChosen ? 700 : undefined}>
                    <Table.Td>
                      <Group gap="xs" wrap="wrap">
                        <Terms terms={model.interactions} />
                        {isChosen && <Badge color="teal" variant="outline" size="sm">{t('model.chosen')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="end">{model.estimate === null ? t('model.noEstimate') : <span className="ctip-monospace">{formatNumber(Math.round(model.estimate), language)}</span>}</Table.Td>
                    <Table.Td ta="end" className="ctip-monospace">{formatDecimal(model.delta, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
