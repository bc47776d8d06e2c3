import type { StyleSpecification } from 'maplibre-gl';
import { AQI_COLORS, NO_DATA_COLOR, STATUS_COLORS, STATUS_SHAPES } from '../aqi';
import { STATUSES, type FeatureCollection, type MapConfig, type TwinStatus } from '../types';

/** The map's twin layers: a point's own layer by kind (the clusters are a layer of their own). */
export const TWIN_LAYERS = ['stations', 'sources', 'enterprises'];

const levelColorExpression = [
  'match', ['get', 'level'],
  1, AQI_COLORS[1], 2, AQI_COLORS[2], 3, AQI_COLORS[3], 4, AQI_COLORS[4], 5, AQI_COLORS[5], 6, AQI_COLORS[6],
  NO_DATA_COLOR,
];

const districtFillExpression = [
  'match', ['to-number', ['feature-state', 'level'], 0],
  1, AQI_COLORS[1], 2, AQI_COLORS[2], 3, AQI_COLORS[3], 4, AQI_COLORS[4], 5, AQI_COLORS[5], 6, AQI_COLORS[6],
  '#1a2838',
];

/** Draws one outlet icon: a shape per state, so states differ by shape as well as by colour. */
/**
 * The map's whole style, defined inline: a plain background, an optional raster tile layer, the
 * districts shaded by AQI, and the twins with their data, so that the map's worker starts
 * clustering them as the map is created. No glyphs or sprites: labels are HTML markers, icons
 * are drawn here (`iconImages`).
 */
export function mapStyle(config: MapConfig, districts: FeatureCollection | null, twins: unknown[]): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0a1420' } }],
  };
  if (config.tileUrl) {
    style.sources.tiles = { type: 'raster', tiles: [config.tileUrl], tileSize: 256, attribution: config.attribution ?? undefined };
    style.layers.push({ id: 'tiles', type: 'raster', source: 'tiles', paint: { 'raster-opacity': 0.55, 'raster-saturation': -0.6 } });
  }
  if (districts) {
    style.sources.districts = { type: 'geojson', data: districts as never, promoteId: 'code' };
    style.layers.push(
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': districtFillExpression as never, 'fill-opacity': 0.22 } },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#6c8db5', 'line-width': 1.2, 'line-dasharray': [3, 2] } });
  }
  style.sources.twins = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: twins } as never,
    promoteId: 'id', // lets a push send only the changed twins (updateData)
    cluster: true,
    clusterRadius: 38,
    clusterMaxZoom: 11,
    clusterProperties: {
      worst: ['max', ['get', 'level']],
      alerts: ['+', ['case', ['in', ['get', 'status'], ['literal', ['exceeding', 'fault']]], 1, 0]],
    },
  };
  style.layers.push({
    id: 'clusters', type: 'circle', source: 'twins', filter: ['has', 'point_count'],
    paint: {
      'circle-color': ['match', ['get', 'worst'], 1, AQI_COLORS[1], 2, AQI_COLORS[2], 3, AQI_COLORS[3], 4, AQI_COLORS[4], 5, AQI_COLORS[5], 6, AQI_COLORS[6], '#3d5a80'],
      'circle-opacity': 0.55,
      'circle-radius': ['step', ['get', 'point_count'], 14, 20, 18, 100, 24, 500, 30],
      'circle-stroke-color': ['case', ['>', ['get', 'alerts'], 0], '#ff2d55', '#cfe3ff'],
      'circle-stroke-width': ['case', ['>', ['get', 'alerts'], 0], 3, 1],
    },
  }, {
    id: 'stations', type: 'circle', source: 'twins', filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'kind'], 'station']],
    paint: {
      'circle-color': ['case', ['==', ['get', 'status'], 'offline'], NO_DATA_COLOR, levelColorExpression as never],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 6, 14, 10],
      'circle-stroke-color': ['match', ['get', 'status'], 'offline', '#2b3442', 'fault', '#c77dff', 'maintenance', '#4ea8ff', 'exceeding', '#ff2d55', '#0a1420'],
      'circle-stroke-width': ['match', ['get', 'status'], 'normal', 1.5, 3],
    },
  }, {
    id: 'sources', type: 'symbol', source: 'twins', filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'kind'], 'source']],
    layout: { 'icon-image': ['concat', 'src-', ['get', 'status']], 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.75, 14, 1.1] },
  }, {
    id: 'enterprises', type: 'symbol', source: 'twins', filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'kind'], 'enterprise']],
    layout: { 'icon-image': 'enterprise', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  });
  return style;
}

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
