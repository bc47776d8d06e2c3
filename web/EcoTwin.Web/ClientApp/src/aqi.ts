import type { TwinStatus } from './types';

// HJ 633-2012 levels and their colours (shared/standards/aqi.md).
export const AQI_COLORS: Record<number, string> = {
  1: 'rgb(0,228,0)',
  2: 'rgb(255,255,0)',
  3: 'rgb(255,126,0)',
  4: 'rgb(255,0,0)',
  5: 'rgb(153,0,76)',
  6: 'rgb(126,0,35)',
};
export const NO_DATA_COLOR = '#5b6b7f';

/** Text colour readable on the level's colour. */
export const AQI_TEXT: Record<number, string> = { 1: '#000', 2: '#000', 3: '#000', 4: '#fff', 5: '#fff', 6: '#fff' };

export function levelOf(aqi: number | null | undefined): number | null {
  if (aqi === null || aqi === undefined) return null;
  if (aqi <= 50) return 1;
  if (aqi <= 100) return 2;
  if (aqi <= 150) return 3;
  if (aqi <= 200) return 4;
  if (aqi <= 300) return 5;
  return 6;
}

export function levelColor(level: number | null | undefined): string {
  return level ? AQI_COLORS[level] ?? NO_DATA_COLOR : NO_DATA_COLOR;
}

// Outlet states: a colour and a shape each, so they stay apart without colour vision too.
export const STATUS_COLORS: Record<TwinStatus, string> = {
  normal: '#2ec4b6',
  exceeding: '#ff2d55',
  offline: '#8a94a6',
  fault: '#c77dff',
  maintenance: '#4ea8ff',
};
export const STATUS_SHAPES: Record<TwinStatus, 'square' | 'triangle' | 'cross' | 'diamond' | 'hexagon'> = {
  normal: 'square',
  exceeding: 'triangle',
  offline: 'cross',
  fault: 'diamond',
  maintenance: 'hexagon',
};
