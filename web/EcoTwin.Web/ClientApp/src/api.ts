import { parseJson } from './json';
import type {
  AlarmRecord, DeviceTwinView, FeatureCollection, MapConfig, Page, Series, Snapshot, TwinStatus, TwinSummary,
} from './types';

/** An HTTP answer that was not 2xx. */
export class HttpError extends Error {
  constructor(public readonly status: number, public readonly url: string) {
    super(`${status} ${url}`);
  }
}

/** Throws the HttpError of a failed answer; a 401 (the session ended) reloads the page, which starts again at the sign-in. */
export function failed(response: Response, url: string): never {
  if (response.status === 401) location.reload();
  throw new HttpError(response.status, url);
}

/** The words of a problem-details answer (detail or title, then each field's errors), or the text itself when it is not JSON. */
export function problemMessage(text: string): string | null {
  try {
    const problem = JSON.parse(text) as { detail?: string; title?: string; errors?: Record<string, string[]> };
    const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join('; ')}`);
    return [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' — ') || null;
  } catch {
    return text || null;
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) failed(response, url);
  return parseJson<T>(await response.text());
}

/** The JSON at url, or null when the server answers 404 (an endpoint or a record that does not exist yet). */
export async function getOptional<T>(url: string, signal?: AbortSignal): Promise<T | null> {
  try {
    return await getJson<T>(url, signal);
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 405)) {
      return null;
    }
    throw error;
  }
}

const enc = encodeURIComponent;

/** One line of GET /api/enterprises/{code}/sources (docs/api.md). */
interface EnterpriseOutlet {
  mn: string;
  name: string;
  medium: string | null;
  location: { lon: number; lat: number } | null;
  districtCode: string | null;
  status: TwinStatus;
  openAlarms: number;
}

/** A provisional summary for an outlet line; the live store's summary replaces it (any real version is higher). */
function outletSummary(enterprise: string, outlet: EnterpriseOutlet): TwinSummary {
  return {
    kind: 'source', key: outlet.mn, id: `source/${outlet.mn}`, name: outlet.name, subKind: outlet.medium,
    districtCode: outlet.districtCode, lon: outlet.location?.lon ?? null, lat: outlet.location?.lat ?? null,
    status: outlet.status ?? 'normal', aqi: null, aqiLevel: null, primary: [], values: {}, lastHeardAt: null,
    openAlarms: outlet.openAlarms ?? 0, version: 0n, parent: enterprise,
  };
}

/** docs/api.md names an alarm's twin twinKind/twinKey; the server sends kind/key today: accept both. */
function alarmPage(page: Page<AlarmRecord> | null): Page<AlarmRecord> | null {
  if (page) {
    for (const alarm of page.items as (AlarmRecord & { kind?: string; key?: string })[]) {
      alarm.twinKind ??= alarm.kind ?? '';
      alarm.twinKey ??= alarm.key ?? '';
    }
  }
  return page;
}

export const api = {
  snapshot: () => getJson<Snapshot>('/api/twins/snapshot'),
  mapConfig: () => getJson<MapConfig>('/api/map/config'),
  basemap: () => getOptional<FeatureCollection>('/api/map/basemap'),
  districts: () => getOptional<FeatureCollection<{ code: string; name: string; nameEn?: string }>>('/api/map/districts'),
  live: (kind: 'station' | 'source', key: string, signal?: AbortSignal) =>
    getOptional<DeviceTwinView>(`/api/${kind === 'station' ? 'stations' : 'sources'}/${enc(key)}/live`, signal),
  series: (kind: string, key: string, factor: string, interval: 'raw' | 'hour' | 'day', signal?: AbortSignal) =>
    getOptional<Series>(`/api/twins/${enc(kind)}/${enc(key)}/series?factor=${enc(factor)}&interval=${interval}`, signal),
  alarmsOf: async (kind: string, key: string, signal?: AbortSignal) =>
    alarmPage(await getOptional<Page<AlarmRecord>>(`/api/alarms?kind=${enc(kind)}&key=${enc(key)}&pageSize=100`, signal)),
  enterprise: (code: string, signal?: AbortSignal) => getOptional<Record<string, unknown>>(`/api/enterprises/${enc(code)}`, signal),
  enterpriseHistory: (code: string, signal?: AbortSignal) =>
    getOptional<unknown>(`/api/enterprises/${enc(code)}/history`, signal),
  enterpriseSources: async (code: string, signal?: AbortSignal): Promise<TwinSummary[]> => {
    const own = await getOptional<{ items: EnterpriseOutlet[] }>(`/api/enterprises/${enc(code)}/sources`, signal);
    if (own) {
      return own.items.map(outlet => outletSummary(code, outlet));
    }
    // Until the enterprise API lands: the outlet list filtered by enterprise (docs/api.md).
    const page = await getJson<Page<TwinSummary>>(`/api/sources?enterprise=${enc(code)}&pageSize=1000`, signal);
    return page.items;
  },
  source: (mn: string, signal?: AbortSignal) => getOptional<Record<string, unknown>>(`/api/sources/${enc(mn)}`, signal),
};
