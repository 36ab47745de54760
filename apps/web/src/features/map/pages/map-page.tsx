import { Badge, Grid, Group, Input, Paper, SegmentedControl, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { SITE_KINDS, SITE_STATUSES, type SiteKind, type SiteStatus } from '@ctip/contracts';
import { EmptyState } from '../../../components/empty-state';
import { FilterBar } from '../../../components/filter-bar';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useListState } from '../../../lib/use-list-state';
import { todayUtc } from '../../cases/dates';
import { useIntakeTranslation } from '../../intake/use-intake-translation';
import { ProvinceMap } from '../components/province-map';
import { useBoundaries, useCambodiaOutline, useMapData } from '../hooks/use-map';
import type { PolygonCollection } from '../cambodia-outline';
import { buildMapOption, provinceLabel, SITE_STATUS_COLOURS, type MapMeasure } from '../map-option';

interface MapFilters {
  status: SiteStatus | null;
  kind: SiteKind | null;
  from: string;
  to: string;
}

/**
 * Sites and reports on a map of Cambodia's provinces, drawn offline: by default a point per
 * province over the country's outline, sized by reports or sites; once an administrator has
 * imported province boundaries, a choropleth joined on the ISO code, with the licence's
 * attribution under it. Filters by site status and kind and by period. The figures are also in
 * a table under the map, for screen readers and for copying.
 */
export function MapPage() {
  const { t, i18n } = useIntakeTranslation('map');
  const navigate = useNavigate();
  const list = useListState<MapFilters & { measure: MapMeasure }>({ status: null, kind: null, from: '', to: '', measure: 'reports' });
  const { status, kind, from, to, measure } = list.filters;
  const data = useMapData({ status, kind, from: from || null, to: to || null });
  const hasBoundaries = data.data?.boundaries.loaded === true;
  const boundaries = useBoundaries(hasBoundaries);
  const outline = useCambodiaOutline(data.data !== undefined && !hasBoundaries);
  const geometry: PolygonCollection | undefined = hasBoundaries ? (boundaries.data?.featureCollection as PolygonCollection | undefined) : outline.data;
  const fontFamily = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
  const language = i18n.language;

  const option = useMemo(
    () =>
      data.data
        ? buildMapOption({
            data: data.data,
            hasBoundaries,
            measure,
            language,
            fontFamily,
            formatNumber: (value) => formatNumber(value, language),
            text: {
              reports: t('map:reports'),
              sites: t('map:sites'),
              high: t('map:legend.high'),
              low: t('map:legend.low'),
              siteStatus: (value) => t(`sites:vocab.status.${value}`),
              siteKind: (value) => t(`sites:vocab.kind.${value}`),
            },
          })
        : null,
    [data.data, hasBoundaries, measure, language, fontFamily, t],
  );

  const provinces = [...(data.data?.provinces ?? [])]
    .filter((province) => province.reportCount > 0 || province.siteCount > 0)
    .sort((left, right) => (measure === 'reports' ? right.reportCount - left.reportCount : right.siteCount - left.siteCount) || left.nameEn.localeCompare(right.nameEn));
  const sitesWithoutPlace = (data.data?.sites ?? []).filter((site) => site.latitude === null || site.longitude === null).length;
  const error = data.error ?? (hasBoundaries ? boundaries.error : outline.error);
  const attribution = hasBoundaries ? (boundaries.data?.attribution ?? data.data?.boundaries.attribution ?? null) : null;

  return (
    <>
      <PageHeader title={t('map:title')} description={t('map:description')} />
      <FilterBar label={t('map:filters')} isFiltered={[status, kind].some((value) => value !== null) || from !== '' || to !== ''} onReset={list.resetFilters}>
        <Select label={t('map:fields.status')} placeholder={t('map:any')} clearable data={SITE_STATUSES.map((value) => ({ value, label: t(`sites:vocab.status.${value}`) }))} value={status} onChange={(value) => list.setFilter('status', value as SiteStatus | null)} w={190} />
        <Select label={t('map:fields.kind')} placeholder={t('map:any')} clearable data={SITE_KINDS.map((value) => ({ value, label: t(`sites:vocab.kind.${value}`) }))} value={kind} onChange={(value) => list.setFilter('kind', value as SiteKind | null)} w={210} />
        <TextInput type="date" label={t('map:fields.from')} max={to || todayUtc()} value={from} onChange={(event) => list.setFilter('from', event.currentTarget.value)} w={170} />
        <TextInput type="date" label={t('map:fields.to')} min={from || undefined} max={todayUtc()} value={to} onChange={(event) => list.setFilter('to', event.currentTarget.value)} w={170} />
        <Input.Wrapper label={t('map:fields.measure')} id="map-measure">
          <div>
            <SegmentedControl
              aria-labelledby="map-measure-label"
              value={measure}
              onChange={(value) => list.setFilter('measure', value as MapMeasure)}
              data={[
                { value: 'reports', label: t('map:reports') },
                { value: 'sites', label: t('map:sites') },
              ]}
            />
          </div>
        </Input.Wrapper>
      </FilterBar>
      {error != null && !data.data ? (
        <ProblemAlert error={error} onRetry={() => void data.refetch()} />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder p="sm">
              {option && geometry ? (
                <ProvinceMap
                  geometry={geometry}
                  hasBoundaries={hasBoundaries}
                  option={option}
                  label={hasBoundaries ? t('map:alt.choropleth', { measure: t(`map:${measure}`) }) : t('map:alt.points', { measure: t(`map:${measure}`) })}
                  onSiteClick={(siteId) => navigate(`/sites/${siteId}`)}
                />
              ) : (
                <Skeleton h={560} />
              )}
              <Group gap="xs" mt="xs" wrap="wrap" aria-label={t('map:legend.sites')}>
                <Text size="xs" c="dimmed">{t('map:legend.sites')}:</Text>
                {SITE_STATUSES.map((value) => (
                  <Group key={value} gap={4} wrap="nowrap">
                    <span aria-hidden style={{ width: 9, height: 9, transform: 'rotate(45deg)', background: SITE_STATUS_COLOURS[value], display: 'inline-block' }} />
                    <Text size="xs">{t(`sites:vocab.status.${value}`)}</Text>
                  </Group>
                ))}
              </Group>
              <Text size="xs" c="dimmed" mt={6} data-testid="map-attribution">
                {hasBoundaries ? (attribution ?? t('map:attribution.boundariesUnknown')) : t('map:attribution.outline')}
              </Text>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder p="sm">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{t('map:table.title')}</Text>
                  {hasBoundaries ? <Badge variant="light">{t('map:mode.choropleth')}</Badge> : <Badge variant="light" color="gray">{t('map:mode.points')}</Badge>}
                </Group>
                {data.isPending ? (
                  <Skeleton h={200} />
                ) : provinces.length === 0 ? (
                  <EmptyState title={t('map:table.emptyTitle')} description={t('map:table.emptyDescription')} />
                ) : (
                  <Table striped aria-busy={data.isPlaceholderData} data-testid="map-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('map:table.province')}</Table.Th>
                        <Table.Th scope="col" ta="right">{t('map:reports')}</Table.Th>
                        <Table.Th scope="col" ta="right">{t('map:sites')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {provinces.map((province) => (
                        <Table.Tr key={province.code}>
                          <Table.Td lang={language === 'km' ? 'km' : 'en'}>{provinceLabel(province, language)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(province.reportCount, language)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(province.siteCount, language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {sitesWithoutPlace > 0 && <Text size="xs" c="dimmed">{t('map:table.withoutCoordinates', { value: formatNumber(sitesWithoutPlace, language) })}</Text>}
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
