import { lang } from './i18n';

export const CITY_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'clock' | 'dateTime' | 'short'): Intl.DateTimeFormat {
  const key = `${kind}/${lang()}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang() === 'zh' ? 'zh-CN' : 'en-GB';
    const options: Intl.DateTimeFormatOptions = kind === 'clock'
      ? { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, weekday: 'short' }
      : kind === 'dateTime'
        ? { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }
        : { timeZone: CITY_TIME_ZONE, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false };
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function clock(date: Date): string {
  return formatter('clock').format(date);
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? formatter('dateTime').format(new Date(iso)) : '–';
}

export function shortTime(iso: string | null | undefined): string {
  return iso ? formatter('short').format(new Date(iso)) : '–';
}

export function num(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Math.abs(value) >= 1000 ? value.toFixed(0) : Number(value.toFixed(digits)).toString();
}
