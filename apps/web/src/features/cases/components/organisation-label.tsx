import { Badge, Group, Text } from '@mantine/core';
import { organisationNameIn } from '../../organisations/organisation-name';
import { useCaseTranslation } from '../use-case-translation';

/** Props of {@link OwnerAndAccess}. */
export interface OwnerAndAccessProps {
  ownerOrganisation: { nameEn: string; nameKm: string | null };
  access: 'owner' | 'granted';
}

/** Which organisation owns a case, and whether the user sees it as owner or through a referral. */
export function OwnerAndAccess({ ownerOrganisation, access }: OwnerAndAccessProps) {
  const { t, i18n } = useCaseTranslation('cases');
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" lineClamp={2} maw={220}>{organisationNameIn(i18n.language, ownerOrganisation)}</Text>
      {access === 'granted' && <Badge size="xs" color="violet" variant="light">{t('cases:access.granted')}</Badge>}
    </Group>
  );
}
