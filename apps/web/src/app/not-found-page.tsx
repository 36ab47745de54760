import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';

/** An address that names no page. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <EmptyState
      icon={<IconMapQuestion size={26} />}
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={<Button component={Link} to="/" variant="light">{t('navigation.home')}</Button>}
    />
  );
}
