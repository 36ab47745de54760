import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '@ctip/contracts';
import { orderCaveats } from '../estimate-presentation';

/** Props of {@link EstimateCautions}. */
export interface EstimateCautionsProps {
  caveats: Estimate['caveats'];
}

/**
 * The plain-language cautions that go with an estimate (the server says which apply): what the
 * method assumes and where this estimate is weak. Said wherever the figure is shown.
 */
export function EstimateCautions({ caveats }: EstimateCautionsProps) {
  const { t } = useTranslation('estimation');
  if (caveats.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('caveats.title')} data-testid="estimate-cautions">
      <List spacing="xs" size="sm">
        {orderCaveats(caveats).map((caveat) => (
          <List.Item key={caveat} data-caveat={caveat}>
            <Text span fw={700} size="sm">{t(`caveats.${caveat}.title`)}</Text>{' '}
            <Text span size="sm">{t(`caveats.${caveat}.body`)}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
