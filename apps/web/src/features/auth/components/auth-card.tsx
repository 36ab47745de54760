import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@ctip/contracts';
import { LanguageSwitch } from '../../../components/language-switch';
import { changeInterfaceLanguage, signOutEverywhere } from '../session-actions';

/** Props of {@link AuthCard}. */
export interface AuthCardProps {
  title: string;
  description?: string;
  children: ReactNode;
  /** Offers to give up and sign out (every step after the password). */
  canCancel?: boolean;
  width?: number;
}

/** The frame of every sign-in step: the product's name, the language, the step. */
export function AuthCard({ title, description, children, canCancel = false, width = 440 }: AuthCardProps) {
  const { t, i18n } = useTranslation('auth');
  useDocumentTitle(`${title} · ctip`);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="md">
        <Group justify="space-between" align="center">
          <Box>
            <Text fw={700} size="xl" c="ctip.8">ctip</Text>
            <Text size="xs" c="dimmed">{t('productName')}</Text>
          </Box>
          <LanguageSwitch size="xs" value={i18n.language as Locale} onChange={(locale) => void changeInterfaceLanguage(locale)} />
        </Group>
        <Paper component="main" withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h3">{title}</Title>
              {description && <Text c="dimmed" size="sm">{description}</Text>}
            </Stack>
            {children}
          </Stack>
        </Paper>
        {canCancel && (
          <Center>
            <Anchor component="button" type="button" size="sm" onClick={() => void signOutEverywhere()}>
              {t('cancelSignIn')}
            </Anchor>
          </Center>
        )}
      </Stack>
    </Center>
  );
}
