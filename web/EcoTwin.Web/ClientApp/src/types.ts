// The shapes of docs/api.md (THE contract). Versions are parsed exactly as bigint: they are .NET ticks
// (~6.4e17), beyond what a JS number holds without rounding, and a client must compare them exactly.

export type TwinKind = 'station' | 'source' | 'enterprise' | 'district' | 'city';
export type TwinStatus = 'normal' | 'maintenance' | 'fault' | 'exceeding' | 'offline';
export const STATUSES: readonly TwinStatus[] = ['normal', 'exceeding', 'offline', 'fault', 'maintenance'];

export interface TwinSummary {
  kind: TwinKind;
  key: string;
  id: string;
  name: string;
  subKind: string | null;
  districtCode: string | null;
  lon: number | null;
  lat: number | null;
  status: TwinStatus;
  aqi: number | null;
  aqiLevel: number | null;
  primary: string[];
  values: Record<string, number>;
  lastHeardAt: string | null;
  openAlarms: number;
  version: bigint;
  parent: string | null;
  /** Client-only: Date.now() when the hub delivered it (set while the bench traces). */
  receivedAt?: number;
}

export interface Snapshot {
  items: TwinSummary[];
  at: string;
}

export interface FactorView {
  code: string;
  latest: number | null;
  latestFlag: string | null;
  latestAt: string | null;
  lastHour: number | null;
  lastHourStart: string | null;
  lastHourValid: boolean | null;
  limitMax: number | null;
  limitMin: number | null;
  exceeding: boolean;
  todayTotal: number | null;
}

export interface AqiView {
  period: string;
  aqi: number;
  level: number;
  primary: string[];
}

export interface AlarmView {
  id: string;
  cause: string;
  raisedAt: string;
  lastSeenAt: string | null;
  detail: string | null;
  repeats: number;
}

export interface DeviceTwinView {
  summary: TwinSummary;
  factors: FactorView[];
  hourlyAqi: AqiView | null;
  dailyAqi: AqiView | null;
  alarms: AlarmView[];
  online: boolean;
  appliedSeq: number;
}

export interface SeriesPoint {
  time: string;
  value: number | null;
  flag: string | null;
  valid: boolean;
}

export interface Series {
  kind: string;
  key: string;
  factor: string;
  interval: string;
  points: SeriesPoint[];
}

export interface MapConfig {
  center: [number, number];
  zoom: number;
  tileUrl: string | null;
  attribution: string | null;
}

export interface AlarmRecord {
  id: string;
  twinKind: string;
  twinKey: string;
  districtCode: string | null;
  cause: string;
  raisedAt: string;
  clearedAt: string | null;
  detail: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface GeoFeature<P = Record<string, unknown>> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: string; coordinates: unknown };
  properties: P;
}

export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: GeoFeature<P>[];
}
