import { Button, Code, Stack } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { EmptyState } from '../components/empty-state';

/** What shows when a page fails to render (a bug, or a chunk that failed to load). */
export function RouteErrorPage() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  const name = error instanceof Error ? error.name : null;
  return (
    <Stack p="xl">
      <EmptyState
        icon={<IconBug size={26} />}
        title={t('crash.title')}
        description={t('crash.description')}
        action={<Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>}
      />
      {name && <Code ta="center">{name}</Code>}
    </Stack>
  );
}
