import { describe, expect, it } from 'vitest';
import type { MapData } from '@ctip/contracts';
import { buildMapOption, escapeHtml, OUTLINE_MAP, pointSize, PROVINCES_MAP, provinceLabel, type MapOptionInput } from './map-option';

const data: MapData = {
  provinces: [
    { code: 'KH-18', nameEn: 'Preah Sihanouk', nameKm: 'ព្រះសីហនុ', latitude: 10.75, longitude: 103.6, siteCount: 2, reportCount: 16 },
    { code: 'KH-12', nameEn: 'Phnom Penh', nameKm: 'ភ្នំពេញ', latitude: 11.55, longitude: 104.9, siteCount: 1, reportCount: 4 },
    { code: 'KH-24', nameEn: 'Pailin', nameKm: 'ប៉ៃលិន', latitude: 12.9, longitude: 102.6, siteCount: 0, reportCount: 0 },
  ],
  sites: [
    { id: 's1', name: 'Golden <Fortune>', kind: 'scam_compound', status: 'reopened', statusOn: '2025-09-01', provinceCode: 'KH-18', latitude: 10.6, longitude: 103.5, patterns: ['reopened_after_raid'] },
    { id: 's2', name: 'No coordinates', kind: 'casino', status: 'raided', statusOn: '2025-09-01', provinceCode: 'KH-12', latitude: null, longitude: null, patterns: [] },
  ],
  boundaries: { loaded: false, attribution: null },
};

const input = (changes: Partial<MapOptionInput>): MapOptionInput => ({
  data,
  hasBoundaries: false,
  measure: 'reports',
  language: 'en',
  fontFamily: 'Noto Sans Khmer',
  text: { reports: 'Reports', sites: 'Sites', high: 'High', low: 'Low', siteStatus: (status) => status, siteKind: (kind) => kind },
  formatNumber: String,
  ...changes,
});

type Series = Array<{ id?: string; type?: string; data?: Array<{ name: string; value: unknown }>; label?: { formatter?: (params: { name: string }) => string } }>;

describe('the map’s option', () => {
  it('draws the outline with a point per province and the sites that have coordinates', () => {
    const option = buildMapOption(input({}));
    expect((option.geo as { map: string }).map).toBe(OUTLINE_MAP);
    expect(option.visualMap).toBeUndefined();
    const series = option.series as Series;
    expect(series.map((item) => item.id)).toEqual(['provinces', 'sites']);
    expect(series[0]?.data?.map((item) => item.value)).toEqual([[103.6, 10.75, 16], [104.9, 11.55, 4], [102.6, 12.9, 0]]);
    expect(series[1]?.data?.map((item) => item.name)).toEqual(['Golden <Fortune>']);
  });

  it('colours the provinces by the measure, joined on their ISO code, when boundaries are loaded', () => {
    const option = buildMapOption(input({ hasBoundaries: true, measure: 'sites' }));
    expect(option.geo).toMatchObject({ map: PROVINCES_MAP, nameProperty: 'iso_3166_2' });
    const series = option.series as Series;
    expect(series[0]).toMatchObject({ type: 'map', data: [{ name: 'KH-18', value: 2 }, { name: 'KH-12', value: 1 }, { name: 'KH-24', value: 0 }] });
    expect(option.visualMap).toMatchObject({ min: 0, max: 2 });
  });

  it('labels provinces with something to show, in Khmer when the interface is in Khmer', () => {
    const labelOf = (language: string) => {
      const series = buildMapOption(input({ language })).series as Series;
      return ['KH-18', 'KH-24'].map((name) => series[0]?.label?.formatter?.({ name }));
    };
    expect(labelOf('km')).toEqual(['ព្រះសីហនុ', '']);
    expect(labelOf('en')).toEqual(['Preah Sihanouk', '']);
    expect(provinceLabel({ nameEn: 'Kep', nameKm: '' }, 'km')).toBe('Kep');
  });

  it('sizes points by area and escapes typed names', () => {
    expect(pointSize(16, 16)).toBe(40);
    expect(pointSize(4, 16)).toBeLessThan(pointSize(16, 16));
    expect(pointSize(0, 16)).toBe(4);
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
  });
});
