import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string;
  description?: string;
  icon?: ReactNode;
  action?: ReactNode;
}

/** What a list shows when it has nothing: says why, and what to do next when there is something to do. */
export function EmptyState({ title, description, icon, action }: EmptyStateProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420}>
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          {icon ?? <IconInbox size={26} />}
        </ThemeIcon>
        <Text fw={600} ta="center">{title}</Text>
        {description && <Text c="dimmed" size="sm" ta="center">{description}</Text>}
        {action}
      </Stack>
    </Center>
  );
}
