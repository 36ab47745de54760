import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useVerifyAuditChain } from '../hooks/use-audit-trail';

/** Verifies the audit trail's hash chain on request and shows the result. */
export function VerifyChainPanel() {
  const { t, i18n } = useTranslation('audit');
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <Stack gap="sm" mb="md">
      <Group>
        <Button variant="light" leftSection={<IconShieldCheck size={16} aria-hidden />} loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('verify.action')}
        </Button>
        <Text size="sm" c="dimmed">{t('verify.explanation')}</Text>
      </Group>
      {verify.error != null && <ProblemAlert error={verify.error} />}
      {result && (
        <div role="status" aria-live="polite">
          {result.ok ? (
            <Alert color="teal" icon={<IconShieldCheck aria-hidden />} title={t('verify.okTitle')} data-testid="verify-result">
              {t('verify.okBody', { checked: formatNumber(result.checked, i18n.language) })}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconShieldX aria-hidden />} title={t('verify.brokenTitle')} data-testid="verify-result">
              <Stack gap={4}>
                <Text size="sm">{t('verify.brokenBody', { seq: result.firstBrokenSeq ?? '—', checked: formatNumber(result.checked, i18n.language) })}</Text>
                {result.reason && <Text size="sm" className="ctip-monospace">{result.reason}</Text>}
              </Stack>
            </Alert>
          )}
        </div>
      )}
    </Stack>
  );
}
