import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconHistory, IconKey, IconPencil, IconShieldOff, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '@ctip/contracts';

/** What an administrator can do to one user. */
export type UserAction = 'edit' | 'disable' | 'enable' | 'reset_password' | 'reset_second_factor';

/** Props of {@link UserActionsMenu}. */
export interface UserActionsMenuProps {
  user: User;
  isSelf: boolean;
  onAction(action: UserAction, user: User): void;
}

/** The actions on one user, in a menu (keyboard operable, named for screen readers). */
export function UserActionsMenu({ user, isSelf, onAction }: UserActionsMenuProps) {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('actions.menuFor', { name: user.displayName })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', user)}>
          {t('actions.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('reset_password', user)}>
          {t('actions.resetPassword')}
        </Menu.Item>
        {user.hasSecondFactor && (
          <Menu.Item leftSection={<IconShieldOff size={16} aria-hidden />} onClick={() => onAction('reset_second_factor', user)}>
            {t('actions.resetSecondFactor')}
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconHistory size={16} aria-hidden />}
          onClick={() => navigate(`/admin/audit?resourceType=user&resourceId=${encodeURIComponent(user.id)}`)}
        >
          {t('actions.auditTrail')}
        </Menu.Item>
        <Menu.Divider />
        {user.status === 'active' ? (
          <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} disabled={isSelf} onClick={() => onAction('disable', user)}>
            {t('actions.disable')}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => onAction('enable', user)}>
            {t('actions.enable')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
