import { levelOf } from '../aqi';
import type { TwinSummary } from '../types';

export interface CityStats {
  aqi: number | null;
  aqiLevel: number | null;
  /** Whether the AQI came from the city twin (else: the mean of the air stations' AQI). */
  fromCityTwin: boolean;
  online: number;
  offline: number;
  exceeding: number;
  openAlarms: number;
  devices: number;
}

/** The header's figures from the twins: device twins (stations and outlets) are counted, roll-ups are not. */
export function cityStats(twins: Iterable<TwinSummary>): CityStats {
  let online = 0, offline = 0, exceeding = 0, openAlarms = 0, devices = 0, aqiSum = 0, aqiCount = 0;
  let city: TwinSummary | undefined;
  for (const twin of twins) {
    if (twin.kind === 'city') {
      city = twin;
      continue;
    }
    if (twin.kind !== 'station' && twin.kind !== 'source') continue;
    devices++;
    if (twin.status === 'offline') offline++;
    else online++;
    if (twin.status === 'exceeding') exceeding++;
    openAlarms += twin.openAlarms;
    if (twin.kind === 'station' && twin.aqi !== null && twin.aqi !== undefined && twin.status !== 'offline') {
      aqiSum += twin.aqi;
      aqiCount++;
    }
  }
  if (city && city.aqi !== null) {
    return { aqi: city.aqi, aqiLevel: city.aqiLevel ?? levelOf(city.aqi), fromCityTwin: true, online, offline, exceeding, openAlarms, devices };
  }
  const aqi = aqiCount ? Math.round(aqiSum / aqiCount) : null;
  return { aqi, aqiLevel: levelOf(aqi), fromCityTwin: false, online, offline, exceeding, openAlarms, devices };
}
