import { Badge, Button, Group, Progress, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { LIMITS, type Shelter } from '@ctip/contracts';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FilterBar } from '../../../components/filter-bar';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../auth/session-store';
import { ProvinceSelect, useProvinceName } from '../../cases/components/place-selects';
import { useCaseTranslation } from '../../cases/use-case-translation';
import { organisationNameIn } from '../../organisations/organisation-name';
import { ShelterFormModal } from '../components/shelter-form-modal';
import { useShelterList } from '../hooks/use-shelters';

/**
 * Shelters of every organisation with their capacity and how many people each holds now, to
 * find a free place; case workers register and keep up to date their own organisation's.
 */
export function SheltersPage() {
  const { t, i18n } = useCaseTranslation('shelters');
  const session = useSession();
  const [province, setProvince] = useState<string | null>(null);
  const [hasSpace, setHasSpace] = useState(false);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(LIMITS.pageSizeDefault);
  const [editing, setEditing] = useState<Shelter | 'new' | null>(null);
  const list = useShelterList({ page, pageSize, province, hasSpace, includeClosed });
  const provinceName = useProvinceName();
  const canManage = session.user.roles.includes('case_worker');
  const isFiltered = province !== null || hasSpace || includeClosed;
  const filter = (change: () => void) => {
    change();
    setPage(1);
  };

  const columns: DataColumn<Shelter>[] = [
    {
      key: 'name',
      header: t('shelters:fields.name'),
      render: (shelter) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{shelter.name}</Text>
          <Text size="xs" c="dimmed">{organisationNameIn(i18n.language, shelter.organisation)}</Text>
          {shelter.isDemo && <Badge size="xs" color="yellow" variant="light" w="fit-content">{t('cases:demo')}</Badge>}
        </Stack>
      ),
    },
    { key: 'province', header: t('shelters:fields.province'), render: (shelter) => <Text size="sm">{provinceName(shelter.provinceCode)}</Text> },
    {
      key: 'occupancy',
      header: t('shelters:fields.occupancy'),
      render: (shelter) => (
        <Stack gap={4} miw={140}>
          <Text size="sm">{t('shelters:occupancy', { occupancy: shelter.occupancy, capacity: shelter.capacity })}</Text>
          <Progress value={(shelter.occupancy / Math.max(1, shelter.capacity)) * 100} color={shelter.available === 0 ? 'red' : 'teal'} size="sm" aria-hidden />
          <Text size="xs" c={shelter.available === 0 ? 'red.8' : 'dimmed'}>{t('shelters:available', { count: shelter.available })}</Text>
        </Stack>
      ),
    },
    {
      key: 'accepts',
      header: t('shelters:fields.accepts'),
      render: (shelter) => (
        <Text size="sm">
          {t(`cases:vocab.shelterAcceptsSex.${shelter.acceptsSex}`)}
          {shelter.acceptsChildren ? ` · ${t('shelters:children')}` : ` · ${t('shelters:adultsOnly')}`}
        </Text>
      ),
    },
    { key: 'status', header: t('shelters:fields.status'), render: (shelter) => <Badge color={shelter.status === 'open' ? 'teal' : 'gray'} variant="light">{t(`shelters:statuses.${shelter.status}`)}</Badge> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>,
      width: 56,
      render: (shelter) =>
        canManage && shelter.organisation.id === session.user.organisation.id ? (
          <Button size="xs" variant="subtle" onClick={() => setEditing(shelter)} aria-label={t('shelters:form.editLabel', { name: shelter.name })}>
            <IconPencil size={14} aria-hidden />
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('shelters:title')}
        description={t('shelters:description')}
        actions={canManage ? <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('shelters:form.createTitle')}</Button> : undefined}
      />
      <FilterBar label={t('shelters:filters')} isFiltered={isFiltered} onReset={() => filter(() => { setProvince(null); setHasSpace(false); setIncludeClosed(false); })}>
        <ProvinceSelect label={t('shelters:fields.province')} placeholder={t('cases:list.any')} value={province} onChange={(value) => filter(() => setProvince(value))} w={240} />
        <Group gap="md" pb={8}>
          <Switch label={t('shelters:hasSpace')} checked={hasSpace} onChange={(event) => { const isChecked = event.currentTarget.checked; filter(() => setHasSpace(isChecked)); }} />
          <Switch label={t('shelters:includeClosed')} checked={includeClosed} onChange={(event) => { const isChecked = event.currentTarget.checked; filter(() => setIncludeClosed(isChecked)); }} />
        </Group>
      </FilterBar>
      <DataTable
        caption={t('shelters:title')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(shelter) => shelter.id}
        isLoading={list.isPending}
        isRefreshing={list.isPlaceholderData}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={760}
        empty={isFiltered ? { title: t('shelters:noMatch') } : { title: t('shelters:none') }}
      />
      {list.data && <ListPagination page={page} pageSize={pageSize} total={list.data.total} onPageChange={setPage} onPageSizeChange={(size) => { setPageSize(size); setPage(1); }} />}
      <ShelterFormModal opened={editing !== null} shelter={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
    </>
  );
}
