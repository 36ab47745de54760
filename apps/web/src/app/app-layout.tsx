import { AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import type { Locale } from '@ctip/contracts';
import { LanguageSwitch } from '../components/language-switch';
import { changeInterfaceLanguage } from '../features/auth/session-actions';
import { useSession } from '../features/auth/session-store';
import { Navigation } from './navigation';
import { APP_MODULES } from './modules';
import { UserMenu } from './user-menu';

const HEADER_HEIGHT = 60;
const DEMO_BANNER_HEIGHT = 32;

/**
 * The application's frame: header (product, language, user), navigation by module (a drawer on
 * small screens), a banner in demo mode, and the current page.
 */
export function AppLayout() {
  const { t, i18n } = useTranslation('common');
  const session = useSession();
  const [isNavigationOpen, { toggle, close }] = useDisclosure(false);
  const headerHeight = HEADER_HEIGHT + (session.demoMode ? DEMO_BANNER_HEIGHT : 0);
  const switchLanguage = (locale: Locale) => {
    changeInterfaceLanguage(locale).catch(() => notifications.show({ color: 'yellow', message: t('language.notSaved') }));
  };
  return (
    <AppShell header={{ height: headerHeight }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }} padding="lg">
      <AppShell.Header>
        <a href="#main-content" className="ctip-skip-link">{t('skipToContent')}</a>
        {session.demoMode && (
          <Group h={DEMO_BANNER_HEIGHT} px="md" gap="xs" justify="center" bg="yellow.3" c="dark.9" role="note" data-testid="demo-banner">
            <IconAlertTriangle size={16} aria-hidden />
            <Text size="sm" fw={700}>{t('demo.badge')}</Text>
            <Text size="sm" visibleFrom="sm">{t('demo.message')}</Text>
          </Group>
        )}
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={isNavigationOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={isNavigationOpen ? t('navigation.close') : t('navigation.open')} />
            <Box component={Link} to="/" style={{ textDecoration: 'none' }} aria-label={t('navigation.home')}>
              <Text fw={800} size="lg" c="ctip.8">ctip</Text>
            </Box>
            <Text size="sm" c="dimmed" visibleFrom="md">{t('productName')}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch size="xs" value={i18n.language as Locale} onChange={switchLanguage} />
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <Navigation modules={APP_MODULES} session={session} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
