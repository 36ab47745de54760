import { Box } from '@mantine/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerMap, use, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { MapOption } from '../map-option';
import { OUTLINE_MAP, PROVINCES_MAP } from '../map-option';
import type { PolygonCollection } from '../cambodia-outline';

// Only what the map draws is bundled (ECharts is tree-shaken and served by ctip itself; no tiles).
use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** Props of {@link ProvinceMap}. */
export interface ProvinceMapProps {
  /** The polygons drawn: the imported province boundaries, or Cambodia's outline. */
  geometry: PolygonCollection;
  hasBoundaries: boolean;
  option: MapOption;
  /** Names what the map shows, for screen readers (the table under it has the figures). */
  label: string;
  onSiteClick?(siteId: string): void;
  height?: number;
}

/**
 * The map, drawn in SVG by ECharts with the browser's own text engine (so Khmer labels are
 * shaped by the bundled Khmer font). Redrawn when the option changes; follows its container's
 * width (laptop and tablet).
 */
export function ProvinceMap({ geometry, hasBoundaries, option, label, onSiteClick, height = 560 }: ProvinceMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onSiteClickRef = useRef(onSiteClick);
  onSiteClickRef.current = onSiteClick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const data = params.data as { id?: string } | undefined;
      if (params.seriesId === 'sites' && data?.id) onSiteClickRef.current?.(data.id);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Registered before each drawing: the name stays, the geometry may have been imported since.
    registerMap(hasBoundaries ? PROVINCES_MAP : OUTLINE_MAP, geometry as unknown as Parameters<typeof registerMap>[1]);
    chart.current?.setOption(option, { notMerge: true });
  }, [geometry, hasBoundaries, option]);

  return <Box ref={container} h={height} w="100%" role="img" aria-label={label} data-testid="province-map" />;
}
