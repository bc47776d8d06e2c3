import type { StyleSpecification } from 'maplibre-gl';
import { AQI_COLORS, NO_DATA_COLOR, STATUS_COLORS, STATUS_SHAPES } from '../aqi';
import { STATUSES, type MapConfig, type TwinStatus } from '../types';

/**
 * The map's style, defined inline: a plain background, an optional raster tile layer, and empty
 * GeoJSON sources the view fills. No glyphs or sprites: labels are HTML markers, icons are drawn here.
 */
export function baseStyle(config: MapConfig): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0a1420' } }],
  };
  if (config.tileUrl) {
    style.sources.tiles = { type: 'raster', tiles: [config.tileUrl], tileSize: 256, attribution: config.attribution ?? undefined };
    style.layers.push({ id: 'tiles', type: 'raster', source: 'tiles', paint: { 'raster-opacity': 0.55, 'raster-saturation': -0.6 } });
  }
  return style;
}

export const levelColorExpression = [
  'match', ['get', 'level'],
  1, AQI_COLORS[1], 2, AQI_COLORS[2], 3, AQI_COLORS[3], 4, AQI_COLORS[4], 5, AQI_COLORS[5], 6, AQI_COLORS[6],
  NO_DATA_COLOR,
];

export const districtFillExpression = [
  'match', ['to-number', ['feature-state', 'level'], 0],
  1, AQI_COLORS[1], 2, AQI_COLORS[2], 3, AQI_COLORS[3], 4, AQI_COLORS[4], 5, AQI_COLORS[5], 6, AQI_COLORS[6],
  '#1a2838',
];

/** Draws one outlet icon: a shape per state, so states differ by shape as well as by colour. */
export function drawStatusIcon(status: TwinStatus, size = 22): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d')!;
  const c = size / 2, r = size / 2 - 2.5;
  g.lineWidth = 2;
  g.strokeStyle = '#0a1420';
  g.fillStyle = STATUS_COLORS[status];
  g.beginPath();
  switch (STATUS_SHAPES[status]) {
    case 'square':
      g.rect(c - r * 0.8, c - r * 0.8, r * 1.6, r * 1.6);
      break;
    case 'triangle':
      g.moveTo(c, c - r);
      g.lineTo(c + r, c + r * 0.85);
      g.lineTo(c - r, c + r * 0.85);
      g.closePath();
      break;
    case 'diamond':
      g.moveTo(c, c - r);
      g.lineTo(c + r, c);
      g.lineTo(c, c + r);
      g.lineTo(c - r, c);
      g.closePath();
      break;
    case 'hexagon':
      for (let i = 0; i < 6; i++) {
        const a = Math.PI / 3 * i;
        g.lineTo(c + r * Math.cos(a), c + r * Math.sin(a));
      }
      g.closePath();
      break;
    case 'cross': {
      g.rect(c - r * 0.8, c - r * 0.8, r * 1.6, r * 1.6);
      g.fill();
      g.stroke();
      g.beginPath();
      g.strokeStyle = '#0a1420';
      g.moveTo(c - r * 0.5, c - r * 0.5);
      g.lineTo(c + r * 0.5, c + r * 0.5);
      g.moveTo(c + r * 0.5, c - r * 0.5);
      g.lineTo(c - r * 0.5, c + r * 0.5);
      g.stroke();
      return canvas;
    }
  }
  g.fill();
  g.stroke();
  return canvas;
}

export function drawEnterpriseIcon(size = 18): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#d8dee9';
  g.strokeStyle = '#0a1420';
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(2, size - 2);
  g.lineTo(2, size * 0.45);
  g.lineTo(size * 0.4, size * 0.25);
  g.lineTo(size * 0.4, size * 0.45);
  g.lineTo(size - 2, size * 0.2);
  g.lineTo(size - 2, size - 2);
  g.closePath();
  g.fill();
  g.stroke();
  return canvas;
}

export function iconImages(): Record<string, HTMLCanvasElement> {
  const images: Record<string, HTMLCanvasElement> = { enterprise: drawEnterpriseIcon() };
  for (const status of STATUSES) images[`src-${status}`] = drawStatusIcon(status);
  return images;
}
