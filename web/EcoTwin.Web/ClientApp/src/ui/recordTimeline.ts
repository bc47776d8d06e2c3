import { getOptional } from '../api';
import type { CaseSummary } from '../cases';
import { clear, h } from '../dom';
import { dateTime } from '../format';
import { t, tx } from '../i18n';
import type { Page } from '../types';

/** A business record (docs/api.md "Business records"). */
interface BusinessRecord {
  id: string;
  kind: string;
  outletMn: string | null;
  documentNo: string | null;
  date: string;
  validFrom: string | null;
  validTo: string | null;
  details: Record<string, unknown>;
  enteredBy: string;
}

const KINDS = ['case', 'permit', 'eia', 'inspection', 'complaint', 'penalty', 'hazardous-waste', 'emergency-plan', 'credit-rating', 'cleaner-production'];

/** A detail value in one line: limits as "outlet factor ≤ max", lists joined, the rest as text. */
function detailText(key: string, value: unknown): string {
  if (key === 'limits' && Array.isArray(value)) {
    return value.map(l => {
      const limit = l as { outlet: string; factor: string; max?: number; min?: number; unit?: string };
      return `${limit.outlet} ${limit.factor} ${limit.max !== undefined ? `≤ ${limit.max}` : ''}${limit.min !== undefined ? ` ≥ ${limit.min}` : ''} ${limit.unit ?? ''}`.trim();
    }).join('; ');
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** One line of the timeline: a business record or a case, with the date it sorts by. */
type Entry = { date: string; record: BusinessRecord; case?: never } | { date: string; case: CaseSummary; record?: never };

/**
 * The business-record timeline of an enterprise (or of one of its outlets), newest first, with a
 * filter by kind (GET /api/enterprises/{code}/records), and the cases of its twins (GET /api/cases?twin=).
 */
export class RecordTimeline {
  readonly el = h('div.timeline', { 'data-testid': 'profile-timeline' });
  private readonly list = h('ol.timeline-items');
  private readonly filter = h('select', { 'data-testid': 'timeline-kind' });

  constructor(
    private readonly enterprise: string, private readonly outlet: string | null, private readonly caseTwins: string[], private readonly signal: AbortSignal) {
    this.filter.append(h('option', { value: '' }, t('all')), ...KINDS.map(kind => h('option', { value: kind }, tx('record', kind))));
    this.filter.addEventListener('change', () => void this.load());
    this.el.append(h('div.timeline-filter', null, h('label', null, `${t('filter_kind')} `, this.filter)), this.list);
  }

  async load(): Promise<void> {
    const kind = this.filter.value;
    const query = new URLSearchParams({ limit: '200' });
    if (kind && kind !== 'case') query.set('kind', kind);
    if (this.outlet) query.set('outlet', this.outlet);
    const [records, cases] = await Promise.all([
      kind === 'case' ? null : getOptional<{ items: BusinessRecord[] }>(`/api/enterprises/${encodeURIComponent(this.enterprise)}/records?${query}`, this.signal),
      kind && kind !== 'case' ? [] : Promise.all(this.caseTwins.map(twin =>
        getOptional<Page<CaseSummary>>(`/api/cases?twin=${encodeURIComponent(twin)}&pageSize=100`, this.signal))),
    ]);
    const entries: Entry[] = [
      ...(records?.items ?? []).map(record => ({ date: record.date, record })),
      ...cases.flatMap(page => page?.items ?? []).map(c => ({ date: c.openedAt, case: c })),
    ].sort((a, b) => b.date.localeCompare(a.date));
    clear(this.list);
    this.el.dataset.count = String(entries.length);
    if (!entries.length) {
      this.list.append(h('li.empty', null, t('timelineEmpty')));
      return;
    }
    for (const entry of entries) this.list.append(entry.record ? recordItem(entry.record) : caseItem(entry.case!));
  }
}

function recordItem(record: BusinessRecord): HTMLElement {
  const valid = record.validFrom ? `${record.validFrom} – ${record.validTo ?? ''}` : null;
  return h('li.timeline-item', { 'data-record-kind': record.kind, 'data-record-id': record.id },
    h('time', null, record.date),
    h('div', null,
      h('b', null, tx('record', record.kind)), record.documentNo ? h('span.muted', null, ` ${t('documentNo')} ${record.documentNo}`) : null,
      record.outletMn ? h('span.muted', null, ` · ${record.outletMn}`) : null, valid ? h('span.muted', null, ` · ${valid}`) : null,
      h('dl.kv.record-details', null, Object.entries(record.details).flatMap(([key, value]) => [h('dt', null, key), h('dd', null, detailText(key, value))])),
      h('div.muted', null, `${t('enteredBy')}: ${record.enteredBy}`)));
}

function caseItem(summary: CaseSummary): HTMLElement {
  return h('li.timeline-item', { 'data-record-kind': 'case', 'data-case-id': summary.id },
    h('time', null, dateTime(summary.openedAt)),
    h('div', null,
      h('b', null, tx('record', 'case')), h('span.muted', null, ` ${summary.id} · ${tx('flow', summary.status)}`),
      h('div', null, summary.title),
      h('div.muted', null, [summary.handler ?? summary.assignee, summary.closedAt ? `${t('flow_closed')} ${dateTime(summary.closedAt)}` : null].filter(Boolean).join(' · '))));
}
