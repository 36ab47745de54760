import { ActionIcon, Badge, Button, Select, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '@ctip/contracts';
import { BilingualName } from '../../../components/bilingual-name';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { formatNumber } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/session-store';
import { OrganisationFormModal } from '../components/organisation-form-modal';
import { useOrganisationList } from '../hooks/use-organisations';

/** Props of {@link OrganisationsPage}. */
export interface OrganisationsPageProps {
  /** The read-only directory of the reference data, rather than the administration page. */
  isDirectory?: boolean;
}

/**
 * Administration of organisations: search and filter the directory; platform administrators
 * add and change organisations (the actions are hidden from everyone else). As the directory,
 * the same list for everyone, read-only.
 */
export function OrganisationsPage({ isDirectory = false }: OrganisationsPageProps) {
  const { t, i18n } = useTranslation('organisations');
  const session = useSession();
  const canManage = !isDirectory && can(session, 'organisation.manage');
  const list = useListState<{ kind: OrganisationKind | null; status: 'active' | 'inactive' | null }>({ kind: null, status: null });
  const query = useOrganisationList({ page: list.page, pageSize: list.pageSize, search: list.search, ...list.filters });
  const [isFormOpen, form] = useDisclosure(false);
  const [editing, setEditing] = useState<Organisation | null>(null);

  const openForm = (organisation: Organisation | null) => {
    setEditing(organisation);
    form.open();
  };

  const columns: DataColumn<Organisation>[] = [
    {
      key: 'name',
      header: t('fields.name'),
      render: (organisation) => <BilingualName nameEn={organisation.nameEn} nameKm={organisation.nameKm} />,
    },
    { key: 'kind', header: t('fields.kind'), render: (organisation) => t(`kinds.${organisation.kind}`) },
    { key: 'country', header: t('fields.countryCode'), render: (organisation) => organisation.countryCode || '—' },
    {
      key: 'status',
      header: t('fields.status'),
      render: (organisation) => (
        <Badge color={organisation.status === 'active' ? 'teal' : 'gray'} variant="light">{t(`status.${organisation.status}`)}</Badge>
      ),
    },
    {
      key: 'flags',
      header: t('fields.source'),
      render: (organisation) => (
        <>
          <Text size="sm">{t(`source.${organisation.source}`)}</Text>
          {organisation.isPlatformOperator && <Badge size="xs" variant="outline">{t('platformOperator')}</Badge>}
        </>
      ),
    },
    { key: 'users', header: t('fields.userCount'), render: (organisation) => formatNumber(organisation.userCount, i18n.language) },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>,
      width: 60,
      render: (organisation) => (
        <Tooltip label={t('form.editTitle')}>
          <ActionIcon variant="subtle" onClick={() => openForm(organisation)} aria-label={t('form.editNamed', { name: organisation.nameEn })}>
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={isDirectory ? t('directoryTitle') : t('title')}
        description={isDirectory ? t('directoryDescription') : canManage ? t('descriptionManage') : t('descriptionRead')}
        actions={canManage && <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>{t('form.createTitle')}</Button>}
      />
      <FilterBar label={t('filters.label')} isFiltered={list.isFiltered} onReset={list.resetFilters}>
        <SearchInput label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} />
        <Select
          label={t('fields.kind')}
          placeholder={t('filters.any')}
          clearable
          data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={list.filters.kind}
          onChange={(value) => list.setFilter('kind', value as OrganisationKind | null)}
          w={220}
        />
        <Select
          label={t('fields.status')}
          placeholder={t('filters.any')}
          clearable
          data={[{ value: 'active', label: t('status.active') }, { value: 'inactive', label: t('status.inactive') }]}
          value={list.filters.status}
          onChange={(value) => list.setFilter('status', value as 'active' | 'inactive' | null)}
          w={160}
        />
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(organisation) => organisation.id}
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
      {canManage && <OrganisationFormModal opened={isFormOpen} organisation={editing} onClose={form.close} />}
    </>
  );
}

/** The organisation directory as reference data: the same list, read-only, for every role. */
export function OrganisationDirectoryPage() {
  return <OrganisationsPage isDirectory />;
}
