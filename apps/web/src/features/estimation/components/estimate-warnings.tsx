import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { warningKey } from '../estimate-presentation';

/**
 * The engine's warnings about this estimate (an interval without an upper limit, lists with no
 * one in common, bootstrap replicates that failed), said in the reader's language; wording the
 * interface does not know yet is shown as the engine wrote it, in English.
 */
export function EstimateWarnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation('estimation');
  if (warnings.length === 0) return <Text size="sm" c="dimmed">{t('warnings.none')}</Text>;
  return (
    <List size="sm" spacing={4} data-testid="estimate-warnings">
      {warnings.map((warning) => {
        const known = warningKey(warning);
        return (
          <List.Item key={warning}>
            {known ? t(known.key, known.values) : <span lang="en">{warning}</span>}
          </List.Item>
        );
      })}
    </List>
  );
}
