import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MapData, SiteStatus } from '@ctip/contracts';

/** The ECharts option the map draws. */
export type MapOption = ComposeOption<MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption>;

/** What the provinces are sized or coloured by. */
export type MapMeasure = 'reports' | 'sites';

/** The names ECharts registers the two kinds of map under. */
export const OUTLINE_MAP = 'ctip-cambodia-outline';
export const PROVINCES_MAP = 'ctip-cambodia-provinces';

/** Site markers by status: reopened in red, licensed in purple, as on the site badges. */
export const SITE_STATUS_COLOURS: Record<SiteStatus, string> = {
  reported: '#228be6',
  under_investigation: '#15aabf',
  raided: '#fd7e14',
  closed: '#868e96',
  reopened: '#e03131',
  licensed: '#9c36b5',
};

/** What the option builder needs besides the data. */
export interface MapOptionInput {
  data: MapData;
  /** Province polygons were loaded and registered (a choropleth), or only the outline (points). */
  hasBoundaries: boolean;
  measure: MapMeasure;
  language: string;
  fontFamily: string;
  /** Translated texts the map shows. */
  text: { reports: string; sites: string; high: string; low: string; siteStatus(status: SiteStatus): string; siteKind(kind: string): string };
  formatNumber(value: number): string;
}

const POINT_MIN = 7;
const POINT_MAX = 40;

/** A province's name in the interface language (Khmer when reading Khmer). */
export function provinceLabel(province: { nameEn: string; nameKm: string }, language: string): string {
  return language === 'km' && province.nameKm ? province.nameKm : province.nameEn;
}

/** The size of a province's point: its area grows with the count, so a province with four times the reports has a point twice as wide. */
export function pointSize(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 4;
  return Math.round(POINT_MIN + (POINT_MAX - POINT_MIN) * Math.sqrt(count / max));
}

/**
 * The map as an ECharts option. Without boundaries: Cambodia's outline with a point at each
 * province's centroid, sized by the measure. With boundaries: the provinces coloured by the
 * measure (joined on the ISO 3166-2 code), with the same points, small, to carry the labels. In
 * both, the sites with coordinates as diamonds coloured by status; provinces with something to
 * show are labelled in the interface language.
 */
export function buildMapOption({ data, hasBoundaries, measure, language, fontFamily, text, formatNumber }: MapOptionInput): MapOption {
  const valueOf = (province: MapData['provinces'][number]) => (measure === 'reports' ? province.reportCount : province.siteCount);
  const max = Math.max(0, ...data.provinces.map(valueOf));
  const byCode = new Map(data.provinces.map((province) => [province.code, province]));
  const describeProvince = (code: string) => {
    const province = byCode.get(code);
    if (!province) return code;
    return `${escapeHtml(provinceLabel(province, language))}<br/>${text.reports}: ${formatNumber(province.reportCount)}<br/>${text.sites}: ${formatNumber(province.siteCount)}`;
  };
  const provincePoints: ScatterSeriesOption = {
    type: 'scatter',
    id: 'provinces',
    coordinateSystem: 'geo',
    geoIndex: 0,
    z: 3,
    data: data.provinces.map((province) => ({ name: province.code, value: [province.longitude, province.latitude, valueOf(province)] })),
    symbolSize: (value: number[]) => (hasBoundaries ? 5 : pointSize(value[2] ?? 0, max)),
    itemStyle: { color: hasBoundaries ? '#1c4f7a' : '#326ca0', opacity: hasBoundaries ? 0.9 : 0.72, borderColor: '#fff', borderWidth: 1 },
    label: {
      show: true,
      position: 'right',
      fontFamily,
      fontSize: 11,
      color: '#212529',
      formatter: (params) => {
        const province = byCode.get(String(params.name));
        return province && valueOf(province) > 0 ? provinceLabel(province, language) : '';
      },
    },
    labelLayout: { hideOverlap: true },
    tooltip: { formatter: (params) => describeProvince(String((params as { name: string }).name)) },
  };
  const sitePoints: ScatterSeriesOption = {
    type: 'scatter',
    id: 'sites',
    coordinateSystem: 'geo',
    geoIndex: 0,
    z: 4,
    symbol: 'diamond',
    symbolSize: 10,
    data: data.sites
      .filter((site) => site.latitude !== null && site.longitude !== null)
      .map((site) => ({ name: site.name, id: site.id, value: [site.longitude!, site.latitude!], itemStyle: { color: SITE_STATUS_COLOURS[site.status], borderColor: '#fff', borderWidth: 1 }, status: site.status, kind: site.kind })),
    tooltip: {
      formatter: (params) => {
        const item = (params as unknown as { data: { name: string; status: SiteStatus; kind: string } }).data;
        return `${escapeHtml(item.name)}<br/>${text.siteKind(item.kind)} · ${text.siteStatus(item.status)}`;
      },
    },
  };
  const geo: GeoComponentOption = {
    map: hasBoundaries ? PROVINCES_MAP : OUTLINE_MAP,
    ...(hasBoundaries ? { nameProperty: 'iso_3166_2' } : {}),
    roam: true,
    scaleLimit: { min: 1, max: 8 },
    // Degrees of longitude are shorter than of latitude at 12°N.
    aspectScale: Math.cos((12 * Math.PI) / 180),
    layoutCenter: ['50%', '50%'],
    layoutSize: '95%',
    itemStyle: { areaColor: '#f1f3f5', borderColor: '#868e96', borderWidth: hasBoundaries ? 0.6 : 1 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: hasBoundaries ? undefined : '#f1f3f5' } },
    label: { show: false },
    tooltip: { show: hasBoundaries, formatter: (params) => describeProvince(String((params as { name: string }).name)) },
  };
  const option: MapOption = {
    animation: false,
    textStyle: { fontFamily },
    tooltip: { trigger: 'item', confine: true, textStyle: { fontFamily } },
    geo,
    series: [provincePoints, sitePoints],
  };
  if (hasBoundaries) {
    option.series = [
      { type: 'map', id: 'choropleth', geoIndex: 0, data: data.provinces.map((province) => ({ name: province.code, value: valueOf(province) })) },
      provincePoints,
      sitePoints,
    ];
    option.visualMap = {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max: Math.max(1, max),
      left: 8,
      bottom: 8,
      text: [text.high, text.low],
      textStyle: { fontFamily },
      calculable: false,
      inRange: { color: ['#e7f5ff', '#74c0fc', '#1c7ed6', '#0b3d6e'] },
    };
  }
  return option;
}

/** Site names are typed by users: they go into the tooltip's HTML escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}
