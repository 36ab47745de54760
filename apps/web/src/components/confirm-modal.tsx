import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

/** Props of {@link ConfirmModal}. */
export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  isDanger?: boolean;
  isPending: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Asks before an action that cannot simply be undone (disabling a user, ending a session).
 * While it fades out it keeps saying what it asked: the caller's target is often cleared, or the
 * record it describes read again (published now, so "withdraw?"), the moment the action succeeds.
 */
export function ConfirmModal({ opened, title, message, confirmLabel, isDanger = false, isPending, error, onConfirm, onClose }: ConfirmModalProps) {
  const { t } = useTranslation('common');
  const current = { title, message, confirmLabel, isDanger };
  const asked = useRef(current);
  if (opened) asked.current = current;
  const shown = asked.current;
  return (
    <Modal opened={opened} onClose={onClose} title={shown.title} centered closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack>
        <Text>{shown.message}</Text>
        {error != null && <ProblemAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={isPending}>
            {t('actions.cancel')}
          </Button>
          <Button color={shown.isDanger ? 'red' : undefined} onClick={onConfirm} loading={isPending} data-autofocus>
            {shown.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
