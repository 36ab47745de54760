import { Anchor, Button, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { OPERATION_KINDS, type OperationKind, type OperationSummary } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { formatDate, formatNumber } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { useSession } from '../../auth/session-store';
import { useProvinceName } from '../../cases/components/place-selects';
import { canOnIntake } from '../../intake/intake-permissions';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import { useOperationList } from '../hooks/use-operations';

/** Inspections, raids and rescues the user's organisation took part in, newest first. */
export function OperationListPage() {
  const { t, i18n } = useIntakeTranslation('operations');
  const session = useSession();
  const provinceName = useProvinceName();
  const list = useListState<{ kind: OperationKind | null }>({ kind: null });
  const query = useOperationList({ page: list.page, pageSize: list.pageSize, kind: list.filters.kind });
  const canCreate = canOnIntake(session, 'operation.create');
  const columns: DataColumn<OperationSummary>[] = [
    { key: 'date', header: t('operations:fields.occurredOn'), render: (operation) => <Anchor component={Link} to={`/operations/${operation.id}`} fw={600} size="sm">{formatDate(operation.occurredOn, i18n.language)}</Anchor> },
    { key: 'kind', header: t('operations:fields.kind'), render: (operation) => <Text size="sm">{t(`operations:vocab.kind.${operation.kind}`)}</Text> },
    {
      key: 'site',
      header: t('operations:fields.site'),
      render: (operation) => (
        <>
          <Anchor component={Link} to={`/sites/${operation.site.id}`} size="sm">{operation.site.name}</Anchor>
          <Text size="xs" c="dimmed">{t(`sites:vocab.kind.${operation.site.kind}`)} · {provinceName(operation.site.provinceCode)}</Text>
        </>
      ),
    },
    { key: 'lead', header: t('operations:fields.lead'), render: (operation) => <Text size="sm">{organisationNameIn(i18n.language, operation.leadOrganisation)}</Text> },
    { key: 'rescued', header: t('operations:fields.rescuedTotal'), render: (operation) => <Text size="sm">{formatNumber(operation.rescuedTotal, i18n.language)}</Text> },
    { key: 'arrests', header: t('operations:fields.arrestsTotal'), render: (operation) => <Text size="sm">{formatNumber(operation.arrestsTotal, i18n.language)}</Text> },
  ];
  return (
    <>
      <PageHeader
        title={t('operations:list.title')}
        description={t('operations:list.description')}
        actions={canCreate ? <Button component={Link} to="/operations/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('operations:list.new')}</Button> : undefined}
      />
      <FilterBar label={t('operations:list.filters')} isFiltered={list.isFiltered} onReset={list.resetFilters}>
        <Select label={t('operations:fields.kind')} placeholder={t('operations:list.any')} clearable data={OPERATION_KINDS.map((kind) => ({ value: kind, label: t(`operations:vocab.kind.${kind}`) }))} value={list.filters.kind} onChange={(value) => list.setFilter('kind', value as OperationKind | null)} w={200} />
      </FilterBar>
      <DataTable
        caption={t('operations:list.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(operation) => operation.id}
        isLoading={query.isPending}
        isRefreshing={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        minWidth={820}
        empty={
          list.isFiltered
            ? { title: t('operations:list.noMatchTitle'), description: t('operations:list.noMatchDescription') }
            : { title: t('operations:list.noneTitle'), description: t('operations:list.noneDescription'), action: canCreate ? <Button component={Link} to="/operations/new" variant="light">{t('operations:list.new')}</Button> : undefined }
        }
      />
      {query.data && <ListPagination page={list.page} pageSize={list.pageSize} total={query.data.total} onPageChange={list.setPage} onPageSizeChange={list.setPageSize} />}
    </>
  );
}
