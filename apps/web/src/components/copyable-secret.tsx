import { ActionIcon, CopyButton, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Props of {@link CopyableSecret}. */
export interface CopyableSecretProps {
  label: string;
  value: string;
  description?: string;
}

/**
 * A secret shown once (a temporary password, an authenticator key) in a read-only field with a
 * copy button. Where the clipboard is not available (plain HTTP on a network address) the text
 * can still be selected and copied by hand.
 */
export function CopyableSecret({ label, value, description }: CopyableSecretProps) {
  const { t } = useTranslation('common');
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      classNames={{ input: 'ctip-monospace' }}
      size="md"
      rightSectionWidth={44}
      rightSection={
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('actions.copied') : t('actions.copy')} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('actions.copied') : t('actions.copyLabel', { label })}>
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}
