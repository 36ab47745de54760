import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionInfo } from '@ctip/contracts';
import { signOutEverywhere } from '../features/auth/session-actions';

/** Props of {@link UserMenu}. */
export interface UserMenuProps {
  session: SessionInfo;
}

/** The signed-in user and organisation, with their account page and sign-out. */
export function UserMenu({ session }: UserMenuProps) {
  const { t, i18n } = useTranslation('common');
  const navigate = useNavigate();
  const { user } = session;
  const organisationName = i18n.language === 'km' && user.organisation.nameKm ? user.organisation.nameKm : user.organisation.nameEn;
  const initials = user.displayName.split(/\s+/).map((part) => part[0] ?? '').join('').slice(0, 2).toUpperCase();
  const handleSignOut = async () => {
    navigate('/');
    const isConfirmed = await signOutEverywhere();
    if (!isConfirmed) notifications.show({ color: 'yellow', message: t('signOut.unconfirmed') });
  };
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name: user.displayName })} p={4} style={{ borderRadius: 8 }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" color="ctip" radius="xl" aria-hidden>{initials}</Avatar>
            <div style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} lineClamp={1} visibleFrom="sm">{user.displayName}</Text>
              <Text size="xs" c="dimmed" lineClamp={1} visibleFrom="sm" data-testid="current-organisation">{organisationName}</Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={16} aria-hidden />} onClick={() => navigate('/account')}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void handleSignOut()}>
          {t('signOut.action')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
