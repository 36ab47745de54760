import { Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LinkageCandidate } from '../api';
import { contributionScale, priorWeightOf } from '../linkage-labels';
import { comparisonName, formatMatchProbability, formatWeight, levelName } from '../linkage-words';
import { WeightBar } from './weight-bar';

/** Props of {@link ContributionBars}. */
export interface ContributionBarsProps {
  candidate: LinkageCandidate;
}

/**
 * Why a pair is in the queue: what each comparison added (green, to the right) or took away
 * (red, to the left) in bits, from the starting point that two records picked at random are
 * rarely the same person, to the total and its match probability.
 */
export function ContributionBars({ candidate }: ContributionBarsProps) {
  const { t, i18n } = useTranslation('linkage');
  const language = i18n.language;
  const prior = priorWeightOf(candidate);
  const scale = contributionScale([prior, ...candidate.reasons.map((reason) => reason.weight)]);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{t('review.whyTitle')}</Title>
      <Text size="sm" c="dimmed">{t('review.whyDescription')}</Text>
      <Table withRowBorders={false} verticalSpacing={4} data-testid="contribution-bars">
        <caption><VisuallyHidden>{t('review.whyTitle')}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.comparison')}</Table.Th>
            <Table.Th scope="col"><VisuallyHidden>{t('model.weightBar')}</VisuallyHidden></Table.Th>
            <Table.Th scope="col" ta="end">{t('model.weight')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td><Text size="sm" c="dimmed">{t('review.prior')}</Text></Table.Td>
            <Table.Td><WeightBar weight={prior} scale={scale} /></Table.Td>
            <Table.Td ta="end" className="ctip-monospace">{formatWeight(prior, language)}</Table.Td>
          </Table.Tr>
          {candidate.reasons.map((reason) => (
            <Table.Tr key={reason.comparison}>
              <Table.Td>
                <Text size="sm">
                  <Text span fw={600} size="sm">{comparisonName(t, reason.comparison)}</Text>: {levelName(t, reason.label, language)}
                </Text>
                {reason.termFrequencyAdjustment !== 0 && (
                  <Text size="xs" c="dimmed">{t('review.rarity', { weight: formatWeight(reason.termFrequencyAdjustment, language) })}</Text>
                )}
              </Table.Td>
              <Table.Td><WeightBar weight={reason.weight} scale={scale} /></Table.Td>
              <Table.Td ta="end" className="ctip-monospace">{formatWeight(reason.weight, language)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
            <Table.Td><Text size="sm" fw={700}>{t('review.total')}</Text></Table.Td>
            <Table.Td>
              <Group gap="xs"><Text size="sm">{t('review.probability', { value: formatMatchProbability(candidate.probability, language) })}</Text></Group>
            </Table.Td>
            <Table.Td ta="end" className="ctip-monospace" fw={700}>{formatWeight(candidate.weight, language)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
