import { api } from '../api';
import { h } from '../dom';
import { factorName, factorUnit } from '../factors';
import { t } from '../i18n';

/** Loads the charts chunk on first use. */
export const charts = () => import('./charts');

/** Draws the hourly trend of the last 24 h of one factor into element (or says there is no data). */
export async function drawTrend(element: HTMLElement, kind: string, key: string, factor: string, medium: string | null, limitMax?: number | null, limitMin?: number | null): Promise<void> {
  element.dataset.factor = factor;
  element.dataset.state = 'loading';
  const [hourly, module] = await Promise.all([api.series(kind, key, factor, 'hour').catch(() => null), charts()]);
  // A twin without finished hours yet shows its raw readings of the last 24 h instead.
  const series = hourly?.points.length ? hourly : await api.series(kind, key, factor, 'raw').catch(() => null);
  if (element.dataset.factor !== factor) return; // another factor was picked meanwhile
  const points = series?.points ?? [];
  element.dataset.interval = series?.interval ?? '';
  if (!points.length) {
    module.disposeChart(element);
    element.replaceChildren(h('div.empty', null, `${factorName(factor)} · ${t('noData')}`));
  } else {
    element.querySelector('.empty')?.remove();
    module.trendChart(element, { name: factorName(factor), unit: factorUnit(factor, medium), points, limitMax, limitMin });
  }
  element.dataset.points = String(points.length);
  element.dataset.state = 'ready';
}
