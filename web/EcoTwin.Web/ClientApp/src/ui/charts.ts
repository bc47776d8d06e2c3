// ECharts, tree-shaken to what the trends use; this module is imported lazily (its own chunk).
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { CITY_TIME_ZONE } from '../format';
import type { SeriesPoint } from '../types';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export interface TrendOptions {
  name: string;
  unit: string;
  points: SeriesPoint[];
  limitMax?: number | null;
  limitMin?: number | null;
  color?: string;
}

const hourFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: CITY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** A trend chart in element; returns the chart to update or dispose. */
export function trendChart(element: HTMLElement, options: TrendOptions): echarts.ECharts {
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, undefined, { renderer: 'canvas' });
  const lines: { yAxis: number; name: string }[] = [];
  if (options.limitMax !== null && options.limitMax !== undefined) lines.push({ yAxis: options.limitMax, name: 'max' });
  if (options.limitMin !== null && options.limitMin !== undefined) lines.push({ yAxis: options.limitMin, name: 'min' });
  chart.setOption({
    animation: false,
    backgroundColor: 'transparent',
    grid: { left: 44, right: 34, top: 18, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '–' : `${v} ${options.unit}`) },
    xAxis: {
      type: 'time',
      // Always the last 24 hours, so a twin with few readings still reads as a day.
      min: Date.now() - 24 * 3600_000,
      max: Date.now(),
      splitNumber: 6,
      axisLabel: { color: '#9fb3c8', formatter: (value: number) => hourFormat.format(new Date(value)) },
      axisLine: { lineStyle: { color: '#33475b' } },
    },
    yAxis: { type: 'value', name: options.unit, nameTextStyle: { color: '#9fb3c8' }, axisLabel: { color: '#9fb3c8' }, splitLine: { lineStyle: { color: '#1f3044' } }, scale: true },
    series: [{
      type: 'line',
      name: options.name,
      showSymbol: options.points.length < 48,
      connectNulls: false,
      lineStyle: { width: 2, color: options.color ?? '#4ea8ff' },
      itemStyle: { color: options.color ?? '#4ea8ff' },
      data: options.points.map(p => [p.time, p.valid ? p.value : null]),
      markLine: lines.length ? { symbol: 'none', lineStyle: { color: '#ff2d55', type: 'dashed' }, label: { color: '#ff2d55' }, data: lines } : undefined,
    }],
  }, true);
  return chart;
}

export function disposeChart(element: HTMLElement): void {
  echarts.getInstanceByDom(element)?.dispose();
}

export function resizeCharts(elements: Iterable<HTMLElement>): void {
  for (const element of elements) echarts.getInstanceByDom(element)?.resize();
}
