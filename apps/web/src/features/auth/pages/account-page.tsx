import { Alert, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { ChangePasswordForm } from '../components/change-password-form';
import { RecoveryCodesPanel } from '../components/recovery-codes-panel';
import { SecondFactorEnrolment } from '../components/second-factor-enrolment';
import { refreshSession } from '../session-actions';
import { useSession } from '../session-store';

/** The user's own account: who they are, their password and their second factor. */
export function AccountPage() {
  const { t, i18n } = useTranslation('auth');
  const session = useSession();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { user } = session;
  const organisationName = i18n.language === 'km' && user.organisation.nameKm ? user.organisation.nameKm : user.organisation.nameEn;
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="lg">
            <Stack gap="xs">
              <Title order={2} size="h4">{t('account.profile')}</Title>
              <Text><Text span c="dimmed">{t('account.name')}: </Text>{user.displayName}</Text>
              <Text><Text span c="dimmed">{t('account.email')}: </Text>{user.email}</Text>
              <Text><Text span c="dimmed">{t('account.organisation')}: </Text>{organisationName}</Text>
              <Group gap="xs">
                <Text c="dimmed">{t('account.roles')}:</Text>
                {user.roles.map((role) => <Badge key={role} variant="light">{t(`common:roles.${role}`)}</Badge>)}
              </Group>
              <Text size="sm" c="dimmed">{t('account.sessionEnds', { idle: formatDateTime(session.idleExpiresAt, i18n.language), absolute: formatDateTime(session.absoluteExpiresAt, i18n.language) })}</Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h4">{t('account.secondFactor')}</Title>
              {recoveryCodes ? (
                <RecoveryCodesPanel codes={recoveryCodes} onDone={() => { setRecoveryCodes(null); void refreshSession(); }} />
              ) : user.hasSecondFactor ? (
                <Alert color="teal" variant="light" icon={<IconShieldCheck aria-hidden />}>{t('account.secondFactorOn')}</Alert>
              ) : (
                <SecondFactorEnrolment onConfirmed={setRecoveryCodes} />
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h4">{t('account.changePassword')}</Title>
              <Text size="sm" c="dimmed">{t('account.changePasswordDescription')}</Text>
              <ChangePasswordForm onChanged={() => notifications.show({ color: 'teal', message: t('account.passwordChanged') })} />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
