import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CopyableSecret } from '../../../components/copyable-secret';

/** Props of {@link TemporaryPasswordModal}. */
export interface TemporaryPasswordModalProps {
  /** The user and their temporary password; null when closed. */
  result: { email: string; temporaryPassword: string; isNewUser: boolean } | null;
  onClose(): void;
}

/**
 * Shows a temporary password once. It closes only through its button, so it is not lost by a
 * stray click; closing forgets it (the server keeps only its hash).
 */
export function TemporaryPasswordModal({ result, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation('users');
  return (
    <Modal
      opened={result !== null}
      onClose={onClose}
      title={result?.isNewUser ? t('temporaryPassword.createdTitle') : t('temporaryPassword.resetTitle')}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      size="lg"
    >
      {result && (
        <Stack gap="md" data-testid="temporary-password-dialog">
          <Text>{t('temporaryPassword.forUser', { email: result.email })}</Text>
          <CopyableSecret label={t('temporaryPassword.label')} value={result.temporaryPassword} />
          <Alert color="yellow" variant="light" icon={<IconKey aria-hidden />}>
            {t('temporaryPassword.onceWarning')}
          </Alert>
          <Button onClick={onClose} data-autofocus>{t('temporaryPassword.done')}</Button>
        </Stack>
      )}
    </Modal>
  );
}
