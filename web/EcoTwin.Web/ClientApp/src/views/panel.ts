import { AQI_TEXT, levelColor } from '../aqi';
import { api } from '../api';
import { clear, h } from '../dom';
import { factorName, factorUnit, mainFactor } from '../factors';
import { dateTime, num, shortTime } from '../format';
import { t, tx } from '../i18n';
import { live } from '../live/connection';
import type { TwinChange } from '../live/store';
import { store } from '../live/store';
import type { DeviceTwinView, TwinSummary } from '../types';
import { drawTrend } from '../ui/trend';

/** The side panel of one station or outlet: live values (its twin group joined), 24 h trend, open alarms. */
export class TwinPanel {
  readonly el: HTMLElement;
  private twin: TwinSummary | null = null;
  private view: DeviceTwinView | null = null;
  private factor: string | null = null;
  private unwatch: (() => void) | null = null;
  private refreshTimer = 0;
  private abort: AbortController | null = null;
  private readonly head = h('div.panel-head');
  private readonly values = h('div.panel-values');
  private readonly chart = h('div.trend-chart', { 'data-testid': 'panel-trend' });
  private readonly alarms = h('div.panel-alarms');
  private readonly links = h('div.panel-links');
  private lastHourSeen: string | null = null;

  constructor() {
    this.el = h('aside.side-panel', { 'data-testid': 'panel', hidden: true },
      h('button.close', { type: 'button', 'aria-label': 'close', onclick: () => this.close() }, '×'),
      this.head,
      h('h3', { 'data-text': 'panel_live' }), this.values,
      h('h3', { 'data-text': 'panel_trend' }), this.chart,
      h('h3', { 'data-text': 'panel_alarms' }), this.alarms,
      this.links);
  }

  open(twin: TwinSummary): void {
    if (this.twin?.id !== twin.id) {
      this.unwatch?.();
      this.unwatch = live.watchTwin(twin.id);
      this.view = null;
      this.factor = mainFactor(twin.kind, twin.subKind, twin.values);
      this.lastHourSeen = null;
    }
    this.twin = twin;
    this.el.hidden = false;
    this.el.dataset.twinId = twin.id;
    this.renderSummary();
    this.renderValues();
    void this.refresh();
  }

  close(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.twin = null;
    this.abort?.abort();
    this.el.hidden = true;
    delete this.el.dataset.twinId;
  }

  onChanges(changes: TwinChange[]): void {
    if (!this.twin) return;
    const change = changes.find(c => c.id === this.twin!.id);
    if (!change) return;
    this.twin = change.twin;
    this.renderSummary();
    this.renderValues();
    // The full live view (flags, hourly values, alarms) follows, at most every 500 ms.
    if (!this.refreshTimer) this.refreshTimer = window.setTimeout(() => { this.refreshTimer = 0; void this.refresh(); }, 500);
  }

  texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as never);
    if (this.twin) {
      this.renderSummary();
      this.renderValues();
      this.renderAlarms();
    }
  }

  private async refresh(): Promise<void> {
    const twin = this.twin;
    if (!twin || (twin.kind !== 'station' && twin.kind !== 'source')) return;
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      const view = await api.live(twin.kind, twin.key, this.abort.signal);
      if (this.twin?.id !== twin.id) return;
      this.view = view;
      if (view) store.apply([view.summary]); // applied only if newer than what the feed brought
      this.renderValues();
      this.renderAlarms();
      const lastHour = view?.factors.map(f => f.lastHourStart ?? '').sort().at(-1) ?? null;
      if (lastHour !== this.lastHourSeen || this.chart.dataset.factor !== this.factor) {
        this.lastHourSeen = lastHour;
        void this.drawChart();
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') console.warn('panel: live view failed', error);
    }
  }

  private async drawChart(): Promise<void> {
    const twin = this.twin;
    if (!twin || !this.factor) return;
    const factor = this.view?.factors.find(f => f.code === this.factor);
    await drawTrend(this.chart, twin.kind, twin.key, this.factor, twin.subKind, factor?.limitMax, factor?.limitMin);
  }

  private renderSummary(): void {
    const twin = this.twin!;
    this.el.dataset.status = twin.status;
    this.el.dataset.aqiLevel = String(twin.aqiLevel ?? 0);
    clear(this.head);
    this.head.append(
      h('div.panel-kind', null, `${tx('kind', twin.kind)} · ${twin.key}`),
      h('h2', { 'data-testid': 'panel-name' }, twin.name),
      h('div.chips', null,
        h(`span.chip.status-chip.status-${twin.status}`, { 'data-testid': 'panel-status' }, tx('status', twin.status)),
        twin.kind === 'station' && twin.aqi !== null
          ? h('span.chip', { 'data-testid': 'panel-aqi', style: `background:${levelColor(twin.aqiLevel)};color:${twin.aqiLevel ? AQI_TEXT[twin.aqiLevel] : '#fff'}` },
            `AQI ${twin.aqi} ${tx('level', String(twin.aqiLevel ?? ''))}`)
          : null,
        twin.primary.length ? h('span.chip.muted', null, twin.primary.join(' ')) : null,
        h('span.chip.muted', null, `${t('col_heard')} ${shortTime(twin.lastHeardAt)}`)));
    clear(this.links);
    if (twin.kind === 'source') this.links.append(h('a', { href: `/profile/source/${encodeURIComponent(twin.key)}`, 'data-nav': true }, `${t('panel_profile')} →`));
    if (twin.parent) this.links.append(h('a', { href: `/profile/enterprise/${encodeURIComponent(twin.parent)}`, 'data-nav': true }, `${t('enterprise')} →`));
  }

  private renderValues(): void {
    const twin = this.twin!;
    const factors = this.view?.factors ?? Object.entries(twin.values).map(([code, latest]) => ({
      code, latest, latestFlag: null, latestAt: null, lastHour: null, lastHourStart: null, lastHourValid: null,
      limitMax: null, limitMin: null, exceeding: false, todayTotal: null,
    }));
    clear(this.values);
    if (!factors.length) {
      this.values.append(h('div.empty', null, t('noData')));
      return;
    }
    const table = h('table.values-table', null,
      h('thead', null, h('tr', null, h('th', null, t('factor')), h('th', null, t('latest')), h('th', null, t('lastHour')), h('th', null, t('limit')))));
    const body = h('tbody');
    for (const f of factors) {
      // The summary may be newer than the fetched view: it wins for the latest value.
      const latest = twin.values[f.code] ?? f.latest;
      const limit = f.limitMax !== null ? `≤ ${num(f.limitMax)}` : f.limitMin !== null ? `≥ ${num(f.limitMin)}` : '–';
      body.append(h('tr', {
        class: `${f.exceeding ? 'exceeding' : ''} ${f.code === this.factor ? 'selected' : ''}`.trim(),
        'data-factor': f.code, 'data-value': latest ?? '',
        title: f.latestAt ? dateTime(f.latestAt) : null,
        onclick: () => {
          this.factor = f.code;
          this.renderValues();
          void this.drawChart();
        },
      },
      h('td', null, factorName(f.code), h('small', null, ` ${factorUnit(f.code, twin.subKind)}`)),
      h('td.num', null, num(latest), f.latestFlag && f.latestFlag !== 'N' ? h('small.flag', null, ` ${f.latestFlag}`) : null),
      h('td.num', { class: f.lastHourValid === false ? 'invalid' : null }, num(f.lastHour)),
      h('td.num', null, limit)));
    }
    table.append(body);
    this.values.append(table);
    if (this.view?.hourlyAqi) {
      const a = this.view.hourlyAqi;
      this.values.append(h('div.hourly-aqi', null, `${t('hourlyAqi')} ${shortTime(a.period)}: `,
        h('b', { style: `color:${levelColor(a.level)}` }, String(a.aqi)), ` ${tx('level', String(a.level))}`, a.primary.length ? ` · ${a.primary.join(', ')}` : ''));
    }
  }

  private renderAlarms(): void {
    clear(this.alarms);
    const alarms = this.view?.alarms ?? [];
    if (!alarms.length) {
      this.alarms.append(h('div.empty', null, '–'));
      return;
    }
    for (const alarm of alarms) {
      this.alarms.append(h('div.alarm', { 'data-alarm-id': alarm.id },
        h('b', null, tx('cause', alarm.cause)), ` · ${shortTime(alarm.raisedAt)}`,
        alarm.repeats ? ` ×${alarm.repeats + 1}` : '',
        alarm.detail ? h('div.detail', null, alarm.detail) : null));
    }
  }
}
