import { Alert, Button, Checkbox, CopyButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link RecoveryCodesPanel}. */
export interface RecoveryCodesPanelProps {
  codes: string[];
  onDone(): void;
}

/**
 * The recovery codes, shown once: the user copies or writes them down and confirms before
 * going on; after that they are forgotten by the browser and only their digests stay on the server.
 */
export function RecoveryCodesPanel({ codes, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation('auth');
  const [isSaved, setIsSaved] = useState(false);
  return (
    <Stack gap="md">
      <Alert icon={<IconKey aria-hidden />} color="yellow" variant="light" title={t('recoveryCodes.onceTitle')}>
        {t('recoveryCodes.onceBody')}
      </Alert>
      <Paper withBorder p="md" bg="gray.0">
        <SimpleGrid cols={2} spacing="xs" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('recoveryCodes.listLabel')}>
          {codes.map((code) => (
            <Text component="li" key={code} className="ctip-monospace" fw={600} data-testid="recovery-code">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group>
        <CopyButton value={codes.join('\n')} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
              {copied ? t('recoveryCodes.copied') : t('recoveryCodes.copyAll')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Checkbox checked={isSaved} onChange={(event) => setIsSaved(event.currentTarget.checked)} label={t('recoveryCodes.confirmSaved')} />
      <Button onClick={onDone} disabled={!isSaved}>
        {t('recoveryCodes.continue')}
      </Button>
    </Stack>
  );
}
