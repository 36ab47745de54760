import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { visiblePages } from '../../../app/app-module';
import { APP_MODULES } from '../../../app/modules';
import { useSession } from '../../auth/session-store';

/** The start page: who is signed in, for which organisation, and the modules they can use. */
export function HomePage() {
  const { t, i18n } = useTranslation('home');
  const session = useSession();
  const { user } = session;
  const organisationName = i18n.language === 'km' && user.organisation.nameKm ? user.organisation.nameKm : user.organisation.nameEn;
  const sections = APP_MODULES.map((module) => ({ module, pages: visiblePages(module, session).filter((page) => page.path !== '/') })).filter((section) => section.pages.length > 0);
  return (
    <>
      <PageHeader title={t('welcome', { name: user.displayName })} description={t('description')} />
      <Stack gap="lg">
        {session.demoMode && (
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('demoTitle')}>
            {t('demoBody')}
          </Alert>
        )}
        <Card withBorder>
          <Stack gap="xs">
            <Title order={2} size="h4">{t('yourAccount')}</Title>
            <Text><Text span c="dimmed">{t('organisation')}: </Text>{organisationName}</Text>
            <Group gap="xs">
              <Text c="dimmed">{t('roles')}:</Text>
              {user.roles.map((role) => <Badge key={role} variant="light">{t(`common:roles.${role}`)}</Badge>)}
            </Group>
            {!user.hasSecondFactor && (
              <Text size="sm">
                {t('noSecondFactor')} <Anchor component={Link} to="/account">{t('setUpSecondFactor')}</Anchor>
              </Text>
            )}
          </Stack>
        </Card>
        <Title order={2} size="h4">{t('modules')}</Title>
        {sections.map(({ module, pages }) => (
          <Stack key={module.id} gap="xs">
            <Title order={3} size="h5" c="dimmed">{t(module.labelKey)}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              {pages.map((page) => {
                const PageIcon = page.icon;
                return (
                  <Card key={page.path} withBorder component={Link} to={page.path} padding="sm">
                    <Group wrap="nowrap" gap="sm">
                      <ThemeIcon variant="light" size="lg" aria-hidden><PageIcon size={20} /></ThemeIcon>
                      <Text fw={600} size="sm">{t(page.labelKey)}</Text>
                    </Group>
                  </Card>
                );
              })}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </>
  );
}
