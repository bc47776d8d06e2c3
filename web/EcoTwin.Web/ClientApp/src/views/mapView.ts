import {
  Map as MapLibreMap, Marker, NavigationControl, ScaleControl, prewarm, setWorkerUrl,
  type GeoJSONSource, type MapGeoJSONFeature, type MapLayerMouseEvent, type MapSourceDataEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { AQI_COLORS, AQI_TEXT, levelColor, NO_DATA_COLOR } from '../aqi';
import { api } from '../api';
import { clear, h } from '../dom';
import { factorName, factorUnit, mainFactor } from '../factors';
import { num, shortTime } from '../format';
import { onLangChange, t, tx } from '../i18n';
import { live } from '../live/connection';
import { store, type TwinChange } from '../live/store';
import { mark } from '../perf';
import { navigate } from '../router';
import { STATUSES, type FeatureCollection, type MapConfig, type TwinKind, type TwinSummary } from '../types';
import { iconImages, mapStyle, TWIN_LAYERS } from './mapStyle';
import { TwinPanel } from './panel';

setWorkerUrl(workerUrl);

const MAP_KINDS: TwinKind[] = ['station', 'source', 'enterprise'];
const MAP_FIELDS = ['*', 'status', 'aqiLevel', 'lon', 'lat', 'districtCode', 'name'];

/** A twin as the map draws it. */
interface TwinFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; kind: TwinKind; level: number; status: string };
}

interface Filters {
  kinds: Set<TwinKind>;
  district: string;
  status: string;
}

/** The live map: twins by AQI level and state, clustered; districts shaded; tooltip, panel, filters, search. */
export class MapView {
  readonly el: HTMLElement;
  /** Resolves at the first `idle` after the twins were drawn. */
  readonly idle: Promise<void>;
  /** Rises each time the map is idle after drawing new twin data. */
  drawnRevision = 0;
  map!: MapLibreMap;
  private resolveIdle!: () => void;
  private resolveLoaded!: () => void;
  private readonly loadedOnce = new Promise<void>(resolve => (this.resolveLoaded = resolve));
  private readonly container: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly panel: TwinPanel;
  private readonly filters: Filters = { kinds: new Set(['station', 'source']), district: '', status: '' };
  private readonly districtSelect: HTMLSelectElement;
  private readonly statusSelect: HTMLSelectElement;
  private readonly kindBoxes: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly searchResults: HTMLElement;
  private districtNames = new Map<string, { zh: string; en?: string }>();
  private districtCentres = new Map<string, [number, number]>();
  private districtLabels = new Map<string, Marker>();
  private clusterMarkers = new Map<number, Marker>();
  private loaded = false;
  /** The next push redraws every twin (first draw, filters changed) rather than only the changed ones. */
  private redrawAll = true;
  /** Twins changed since the last push. */
  private readonly changedIds = new Set<string>();
  /** What the twins source holds: id → the drawn properties' signature. */
  private readonly drawn = new Map<string, string>();
  private dataTimer = 0;
  private lastDataAt = 0;
  private pendingIdleRevision = 0;
  private pendingExact = false;
  private basemap: FeatureCollection | null = null;
  private firstDrawAt = 0;

  constructor() {
    this.idle = new Promise(resolve => (this.resolveIdle = resolve));
    this.container = h('div.map-canvas', { 'data-testid': 'map' });
    this.tooltip = h('div.map-tooltip', { role: 'tooltip' });
    this.panel = new TwinPanel();
    this.districtSelect = h('select', { 'data-testid': 'filter-district', onchange: () => this.setFilter() });
    this.statusSelect = h('select', { 'data-testid': 'filter-status', onchange: () => this.setFilter() });
    this.kindBoxes = h('div.kinds');
    this.legend = h('div.legend');
    this.searchResults = h('ul.search-results');
    const search = h('input.search', {
      type: 'search', 'data-testid': 'map-search', autocomplete: 'off',
      oninput: (e: Event) => this.search((e.target as HTMLInputElement).value),
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === 'Enter') (this.searchResults.querySelector('li') as HTMLElement | null)?.click();
      },
    });
    const controls = h('div.map-controls', null,
      h('div.search-box', null, search, this.searchResults),
      h('div.filter-row', null, this.kindBoxes),
      h('div.filter-row', null, h('label', null, h('span', { 'data-text': 'filter_district' }), this.districtSelect)),
      h('div.filter-row', null, h('label', null, h('span', { 'data-text': 'filter_status' }), this.statusSelect)));
    this.el = h('section.view.map-view', { 'data-view': 'map' }, this.container, controls, this.legend, this.tooltip, this.panel.el);
    onLangChange(() => this.texts());
  }

  /** Creates the map once the element is in the page. */
  async start(): Promise<void> {
    prewarm(); // the map's worker loads while the page waits for its data
    const [config, basemap, districts] = await Promise.all([
      api.mapConfig().catch((): MapConfig => ({ center: [119.95, 31.75], zoom: 9.5, tileUrl: null, attribution: null })),
      api.basemap().catch(() => null),
      api.districts().catch(() => null),
      // The map starts once the twins are in: creating it earlier competes for the main thread with
      // connecting and parsing the snapshot, which made the first paint later, not sooner.
      live.ready,
    ]);
    // Changes from here on reach the map (pushed once it has loaded); the twins drawn first are those in the store now.
    store.subscribe(changes => this.onChanges(changes));
    const revision = store.revision;
    this.map = new MapLibreMap({
      container: this.container,
      style: mapStyle(config, districts, this.allFeatures()),
      center: config.center,
      zoom: config.zoom,
      attributionControl: config.attribution ? { compact: true } : false,
      fadeDuration: 0,
      maxPitch: 0,
      dragRotate: false,
      canvasContextAttributes: { antialias: false },
    });
    this.holdFramesUntilTwinsLoaded();
    for (const [name, canvas] of Object.entries(iconImages())) {
      this.map.addImage(name, canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: 1 });
    }
    this.dataSent(revision);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    mark('mapCreated');
    this.addDistricts(districts);
    // The style is in place from the map's first frame on; its twins are still being clustered then.
    await new Promise<void>(resolve => this.map.once('style.load', () => resolve()));
    mark('mapStyled');
    this.basemap = basemap;
    this.el.dataset.basemap = basemap && !config.tileUrl ? 'pending' : 'none';
    this.loaded = true;
    this.resolveLoaded();
    for (const layer of [...TWIN_LAYERS, 'clusters']) {
      this.map.on('mousemove', layer, e => this.hover(e));
      this.map.on('mouseleave', layer, () => this.hideTooltip());
      this.map.on('click', layer, e => this.click(e));
    }
    this.map.on('idle', () => this.onIdle());
    this.map.on('moveend', () => this.updateClusterMarkers());
    this.map.on('sourcedata', e => {
      if (e.sourceId !== 'twins' || !e.isSourceLoaded) return;
      mark('twinsLoaded');
      this.updateClusterMarkers();
    });
    this.updateDistricts();
    this.texts();
    // Twins changed while the map loaded.
    this.scheduleData(false);
  }

  /**
   * Draws as few frames as it can until the twins are drawn: none while the map's worker clusters
   * them, one that asks for their tiles, then none until all those tiles are in. Where WebGL runs in
   * software (a browser without a GPU) every frame costs a draw and a readback of 150-300 ms, and
   * frames of the districts alone took the cores from the clustering and the tiling. Three seconds
   * at most: then the map draws as usual whatever happened. What ended the hold is shown in
   * `data-frame-hold` (twins, timeout or error).
   */
  private holdFramesUntilTwinsLoaded(): void {
    const map = this.map;
    const repaint = map.triggerRepaint.bind(map);
    let stage: 'clustering' | 'asking' | 'tiling' | 'done' = 'clustering';
    this.el.dataset.frameHold = 'held';
    map.triggerRepaint = () => {
      if (stage === 'done') repaint();
    };
    const release = (reason: 'twins' | 'timeout' | 'error') => {
      if (stage === 'done') return;
      stage = 'done';
      this.el.dataset.frameHold = reason;
      clearTimeout(timer);
      map.off('sourcedata', onData);
      map.off('render', onRender);
      map.off('error', onError);
      repaint();
    };
    const onData = (e: MapSourceDataEvent) => {
      if (e.sourceId !== 'twins') return;
      if (stage === 'clustering' && e.sourceDataType === 'metadata') {
        stage = 'asking';
        repaint(); // the one frame; what asks for another while it draws waits
      } else if (stage === 'tiling' && e.isSourceLoaded) {
        release('twins');
      }
    };
    const onError = () => release('error');
    const onRender = () => {
      if (stage === 'asking') stage = 'tiling'; // that frame has asked for the twins' tiles
    };
    const timer = setTimeout(() => release('timeout'), 3000);
    map.on('sourcedata', onData);
    map.on('render', onRender);
    map.on('error', onError);
  }

  /** Makes the map fit its box again after the view was hidden. */
  shown(focus?: string): void {
    if (this.loaded) this.map.resize();
    if (focus) void this.loadedOnce.then(() => this.focus(focus));
  }

  /** The rendered feature of a twin (for tests and the bench): its drawn properties, or null if not drawn. */
  renderedFeature(id: string): Record<string, unknown> | null {
    if (!this.loaded) return null;
    const layers = TWIN_LAYERS.filter(layer => this.map.getLayer(layer));
    const found = this.map.queryRenderedFeatures({ layers }).find(f => f.properties?.id === id);
    return found ? { ...found.properties, layer: found.layer.id } : null;
  }

  /** Flies to a twin and opens its panel. */
  focus(id: string): void {
    const twin = store.get(id);
    if (!twin || twin.lon === null || twin.lat === null) return;
    if (!this.filters.kinds.has(twin.kind)) {
      this.filters.kinds.add(twin.kind);
      this.renderKinds();
      this.scheduleData(true);
    }
    this.map.flyTo({ center: [twin.lon, twin.lat], zoom: Math.max(this.map.getZoom(), 13.5), speed: 1.6 });
    this.panel.open(twin);
  }

  /**
   * The vector base map (water, roads) goes in after the twins are drawn: tiling and drawing its lines
   * in software WebGL costs about half a second, and the twins matter first.
   */
  private addBasemap(): void {
    const map = this.map, basemap = this.basemap;
    this.basemap = null;
    if (!basemap || map.getSource('tiles') || map.getSource('basemap')) {
      this.el.dataset.basemap = 'none';
      return;
    }
    const below = map.getLayer('district-line') ? 'district-line' : 'clusters';
    map.addSource('basemap', { type: 'geojson', data: basemap as never, tolerance: 0.6 });
    map.addLayer({ id: 'water-areas', type: 'fill', source: 'basemap', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#12324f' } }, below);
    map.addLayer({
      id: 'water-lines', type: 'line', source: 'basemap',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!', ['in', ['get', 'kind'], ['literal', ['expressway', 'arterial']]]]],
      paint: { 'line-color': '#1d4f7a', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3] },
    }, below);
    map.addLayer({
      id: 'roads', type: 'line', source: 'basemap',
      filter: ['in', ['get', 'kind'], ['literal', ['expressway', 'arterial']]],
      paint: {
        'line-color': ['match', ['get', 'kind'], 'expressway', '#3b4a5e', '#2a3646'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'kind'], 'expressway', 1.5, 0.7], 13, ['match', ['get', 'kind'], 'expressway', 4, 2]],
      },
    }, below);
    this.el.dataset.basemap = 'added';
  }

  /** Learns the districts' names and label positions from their boundaries. */
  private addDistricts(districts: FeatureCollection<{ code: string; name: string; nameEn?: string }> | null): void {
    for (const feature of districts?.features ?? []) {
      const code = String(feature.properties.code);
      this.districtNames.set(code, { zh: feature.properties.name, en: feature.properties.nameEn });
      const centre = centroid(feature.geometry.coordinates);
      if (centre) this.districtCentres.set(code, centre);
    }
  }

  private onChanges(changes: TwinChange[]): void {
    let mapChanged = false, districtsChanged = false, filtersChanged = false;
    for (const change of changes) {
      if (change.twin.kind === 'district' || change.twin.kind === 'city') districtsChanged = true;
      else if (MAP_FIELDS.some(field => change.fields.has(field))) {
        mapChanged = true;
        this.changedIds.add(change.id);
      }
      if (change.fields.has('*')) filtersChanged = true;
    }
    if (mapChanged) this.scheduleData(false);
    if (districtsChanged) this.updateDistricts();
    if (filtersChanged) this.renderDistrictOptions();
    this.panel.onChanges(changes);
  }

  /**
   * Pushes the twins to the map at most every 250 ms (re-clustering 10 000 points costs a few ms in
   * the worker): every twin when `all` (first draw, filters changed) and at once,
   * otherwise only the twins changed since the last push, so the page's main thread stays free.
   */
  private scheduleData(all: boolean): void {
    if (all) this.redrawAll = true;
    if (!this.loaded || this.dataTimer) return;
    const wait = all ? 0 : Math.max(0, 250 - (performance.now() - this.lastDataAt));
    this.dataTimer = window.setTimeout(() => {
      this.dataTimer = 0;
      this.pushData();
    }, wait);
  }

  private pushData(): void {
    if (!this.redrawAll && !this.changedIds.size) return;
    this.lastDataAt = performance.now();
    const source = this.map.getSource('twins') as GeoJSONSource;
    const revision = store.revision;
    if (this.redrawAll) {
      void source.setData({ type: 'FeatureCollection', features: this.allFeatures() } as never);
    } else {
      const add: TwinFeature[] = [], remove: string[] = [], update: TwinFeature[] = [];
      for (const id of this.changedIds) {
        const twin = store.get(id);
        const had = this.drawn.get(id); // read before featureOf records the new signature
        const feature = twin ? this.featureOf(twin) : null;
        if (!feature) {
          if (had !== undefined) remove.push(id);
          this.drawn.delete(id);
        } else if (had === undefined) add.push(feature);
        else if (had !== this.drawn.get(id)) update.push(feature);
      }
      this.changedIds.clear();
      if (!add.length && !remove.length && !update.length) return;
      void source.updateData({
        add, remove,
        update: update.map(f => ({
          id: f.properties.id,
          newGeometry: f.geometry,
          addOrUpdateProperties: Object.entries(f.properties).map(([key, value]) => ({ key, value })),
        })),
      } as never);
    }
    this.dataSent(revision);
  }

  /** Every twin the filters show, as the map draws it: what the twins source holds after a full redraw. */
  private allFeatures(): TwinFeature[] {
    this.redrawAll = false;
    this.changedIds.clear();
    this.drawn.clear();
    const features: TwinFeature[] = [];
    for (const twin of store.twins.values()) {
      const feature = this.featureOf(twin);
      if (feature) features.push(feature);
    }
    return features;
  }

  /** Notes that the map was given the store's state at `revision`: the next idle has drawn it. */
  private dataSent(revision: number): void {
    if (!this.firstDrawAt) this.firstDrawAt = performance.now();
    this.pendingIdleRevision = revision;
    this.pendingExact = live.isReady;
    mark('mapDataSet');
    this.el.dataset.features = String(this.drawn.size);
  }

  /** The twin's map feature when the filters show it (recording its signature in `drawn`), else null. */
  private featureOf(twin: TwinSummary): TwinFeature | null {
    const { kinds, district, status } = this.filters;
    if (twin.lon === null || twin.lat === null || !kinds.has(twin.kind)) return null;
    if (district && twin.districtCode !== district) return null;
    if (status && twin.status !== status) return null;
    const level = twin.kind === 'station' ? twin.aqiLevel ?? 0 : 0;
    this.drawn.set(twin.id, `${twin.kind}|${level}|${twin.status}|${twin.lon}|${twin.lat}`);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [twin.lon, twin.lat] },
      properties: { id: twin.id, kind: twin.kind, level, status: twin.status },
    };
  }

  private onIdle(): void {
    if (this.pendingIdleRevision && this.firstDrawAt) {
      this.drawnRevision = this.pendingIdleRevision;
      this.el.dataset.drawnRevision = String(this.drawnRevision);
      mark('mapFirstIdle');
      if (this.pendingExact) {
        // Drawn from the exact state (after the join-then-snapshot sequence).
        this.el.dataset.mapReady = 'true';
        mark('mapIdle');
        this.resolveIdle();
      }
    }
    if (this.el.dataset.basemap === 'added') {
      this.el.dataset.basemap = 'drawn';
      mark('basemapDrawn');
    } else if (this.basemap && this.el.dataset.mapReady) {
      this.addBasemap();
    }
    this.updateClusterMarkers();
  }

  private updateDistricts(): void {
    if (!this.loaded) return;
    const hasSource = !!this.map.getSource('districts');
    for (const twin of store.twins.values()) {
      if (twin.kind !== 'district') continue;
      if (hasSource) this.map.setFeatureState({ source: 'districts', id: twin.key }, { level: twin.aqiLevel ?? 0 });
      if (!this.districtNames.has(twin.key)) this.districtNames.set(twin.key, { zh: twin.name });
      if (!this.districtCentres.has(twin.key) && twin.lon !== null && twin.lat !== null) this.districtCentres.set(twin.key, [twin.lon, twin.lat]);
    }
    for (const [code, centre] of this.districtCentres) {
      const twin = store.get(`district/${code}`);
      let marker = this.districtLabels.get(code);
      if (!marker) {
        marker = new Marker({ element: h('div.district-label'), anchor: 'center' }).setLngLat(centre).addTo(this.map);
        this.districtLabels.set(code, marker);
      }
      const label = marker.getElement();
      const names = this.districtNames.get(code);
      const level = twin?.aqiLevel ?? null;
      label.dataset.districtCode = code;
      label.dataset.aqiLevel = String(level ?? 0);
      clear(label);
      label.append(h('span.name', null, (document.documentElement.lang === 'en' ? names?.en : names?.zh) ?? names?.zh ?? code));
      if (twin?.aqi !== null && twin?.aqi !== undefined) {
        label.append(h('span.badge', { style: `background:${levelColor(level)};color:${level ? AQI_TEXT[level] : '#fff'}` }, String(twin.aqi)));
      }
    }
    this.renderDistrictOptions();
  }

  private updateClusterMarkers(): void {
    if (!this.loaded || !this.map.getLayer('clusters')) return;
    const seen = new Set<number>();
    for (const feature of this.map.queryRenderedFeatures({ layers: ['clusters'] })) {
      const id = feature.properties.cluster_id as number;
      if (seen.has(id)) continue;
      seen.add(id);
      let marker = this.clusterMarkers.get(id);
      const count = String(feature.properties.point_count_abbreviated ?? feature.properties.point_count);
      if (!marker) {
        marker = new Marker({ element: h('div.cluster-count'), anchor: 'center' });
        this.clusterMarkers.set(id, marker);
      }
      marker.getElement().textContent = count;
      marker.setLngLat((feature.geometry as { coordinates: [number, number] }).coordinates).addTo(this.map);
    }
    for (const [id, marker] of this.clusterMarkers) {
      if (!seen.has(id)) {
        marker.remove();
        this.clusterMarkers.delete(id);
      }
    }
  }

  private hover(e: MapLayerMouseEvent): void {
    const feature = e.features?.[0];
    if (!feature) return;
    this.map.getCanvas().style.cursor = 'pointer';
    clear(this.tooltip);
    this.tooltip.append(...this.tooltipContent(feature));
    this.tooltip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    this.tooltip.classList.add('visible');
  }

  private tooltipContent(feature: MapGeoJSONFeature): Node[] {
    const p = feature.properties;
    if (p.cluster) {
      const worst = Number(p.worst) || 0;
      return [h('div.tt-title', null, `${p.point_count} × ${t('kind_station')}/${t('kind_source')}`),
        worst ? h('div', null, `${t('col_aqi')}: `, h('b', { style: `color:${levelColor(worst)}` }, tx('level', String(worst)))) : null,
        Number(p.alerts) ? h('div.tt-alert', null, `${t('exceeding')}/${t('status_fault')}: ${p.alerts}`) : null].filter(Boolean) as Node[];
    }
    const twin = store.get(String(p.id));
    if (!twin) return [];
    const main = mainFactor(twin.kind, twin.subKind, twin.values);
    const rows: Node[] = [
      h('div.tt-title', null, twin.name),
      h('div.tt-sub', null, `${tx('kind', twin.kind)} · ${twin.key}`),
      h('div', null, `${t('col_status')}: `, h('b', { class: `status-${twin.status}` }, tx('status', twin.status))),
    ];
    if (twin.kind === 'station' && twin.subKind !== 'water' && twin.subKind !== 'noise') {
      rows.push(h('div', null, 'AQI: ', h('b', { style: `color:${levelColor(twin.aqiLevel)}` }, twin.aqi ?? '–'), twin.aqiLevel ? ` ${tx('level', String(twin.aqiLevel))}` : '',
        twin.primary.length ? ` · ${twin.primary.join(', ')}` : ''));
    }
    for (const code of Object.keys(twin.values).sort((a, b) => (a === main ? -1 : b === main ? 1 : a.localeCompare(b))).slice(0, 4)) {
      rows.push(h('div.tt-value', null, `${factorName(code)}: `, h('b', null, num(twin.values[code])), ` ${factorUnit(code, twin.subKind)}`));
    }
    if (twin.openAlarms) rows.push(h('div.tt-alert', null, `${t('openAlarms')}: ${twin.openAlarms}`));
    rows.push(h('div.tt-sub', null, `${t('col_heard')}: ${shortTime(twin.lastHeardAt)}`));
    return rows;
  }

  private hideTooltip(): void {
    this.map.getCanvas().style.cursor = '';
    this.tooltip.classList.remove('visible');
  }

  private click(e: MapLayerMouseEvent): void {
    const feature = e.features?.[0];
    if (!feature) return;
    if (feature.properties.cluster) {
      const source = this.map.getSource('twins') as GeoJSONSource;
      void source.getClusterExpansionZoom(feature.properties.cluster_id as number).then(zoom =>
        this.map.easeTo({ center: (feature.geometry as { coordinates: [number, number] }).coordinates, zoom: zoom + 0.2 }));
      return;
    }
    const twin = store.get(String(feature.properties.id));
    if (!twin) return;
    if (twin.kind === 'enterprise') navigate(`/profile/enterprise/${encodeURIComponent(twin.key)}`);
    else this.panel.open(twin);
  }

  private search(text: string): void {
    clear(this.searchResults);
    const query = text.trim().toLowerCase();
    if (!query) return;
    const hits: TwinSummary[] = [];
    for (const twin of store.twins.values()) {
      if (twin.lon === null || !MAP_KINDS.includes(twin.kind)) continue;
      if (twin.key.toLowerCase().includes(query) || twin.name.toLowerCase().includes(query)) {
        hits.push(twin);
        if (hits.length >= 8) break;
      }
    }
    if (!hits.length) {
      this.searchResults.append(h('li.empty', null, t('noResults')));
      return;
    }
    for (const twin of hits) {
      this.searchResults.append(h('li', {
        'data-twin-id': twin.id,
        onclick: () => {
          clear(this.searchResults);
          this.focus(twin.id);
        },
      }, h('span.kind', null, tx('kind', twin.kind)), h('span', null, twin.name), h('small', null, twin.key)));
    }
  }

  private setFilter(): void {
    this.filters.district = this.districtSelect.value;
    this.filters.status = this.statusSelect.value;
    this.scheduleData(true);
  }

  private renderKinds(): void {
    clear(this.kindBoxes);
    this.kindBoxes.append(h('span.caption', null, t('filter_kind')));
    for (const kind of MAP_KINDS) {
      const box = h('input', {
        type: 'checkbox', 'data-kind': kind, checked: this.filters.kinds.has(kind),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) this.filters.kinds.add(kind);
          else this.filters.kinds.delete(kind);
          this.scheduleData(true);
        },
      });
      this.kindBoxes.append(h('label.check', null, box, tx('kind', kind)));
    }
  }

  private renderDistrictOptions(): void {
    const codes = new Set<string>(this.districtNames.keys());
    for (const twin of store.twins.values()) if (twin.districtCode) codes.add(twin.districtCode);
    const value = this.districtSelect.value;
    if (this.districtSelect.options.length === codes.size + 1 && this.districtSelect.dataset.lang === document.documentElement.lang) return;
    clear(this.districtSelect);
    this.districtSelect.append(h('option', { value: '' }, t('all')));
    for (const code of [...codes].sort()) {
      const names = this.districtNames.get(code);
      const name = (document.documentElement.lang === 'en' ? names?.en : names?.zh) ?? names?.zh;
      this.districtSelect.append(h('option', { value: code }, name ? `${name} (${code})` : code));
    }
    this.districtSelect.value = value;
    this.districtSelect.dataset.lang = document.documentElement.lang;
  }

  private texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as never);
    (this.el.querySelector('input.search') as HTMLInputElement).placeholder = t('search');
    const status = this.statusSelect.value;
    clear(this.statusSelect);
    this.statusSelect.append(h('option', { value: '' }, t('all')), ...STATUSES.map(s => h('option', { value: s }, tx('status', s))));
    this.statusSelect.value = status;
    this.renderKinds();
    this.renderLegend();
    if (this.loaded) this.updateDistricts();
    this.panel.texts();
  }

  private renderLegend(): void {
    clear(this.legend);
    const icons = iconImages();
    this.legend.append(
      h('div.legend-title', null, t('legend_stations')),
      ...[1, 2, 3, 4, 5, 6].map(level => h('div.legend-item', null, h('i.dot', { style: `background:${AQI_COLORS[level]}` }), tx('level', String(level)))),
      h('div.legend-item', null, h('i.dot', { style: `background:${NO_DATA_COLOR}` }), `${t('level_none')} / ${t('status_offline')}`),
      h('div.legend-title', null, t('legend_sources')),
      ...STATUSES.map(status => h('div.legend-item', null, h('img', { src: icons[`src-${status}`].toDataURL(), alt: '' }), tx('status', status))));
  }
}

/** The mean of a polygon's outer ring (good enough to place a label inside the compact districts). */
function centroid(coordinates: unknown): [number, number] | null {
  let ring = coordinates as unknown[];
  while (Array.isArray(ring) && Array.isArray(ring[0]) && Array.isArray((ring[0] as unknown[])[0])) ring = ring[0] as unknown[];
  if (!Array.isArray(ring) || !ring.length) return null;
  let x = 0, y = 0;
  for (const point of ring as [number, number][]) {
    x += point[0];
    y += point[1];
  }
  return [x / ring.length, y / ring.length];
}
