import { getOptional } from '../api';
import { clear, h } from '../dom';
import { t, tx } from '../i18n';

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

const KINDS = ['permit', 'eia', 'inspection', 'complaint', 'penalty', 'hazardous-waste', 'emergency-plan', 'credit-rating', 'cleaner-production'];

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

/**
 * The business-record timeline of an enterprise (or of one of its outlets), newest first, with a
 * filter by kind (GET /api/enterprises/{code}/records).
 */
export class RecordTimeline {
  readonly el = h('div.timeline', { 'data-testid': 'profile-timeline' });
  private readonly list = h('ol.timeline-items');
  private readonly filter = h('select', { 'data-testid': 'timeline-kind' });

  constructor(private readonly enterprise: string, private readonly outlet: string | null, private readonly signal: AbortSignal) {
    this.filter.append(h('option', { value: '' }, t('all')), ...KINDS.map(kind => h('option', { value: kind }, tx('record', kind))));
    this.filter.addEventListener('change', () => void this.load());
    this.el.append(h('div.timeline-filter', null, h('label', null, `${t('filter_kind')} `, this.filter)), this.list);
  }

  async load(): Promise<void> {
    const query = new URLSearchParams({ limit: '200' });
    if (this.filter.value) query.set('kind', this.filter.value);
    if (this.outlet) query.set('outlet', this.outlet);
    const answer = await getOptional<{ items: BusinessRecord[] }>(`/api/enterprises/${encodeURIComponent(this.enterprise)}/records?${query}`, this.signal);
    clear(this.list);
    const records = answer?.items ?? [];
    this.el.dataset.count = String(records.length);
    if (!records.length) {
      this.list.append(h('li.empty', null, t('timelineEmpty')));
      return;
    }
    for (const record of records) {
      const valid = record.validFrom ? `${record.validFrom} – ${record.validTo ?? ''}` : null;
      this.list.append(h('li.timeline-item', { 'data-record-kind': record.kind, 'data-record-id': record.id },
        h('time', null, record.date),
        h('div', null,
          h('b', null, tx('record', record.kind)), record.documentNo ? h('span.muted', null, ` ${t('documentNo')} ${record.documentNo}`) : null,
          record.outletMn ? h('span.muted', null, ` · ${record.outletMn}`) : null, valid ? h('span.muted', null, ` · ${valid}`) : null,
          h('dl.kv.record-details', null, Object.entries(record.details).flatMap(([key, value]) => [h('dt', null, key), h('dd', null, detailText(key, value))])),
          h('div.muted', null, `${t('enteredBy')}: ${record.enteredBy}`))));
    }
  }
}
