import { lang } from './i18n';

// HJ 212 factor codes the UI names (EcoTwin.Domain.Codes.FactorCatalog); unknown codes show as the code.
const FACTORS: Record<string, [zh: string, en: string, unit: string]> = {
  a34004: ['PM2.5', 'PM2.5', 'μg/m³'],
  a34002: ['PM10', 'PM10', 'μg/m³'],
  a21026: ['SO₂', 'SO₂', 'μg/m³'],
  a21004: ['NO₂', 'NO₂', 'μg/m³'],
  a21005: ['CO', 'CO', 'mg/m³'],
  a05024: ['O₃', 'O₃', 'μg/m³'],
  a01001: ['气温', 'Air temp.', '°C'],
  a01002: ['湿度', 'Humidity', '%'],
  a01006: ['气压', 'Pressure', 'kPa'],
  a01007: ['风速', 'Wind speed', 'm/s'],
  a01008: ['风向', 'Wind dir.', '°'],
  a00000: ['废气流量', 'Flue gas flow', 'm³/s'],
  a34013: ['烟尘', 'Dust', 'mg/m³'],
  a21002: ['氮氧化物', 'NOx', 'mg/m³'],
  a19001: ['氧含量', 'O₂', '%'],
  w00000: ['污水流量', 'Wastewater flow', 'L/s'],
  w01018: ['COD', 'COD', 'mg/L'],
  w21003: ['氨氮', 'NH₃-N', 'mg/L'],
  w21011: ['总磷', 'TP', 'mg/L'],
  w21001: ['总氮', 'TN', 'mg/L'],
  w01001: ['pH', 'pH', ''],
  w01009: ['溶解氧', 'DO', 'mg/L'],
  w01010: ['水温', 'Water temp.', '°C'],
  LA: ['声级', 'Sound level', 'dB'],
  Leq: ['等效声级', 'Leq', 'dB'],
};

/** The flue-gas meaning of a21026 (mg/m³) differs only in unit; outlets pass medium 'gas'. */
export function factorName(code: string): string {
  const entry = FACTORS[code];
  return entry ? (lang() === 'zh' ? entry[0] : entry[1]) : code;
}

export function factorUnit(code: string, medium?: string | null): string {
  if (medium === 'gas' && code === 'a21026') return 'mg/m³';
  return FACTORS[code]?.[2] ?? '';
}

/** The factor a twin's trend shows first. */
export function mainFactor(kind: string, subKind: string | null, values: Record<string, number>): string | null {
  const preferred = kind === 'station'
    ? (subKind === 'water' ? ['w01018', 'w21003', 'w01009'] : subKind === 'noise' ? ['LA', 'Leq'] : ['a34004', 'a34002', 'a05024'])
    : subKind === 'gas' ? ['a21026', 'a21002', 'a34013'] : ['w01018', 'w21003', 'w21011'];
  return preferred.find(code => code in values) ?? Object.keys(values)[0] ?? preferred[0] ?? null;
}

/** Value columns of the table. */
export const TABLE_FACTORS = ['a34004', 'a34002', 'a05024', 'w01018', 'w21003', 'a21026', 'a21002'];
