import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link FullPageStatus}. */
export interface FullPageStatusProps {
  label: string;
  isLoading?: boolean;
  children?: ReactNode;
}

/** The whole window while the app starts or cannot reach the server. */
export function FullPageStatus({ label, isLoading = false, children }: FullPageStatusProps) {
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" gap="md" maw={480} role="status" aria-live="polite">
        {isLoading && <Loader aria-hidden />}
        <Text ta="center">{label}</Text>
        {children}
      </Stack>
    </Center>
  );
}
