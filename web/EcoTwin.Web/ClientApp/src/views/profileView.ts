import { api } from '../api';
import { clear, h } from '../dom';
import { factorName, factorUnit } from '../factors';
import { dateTime, num, shortTime } from '../format';
import { t, tx, type TextKey } from '../i18n';
import { live } from '../live/connection';
import { store } from '../live/store';
import type { AlarmRecord, DeviceTwinView, TwinSummary } from '../types';
import { RecordTimeline } from '../ui/recordTimeline';
import { drawTrend } from '../ui/trend';

interface Outlet {
  summary: TwinSummary;
  view: DeviceTwinView | null;
  el: HTMLElement;
  timer: number;
}

/**
 * The one-file profile of an enterprise (/profile/enterprise/{creditCode}) or an outlet
 * (/profile/source/{mn}): master data and versions, outlets with live readings and limits, trends,
 * alarms and the business-record timeline. Printable. Sections whose API does not exist yet say so.
 */
export class ProfileView {
  readonly el: HTMLElement;
  private readonly outlets = new Map<string, Outlet>();
  private readonly unwatch: (() => void)[] = [];
  private readonly abort = new AbortController();
  private readonly unsubscribe: () => void;
  private readonly master = h('div.profile-master', { 'data-testid': 'profile-master' });
  private readonly history = h('div.profile-history', { 'data-testid': 'profile-history' });
  private readonly outletList = h('div.profile-outlets', { 'data-testid': 'profile-outlets' });
  private readonly alarmList = h('div.profile-alarms', { 'data-testid': 'profile-alarms' });
  private readonly title = h('h1', { 'data-testid': 'profile-title' });
  private readonly timeline = h('div.profile-timeline');

  constructor(private readonly kind: 'enterprise' | 'source', private readonly key: string) {
    this.el = h('section.view.profile-view', { 'data-view': 'profile', 'data-profile-kind': kind, 'data-profile-key': key });
    this.unsubscribe = store.subscribe(changes => {
      for (const change of changes) {
        const outlet = this.outlets.get(change.id);
        if (outlet) this.outletChanged(outlet, change.twin);
      }
    });
    this.render();
  }

  destroy(): void {
    this.abort.abort();
    this.unsubscribe();
    for (const stop of this.unwatch) stop();
    for (const outlet of this.outlets.values()) window.clearTimeout(outlet.timer);
  }

  /** Renders everything again (on a language switch). */
  render(): void {
    clear(this.el);
    this.outlets.clear();
    const heading = this.kind === 'enterprise' ? t('profile_enterprise') : t('profile_source');
    this.el.append(...[
      h('header.profile-head', null,
        h('div', null, h('div.profile-kind', null, heading), this.title, h('div.profile-code', null, `${this.kind === 'enterprise' ? t('creditCode') : t('mn')}: ${this.key}`)),
        h('button.print', { type: 'button', onclick: () => window.print() }, t('print'))),
      section(t('masterData'), this.master),
      this.kind === 'enterprise' ? section(t('versionHistory'), this.history) : null,
      section(t('outlets'), this.outletList),
      section(t('alarms'), this.alarmList),
      section(t('timeline'), this.timeline),
    ].filter((x): x is HTMLElement => x !== null));
    this.title.textContent = store.get(`${this.kind}/${this.key}`)?.name ?? this.key;
    void this.load().catch(error => {
      if ((error as Error).name !== 'AbortError') this.el.append(h('p.error', null, String(error)));
    });
  }

  private async load(): Promise<void> {
    const signal = this.abort.signal;
    await live.ready;
    if (this.kind === 'enterprise') {
      const [master, history, outlets] = await Promise.all([
        api.enterprise(this.key, signal).catch(() => null),
        api.enterpriseHistory(this.key, signal).catch(() => null),
        api.enterpriseSources(this.key, signal),
      ]);
      const twin = store.get(`enterprise/${this.key}`);
      this.title.textContent = (master?.name as string | undefined) ?? twin?.name ?? this.key;
      this.renderMaster(master, twin, outlets);
      this.renderHistory(history);
      await Promise.all([this.renderOutlets(outlets), this.renderTimeline(this.key, null, [`enterprise/${this.key}`, ...outlets.map(o => `source/${o.key}`)])]);
    } else {
      const [master, twin] = [await api.source(this.key, signal), store.get(`source/${this.key}`)];
      const summary = twin ?? (await api.live('source', this.key, signal))?.summary;
      this.title.textContent = (master?.name as string | undefined) ?? summary?.name ?? this.key;
      this.renderMaster(master, summary);
      await Promise.all([this.renderOutlets(summary ? [summary] : []), summary?.parent ? this.renderTimeline(summary.parent, this.key, [`source/${this.key}`]) : null]);
    }
    this.el.dataset.loaded = 'true';
  }

  private async renderTimeline(enterprise: string, outlet: string | null, caseTwins: string[]): Promise<void> {
    const timeline = new RecordTimeline(enterprise, outlet, caseTwins, this.abort.signal);
    clear(this.timeline);
    this.timeline.append(timeline.el);
    await timeline.load();
  }

  private renderMaster(master: Record<string, unknown> | null, twin: TwinSummary | undefined, outlets: TwinSummary[] = []): void {
    clear(this.master);
    if (!master && !twin && outlets.length) {
      // No enterprise record or twin yet: what its outlets say about it.
      const districts = [...new Set(outlets.map(o => o.districtCode).filter(Boolean))].join('、');
      this.master.append(h('p.notice', null, t('notAvailable')),
        h('dl.kv', null, h('dt', null, t('creditCode')), h('dd', null, this.key), h('dt', null, t('col_district')), h('dd', null, districts || '–'),
          h('dt', null, t('outlets')), h('dd', null, String(outlets.length))));
      return;
    }
    if (!master && !twin) {
      this.master.append(h('p.empty', { 'data-testid': 'profile-not-found' }, t('notFound')));
      return;
    }
    if (!master) this.master.append(h('p.notice', null, t('notAvailable')));
    const rows: [string, string][] = [];
    if (master) {
      for (const [key, value] of Object.entries(master)) {
        if (key === 'limits' || key === 'factors' || value === null || value === undefined) continue;
        if (key === 'location' && typeof value === 'object') {
          const { lon, lat } = value as { lon: number; lat: number };
          rows.push([t('location'), `${num(lon, 5)}, ${num(lat, 5)}`]);
        } else if (key === 'enterpriseCode') {
          rows.push([t('enterprise'), String(value)]);
        } else if (key === 'changedAt') {
          rows.push([t('changedAt'), dateTime(String(value))]);
        } else if (typeof value !== 'object') {
          rows.push([labelOf(key), valueText(key, value)]);
        }
      }
      if (Array.isArray(master.factors)) rows.push([t('factor'), (master.factors as string[]).map(factorName).join('、')]);
    } else if (twin) {
      rows.push([t('col_name'), twin.name], [t('col_district'), twin.districtCode ?? '–'], [t('col_status'), tx('status', twin.status)]);
      if (twin.lon !== null && twin.lat !== null) rows.push([t('location'), `${num(twin.lon, 5)}, ${num(twin.lat, 5)}`]);
    }
    const enterprise = (master?.enterpriseCode as string | undefined) ?? (this.kind === 'source' ? twin?.parent : null);
    this.master.append(h('dl.kv', null, ...rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])));
    if (enterprise) this.master.append(h('a.link', { href: `/profile/enterprise/${encodeURIComponent(enterprise)}`, 'data-nav': true }, `${t('profile_enterprise')} →`));
  }

  private renderHistory(history: unknown): void {
    clear(this.history);
    const entries = Array.isArray(history) ? history : (history as { items?: unknown[] } | null)?.items;
    if (!entries) {
      this.history.append(h('p.notice', null, t('notAvailable')));
      return;
    }
    if (!entries.length) {
      this.history.append(h('p.empty', null, '–'));
      return;
    }
    // Newest first; the API lists oldest first ({seq, kind, version, by, at, info}).
    const list = h('ol.versions', { reversed: true });
    const ordered = [...(entries as Record<string, unknown>[])].reverse();
    for (const entry of ordered) {
      const version = entry.version ?? entry.revision ?? '';
      const at = (entry.at ?? entry.changedAt ?? entry.validFrom ?? entry.recordedAt) as string | undefined;
      const by = (entry.by ?? entry.changedBy ?? entry.source) as string | undefined;
      const info = entry.info && typeof entry.info === 'object' ? entry.info as Record<string, unknown> : null;
      const rest = info
        ? Object.entries(info).filter(([k, v]) => v !== null && typeof v !== 'object' && k !== 'code')
        : Object.entries(entry).filter(([k]) => !['seq', 'kind', 'info', 'version', 'revision', 'changedAt', 'at', 'validFrom', 'recordedAt', 'changedBy', 'by', 'source'].includes(k));
      list.append(h('li', { 'data-version': String(version), 'data-event': entry.kind ? String(entry.kind) : null },
        h('b', null, `${t('version')} ${String(version)}`), entry.kind ? ` · ${tx('event', String(entry.kind))}` : '',
        at ? ` · ${dateTime(at)}` : '', by ? ` · ${by}` : '',
        rest.length ? h('div.changes', null, rest.map(([k, v]) => `${labelOf(k)}: ${typeof v === 'object' ? JSON.stringify(v) : valueText(k, v)}`).join('；')) : null));
    }
    this.history.append(list);
  }

  private async renderOutlets(outlets: TwinSummary[]): Promise<void> {
    clear(this.outletList);
    this.el.dataset.outlets = String(outlets.length);
    if (!outlets.length) {
      this.outletList.append(h('p.empty', null, t('noData')));
      this.renderAlarms([]);
      return;
    }
    for (const summary of outlets) {
      const held = store.get(summary.id ?? `source/${summary.key}`) ?? summary;
      const outlet: Outlet = { summary: held, view: null, el: h('article.outlet', { 'data-twin-id': held.id ?? `source/${held.key}` }), timer: 0 };
      this.outlets.set(outlet.el.dataset.twinId!, outlet);
      this.outletList.append(outlet.el);
      this.unwatch.push(live.watchTwin(outlet.el.dataset.twinId!));
    }
    await Promise.all([...this.outlets.values()].map(outlet => this.refreshOutlet(outlet, true)));
    const history = await Promise.all([...this.outlets.values()].map(o => api.alarmsOf('source', o.summary.key, this.abort.signal).catch(() => null)));
    this.renderAlarms(history.flatMap(page => page?.items ?? []));
  }

  private outletChanged(outlet: Outlet, twin: TwinSummary): void {
    outlet.summary = twin;
    if (!outlet.timer) outlet.timer = window.setTimeout(() => { outlet.timer = 0; void this.refreshOutlet(outlet, false); }, 400);
  }

  private async refreshOutlet(outlet: Outlet, withCharts: boolean): Promise<void> {
    const view = await api.live('source', outlet.summary.key, this.abort.signal).catch(() => null);
    outlet.view = view;
    const twin = store.get(outlet.el.dataset.twinId!) ?? outlet.summary;
    const el = outlet.el;
    el.dataset.status = twin.status;
    const charts = withCharts ? h('div.outlet-charts') : el.querySelector<HTMLElement>('.outlet-charts');
    clear(el);
    el.append(
      h('header', null,
        h('a', { href: `/profile/source/${encodeURIComponent(twin.key)}`, 'data-nav': true }, h('b', null, twin.name)),
        h('span.muted', null, ` ${twin.key} · ${tx('medium', twin.subKind)}`),
        h(`span.chip.status-chip.status-${twin.status}`, { 'data-testid': 'outlet-status' }, tx('status', twin.status)),
        h('span.muted', null, ` ${t('col_heard')} ${shortTime(twin.lastHeardAt)}`)),
      this.factorTable(twin, view));
    if (charts) el.append(charts);
    if (withCharts && charts) {
      const limited = (view?.factors ?? []).filter(f => f.limitMax !== null || f.limitMin !== null);
      const shown = (limited.length ? limited : view?.factors ?? []).slice(0, this.kind === 'source' ? 6 : 2);
      for (const factor of shown) {
        const box = h('div.trend-chart.small');
        const unit = factorUnit(factor.code, twin.subKind);
        charts.append(h('figure', null, h('figcaption', null, `${factorName(factor.code)}${unit ? ` (${unit})` : ''} · ${t('panel_trend')}`), box));
        void drawTrend(box, 'source', twin.key, factor.code, twin.subKind, factor.limitMax, factor.limitMin);
      }
    }
  }

  private factorTable(twin: TwinSummary, view: DeviceTwinView | null): HTMLElement {
    const factors = view?.factors ?? [];
    if (!factors.length && !Object.keys(twin.values).length) return h('p.empty', null, t('noData'));
    const rows = factors.length
      ? factors.map(f => ({ code: f.code, latest: twin.values[f.code] ?? f.latest, lastHour: f.lastHour, max: f.limitMax, min: f.limitMin, exceeding: f.exceeding, at: f.latestAt, flag: f.latestFlag }))
      : Object.entries(twin.values).map(([code, latest]) => ({ code, latest, lastHour: null, max: null, min: null, exceeding: false, at: null, flag: null }));
    return h('table.values-table', null,
      h('thead', null, h('tr', null, h('th', null, t('factor')), h('th', null, t('latest')), h('th', null, t('lastHour')), h('th', null, t('limit')), h('th', null, t('at')))),
      h('tbody', null, rows.map(r => h('tr', { class: r.exceeding ? 'exceeding' : null, 'data-factor': r.code, 'data-value': r.latest ?? '' },
        h('td', null, factorName(r.code), h('small', null, ` ${factorUnit(r.code, twin.subKind)}`)),
        h('td.num', null, num(r.latest), r.flag && r.flag !== 'N' ? h('small.flag', null, ` ${r.flag}`) : null),
        h('td.num', null, num(r.lastHour)),
        h('td.num', null, r.max !== null ? `≤ ${num(r.max)}` : r.min !== null ? `≥ ${num(r.min)}` : '–'),
        h('td', null, shortTime(r.at))))));
  }

  private renderAlarms(alarms: AlarmRecord[]): void {
    clear(this.alarmList);
    if (!alarms.length) {
      this.alarmList.append(h('p.empty', null, '–'));
      return;
    }
    alarms.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
    this.alarmList.append(h('table.alarms-table', null,
      h('thead', null, h('tr', null, h('th', null, t('raisedAt')), h('th', null, t('col_key')), h('th', null, t('cause')), h('th', null, t('detail')), h('th', null, t('col_status')))),
      h('tbody', null, alarms.map(a => h('tr', { 'data-alarm-id': a.id, class: a.clearedAt ? 'cleared' : 'open' },
        h('td', null, dateTime(a.raisedAt)), h('td', null, a.twinKey), h('td', null, tx('cause', a.cause)), h('td', null, a.detail ?? ''),
        h('td', null, a.clearedAt ? `${t('cleared')} ${shortTime(a.clearedAt)}` : t('open')))))));
  }
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h('section.profile-section', null, h('h2', null, title), body);
}

const LABELS: Record<string, TextKey> = {
  name: 'col_name', creditCode: 'creditCode', code: 'creditCode', mn: 'mn', districtCode: 'col_district', industry: 'industry',
  address: 'address', version: 'version', changedAt: 'changedAt', changedBy: 'changedBy', kind: 'col_kind',
  stage: 'stage', legalRepresentative: 'legalRepresentative', contact: 'contact', medium: 'medium',
};

/** Master-data fields whose values are words of the UI's language; an unknown word shows as it is. */
const TRANSLATED = new Set(['medium', 'stage', 'industry']);

function valueText(key: string, value: unknown): string {
  return TRANSLATED.has(key) ? tx(key, String(value)) : String(value);
}

function labelOf(key: string): string {
  return LABELS[key] ? t(LABELS[key]) : key;
}
