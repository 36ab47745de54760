import { Box } from '@mantine/core';
import { CustomChart, ScatterChart, type CustomSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent, type GridComponentOption, type MarkLineComponentOption } from 'echarts/components';
import type { CustomSeriesRenderItem } from 'echarts';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';
import { orderIntervals, type EstimateInterval } from '../estimate-presentation';

// Only what this chart draws is bundled (ECharts is tree-shaken and served by ctip itself).
use([CustomChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

type ChartOption = ComposeOption<CustomSeriesOption | ScatterSeriesOption | GridComponentOption | MarkLineComponentOption>;

/** Props of {@link IntervalChart}. */
export interface IntervalChartProps {
  estimate: number;
  observedTotal: number;
  intervals: readonly EstimateInterval[];
}

const BAR_COLOUR = '#326ca0';
const ESTIMATE_COLOUR = '#1c4f7a';
const OBSERVED_COLOUR = '#868e96';

/**
 * The estimate and every interval as horizontal error bars, with the number of people seen on at
 * least one list as a dashed line (the estimate can never be below it). An interval without an
 * upper limit runs to the edge, dashed. The same figures are in the table beside it, for screen
 * readers and for copying.
 */
export function IntervalChart({ estimate, observedTotal, intervals }: IntervalChartProps) {
  const { t, i18n } = useTranslation('estimation');
  const container = useRef<HTMLDivElement>(null);
  const language = i18n.language;
  const rows = orderIntervals(intervals).filter((interval) => interval.lower !== null);
  const rowLabels = rows.map((interval) => `${t(`intervalMethods.${interval.method}`)} ${formatPercent(interval.level, language, 0)}`);
  const finiteUppers = rows.flatMap((interval) => (interval.upper === null ? [] : [interval.upper]));
  const axisMax = Math.max(estimate, ...finiteUppers) * 1.15;
  const axisMin = Math.min(observedTotal, ...rows.map((interval) => interval.lower ?? observedTotal)) * 0.9;
  const height = 70 + rows.length * 44;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    const fontFamily = getComputedStyle(document.body).fontFamily;
    const renderItem: CustomSeriesRenderItem = (_params, api) => {
      const row = api.value(2) as number;
      const isOpen = api.value(3) === 1;
      const [x1, y] = api.coord([api.value(0), row]) as [number, number];
      const [x2] = api.coord([api.value(1), row]) as [number, number];
      const cap = 7;
      const style = { stroke: BAR_COLOUR, lineWidth: 2, lineDash: isOpen ? [5, 4] : undefined };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1, y1: y, x2, y2: y }, style },
          { type: 'line', shape: { x1, y1: y - cap, x2: x1, y2: y + cap }, style: { stroke: BAR_COLOUR, lineWidth: 2 } },
          ...(isOpen ? [] : [{ type: 'line' as const, shape: { x1: x2, y1: y - cap, x2, y2: y + cap }, style: { stroke: BAR_COLOUR, lineWidth: 2 } }]),
        ],
      };
    };
    const option: ChartOption = {
      animation: false,
      textStyle: { fontFamily },
      grid: { left: 8, right: 24, top: 28, bottom: 28, containLabel: true },
      xAxis: {
        type: 'value',
        min: Math.floor(axisMin),
        max: Math.ceil(axisMax),
        axisLabel: { formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: '#e9ecef' } },
      },
      yAxis: { type: 'category', data: rowLabels, inverse: true, axisTick: { show: false } },
      series: [
        {
          type: 'custom',
          renderItem,
          encode: { x: [0, 1], y: 2 },
          data: rows.map((interval, index) => [interval.lower!, interval.upper ?? Math.ceil(axisMax), index, interval.upper === null ? 1 : 0]),
          silent: true,
        },
        {
          type: 'scatter',
          symbolSize: 11,
          itemStyle: { color: ESTIMATE_COLOUR },
          data: rows.map((_, index) => [estimate, index]),
          silent: true,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: OBSERVED_COLOUR, type: 'dashed' },
            label: { formatter: t('chart.observed', { seen: formatNumber(observedTotal, language) }), position: 'start', color: OBSERVED_COLOUR, fontFamily },
            data: [{ xAxis: observedTotal }],
          },
        },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [estimate, observedTotal, axisMin, axisMax, language, JSON.stringify(rows), rowLabels.join('|')]);

  return (
    <Box
      ref={container}
      h={height}
      w="100%"
      role="img"
      aria-label={t('chart.label', { estimate: formatNumber(Math.round(estimate), language), observed: formatNumber(observedTotal, language) })}
      data-testid="interval-chart"
    />
  );
}
