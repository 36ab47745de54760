import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { useSession } from '../features/auth/session-store';
import type { AppPage } from './app-module';

/** Props of {@link PageGuard}. */
export interface PageGuardProps {
  page: AppPage;
  children: ReactNode;
}

/**
 * Opens a page only for users whose roles can use it; others (following an old link) are told
 * so. The server refuses the data anyway: this only spares a page of errors.
 */
export function PageGuard({ page, children }: PageGuardProps) {
  const { t } = useTranslation('common');
  const session = useSession();
  if (!page.isAvailable(session)) {
    return (
      <EmptyState
        icon={<IconLock size={26} />}
        title={t('notAvailable.title')}
        description={t('notAvailable.description')}
        action={<Button component={Link} to="/" variant="light">{t('navigation.home')}</Button>}
      />
    );
  }
  return <>{children}</>;
}
