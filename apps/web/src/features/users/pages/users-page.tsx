import { Badge, Button, Group, Select, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '@ctip/contracts';
import { ConfirmModal } from '../../../components/confirm-modal';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatDateTime } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/session-store';
import { OrganisationSelect } from '../../organisations/components/organisation-select';
import { TemporaryPasswordModal } from '../components/temporary-password-modal';
import { UserActionsMenu, type UserAction } from '../components/user-actions-menu';
import { UserFormModal } from '../components/user-form-modal';
import { useResetUserPassword, useResetUserSecondFactor, useSetUserEnabled, useUserList } from '../hooks/use-users';

type ConfirmableAction = Exclude<UserAction, 'edit'>;

interface Filters {
  role: Role | null;
  status: 'active' | 'disabled' | null;
  organisationId: string | null;
}

/**
 * User administration: search and filter users; create one (the temporary password is shown
 * once); change name, roles and language; disable or enable; reset the password or second factor.
 */
export function UsersPage() {
  const { t, i18n } = useTranslation('users');
  const session = useSession();
  const isPlatformAdministrator = can(session, 'organisation.manage');
  const list = useListState<Filters>({ role: null, status: null, organisationId: null });
  const query = useUserList({ page: list.page, pageSize: list.pageSize, search: list.search, ...list.filters });
  const [isFormOpen, form] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [confirming, setConfirming] = useState<{ action: ConfirmableAction; user: User } | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<{ email: string; temporaryPassword: string; isNewUser: boolean } | null>(null);
  const setEnabled = useSetUserEnabled();
  const resetPassword = useResetUserPassword();
  const resetSecondFactor = useResetUserSecondFactor();
  const confirmMutation = confirming?.action === 'reset_password' ? resetPassword : confirming?.action === 'reset_second_factor' ? resetSecondFactor : setEnabled;

  const onAction = (action: UserAction, user: User) => {
    if (action === 'edit') {
      setEditing(user);
      form.open();
      return;
    }
    setEnabled.reset();
    resetPassword.reset();
    resetSecondFactor.reset();
    setConfirming({ action, user });
  };

  const confirm = () => {
    if (!confirming) return;
    const { action, user } = confirming;
    const done = (message: string) => {
      notifications.show({ color: 'teal', message });
      setConfirming(null);
    };
    if (action === 'reset_password') {
      resetPassword.mutate(user.id, {
        onSuccess: (result) => {
          resetPassword.reset();
          setConfirming(null);
          setTemporaryPassword({ email: result.user.email, temporaryPassword: result.temporaryPassword, isNewUser: false });
        },
      });
    } else if (action === 'reset_second_factor') {
      resetSecondFactor.mutate(user.id, { onSuccess: () => done(t('confirm.reset_second_factor.done', { name: user.displayName })) });
    } else {
      setEnabled.mutate({ id: user.id, isEnabled: action === 'enable' }, { onSuccess: () => done(t(`confirm.${action}.done`, { name: user.displayName })) });
    }
  };

  const columns: DataColumn<User>[] = [
    {
      key: 'name',
      header: t('fields.displayName'),
      render: (user) => (
        <>
          <Text size="sm" fw={600}>{user.displayName}</Text>
          <Text size="sm" c="dimmed">{user.email}</Text>
        </>
      ),
    },
    { key: 'organisation', header: t('fields.organisation'), render: (user) => <Text size="sm">{user.organisationNameEn}</Text> },
    {
      key: 'roles',
      header: t('fields.roles'),
      render: (user) => (
        <Group gap={4}>
          {user.roles.map((role) => <Badge key={role} variant="light" size="sm">{t(`common:roles.${role}`)}</Badge>)}
        </Group>
      ),
    },
    {
      key: 'status',
      header: t('fields.status'),
      render: (user) => (
        <Group gap={6} wrap="nowrap">
          <Badge color={user.status === 'active' ? 'teal' : 'gray'} variant="light">{t(`status.${user.status}`)}</Badge>
          {user.mustChangePassword && <Badge color="yellow" variant="outline" size="sm">{t('status.mustChangePassword')}</Badge>}
        </Group>
      ),
    },
    {
      key: 'secondFactor',
      header: t('fields.secondFactor'),
      render: (user) => (
        <Tooltip label={user.hasSecondFactor ? t('secondFactor.on') : t('secondFactor.off')}>
          <span>
            {user.hasSecondFactor ? <IconShieldCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden /> : <IconShieldX size={18} color="var(--mantine-color-gray-6)" aria-hidden />}
            <VisuallyHidden>{user.hasSecondFactor ? t('secondFactor.on') : t('secondFactor.off')}</VisuallyHidden>
          </span>
        </Tooltip>
      ),
    },
    { key: 'lastSignIn', header: t('fields.lastSignInAt'), render: (user) => <Text size="sm">{user.lastSignInAt ? formatDateTime(user.lastSignInAt, i18n.language) : t('never')}</Text> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>,
      width: 56,
      render: (user) => <UserActionsMenu user={user} isSelf={user.id === session.user.id} onAction={onAction} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={isPlatformAdministrator ? t('descriptionAll') : t('descriptionOwn')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setEditing(null); form.open(); }}>
            {t('form.createTitle')}
          </Button>
        }
      />
      <FilterBar label={t('filters.label')} isFiltered={list.isFiltered} onReset={list.resetFilters}>
        <SearchInput label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('fields.role')}
          placeholder={t('filters.any')}
          clearable
          data={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
          value={list.filters.role}
          onChange={(value) => list.setFilter('role', value as Role | null)}
          w={200}
        />
        <Select
          label={t('fields.status')}
          placeholder={t('filters.any')}
          clearable
          data={[{ value: 'active', label: t('status.active') }, { value: 'disabled', label: t('status.disabled') }]}
          value={list.filters.status}
          onChange={(value) => list.setFilter('status', value as 'active' | 'disabled' | null)}
          w={160}
        />
        {isPlatformAdministrator && (
          <OrganisationSelect label={t('fields.organisation')} placeholder={t('filters.any')} value={list.filters.organisationId} onChange={(id) => list.setFilter('organisationId', id)} />
        )}
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(user) => user.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          list.isFiltered
            ? { title: t('empty.noMatchTitle'), description: t('empty.noMatchDescription') }
            : { title: t('empty.noneTitle'), description: t('empty.noneDescription') }
        }
      />
      {query.data && (
        <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />
      )}
      <UserFormModal
        opened={isFormOpen}
        user={editing}
        onClose={form.close}
        onCreated={(created) => setTemporaryPassword({ ...created, isNewUser: true })}
      />
      <ConfirmModal
        opened={confirming !== null}
        title={confirming ? t(`confirm.${confirming.action}.title`) : ''}
        message={confirming ? t(`confirm.${confirming.action}.message`, { name: confirming.user.displayName, email: confirming.user.email }) : ''}
        confirmLabel={confirming ? t(`confirm.${confirming.action}.action`) : ''}
        isDanger={confirming?.action === 'disable' || confirming?.action === 'reset_second_factor'}
        isPending={confirmMutation.isPending}
        error={confirmMutation.error}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      />
      <TemporaryPasswordModal result={temporaryPassword} onClose={() => setTemporaryPassword(null)} />
    </>
  );
}
