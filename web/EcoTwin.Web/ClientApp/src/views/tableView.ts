import { AQI_TEXT, levelColor } from '../aqi';
import { clear, h } from '../dom';
import { factorName, TABLE_FACTORS } from '../factors';
import { num, shortTime } from '../format';
import { onLangChange, t, tx, type TextKey } from '../i18n';
import { live } from '../live/connection';
import { store, type TwinChange } from '../live/store';
import { navigate, profileUrl } from '../router';
import { STATUSES, type TwinKind, type TwinSummary } from '../types';
import { CellFlash } from '../ui/cellFlash';

const ROW_HEIGHT = 34;
const OVERSCAN = 8;
const KINDS: TwinKind[] = ['station', 'source', 'enterprise', 'district'];

interface Column {
  id: string;
  width: number;
  label: () => string;
  /** The summary field whose change flashes this cell. */
  field: string;
  sort: (twin: TwinSummary) => string | number | null;
  text: (twin: TwinSummary) => string;
  num?: boolean;
}

const columns: Column[] = [
  { id: 'kind', width: 80, label: () => t('col_kind'), field: 'kind', sort: x => x.kind, text: x => tx('kind', x.kind) },
  { id: 'name', width: 230, label: () => t('col_name'), field: 'name', sort: x => x.name, text: x => x.name },
  { id: 'key', width: 170, label: () => t('col_key'), field: 'key', sort: x => x.key, text: x => x.key },
  { id: 'district', width: 80, label: () => t('col_district'), field: 'districtCode', sort: x => x.districtCode, text: x => x.districtCode ?? '' },
  { id: 'status', width: 90, label: () => t('col_status'), field: 'status', sort: x => STATUSES.indexOf(x.status), text: x => tx('status', x.status) },
  { id: 'aqi', width: 70, label: () => t('col_aqi'), field: 'aqi', sort: x => x.aqi, text: x => (x.aqi === null ? '' : String(x.aqi)), num: true },
  { id: 'primary', width: 100, label: () => t('col_primary'), field: 'primary', sort: x => x.primary.join(), text: x => x.primary.join(' ') },
  ...TABLE_FACTORS.map<Column>(code => ({
    id: code, width: 78, label: () => factorName(code), field: `values.${code}`, num: true,
    sort: x => x.values[code] ?? null, text: x => (x.values[code] === undefined ? '' : num(x.values[code])),
  })),
  { id: 'alarms', width: 64, label: () => t('col_alarms'), field: 'openAlarms', sort: x => x.openAlarms, text: x => (x.openAlarms ? String(x.openAlarms) : ''), num: true },
  { id: 'heard', width: 110, label: () => t('col_heard'), field: 'lastHeardAt', sort: x => x.lastHeardAt, text: x => (x.lastHeardAt ? shortTime(x.lastHeardAt) : '') },
  { id: 'parent', width: 170, label: () => t('col_parent'), field: 'parent', sort: x => x.parent, text: x => x.parent ?? '' },
];

const template = columns.map(c => `${c.width}px`).join(' ');

/** Every twin in a sortable, filterable, virtualised table that updates in place with a brief highlight. */
export class TableView {
  readonly el: HTMLElement;
  private rows: TwinSummary[] = [];
  private sortColumn = 'kind';
  private sortDescending = false;
  private readonly header = h('div.thead', { style: `grid-template-columns:${template}` });
  private readonly scroller = h('div.table-scroll', { 'data-testid': 'table-scroll' });
  private readonly spacer = h('div.table-spacer');
  private readonly body = h('div.table-rows', { 'data-testid': 'table-rows' });
  private readonly pool: HTMLElement[] = [];
  private readonly count = h('span.row-count', { 'data-testid': 'table-count' });
  private readonly textFilter: HTMLInputElement;
  private readonly kindFilter: HTMLSelectElement;
  private readonly statusFilter: HTMLSelectElement;
  private readonly districtFilter: HTMLSelectElement;
  private viewTimer = 0;
  private lastViewAt = 0;
  private frame = 0;
  private visible = false;
  private readonly flashes = new CellFlash();

  constructor() {
    this.textFilter = h('input.filter-text', { type: 'search', 'data-testid': 'table-filter', oninput: () => this.recompute() });
    this.kindFilter = h('select', { 'data-testid': 'table-kind', onchange: () => this.recompute() });
    this.statusFilter = h('select', { 'data-testid': 'table-status', onchange: () => this.recompute() });
    this.districtFilter = h('select', { 'data-testid': 'table-district', onchange: () => this.recompute() });
    const toolbar = h('div.table-toolbar', null, this.textFilter,
      h('label', null, h('span', { 'data-text': 'filter_kind' }), this.kindFilter),
      h('label', null, h('span', { 'data-text': 'filter_district' }), this.districtFilter),
      h('label', null, h('span', { 'data-text': 'filter_status' }), this.statusFilter),
      this.count,
      h('button', { type: 'button', 'data-testid': 'export-csv', 'data-text': 'exportCsv', onclick: () => this.exportCsv() }));
    this.spacer.append(this.body);
    this.scroller.append(this.header, this.spacer);
    this.el = h('section.view.table-view', { 'data-view': 'table' }, toolbar, this.scroller);
    this.scroller.addEventListener('scroll', () => this.requestRender(), { passive: true });
    this.body.addEventListener('click', e => this.clickRow(e));
    new ResizeObserver(() => this.requestRender()).observe(this.scroller);
    store.subscribe(changes => this.onChanges(changes));
    onLangChange(() => this.texts());
    this.texts();
    void live.ready.then(() => this.recompute());
  }

  shown(): void {
    this.visible = true;
    this.recompute();
  }

  hidden(): void {
    this.visible = false;
  }

  private texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as TextKey);
    this.textFilter.placeholder = t('filterText');
    fillSelect(this.kindFilter, KINDS.map(k => [k, tx('kind', k)]));
    fillSelect(this.statusFilter, STATUSES.map(s => [s, tx('status', s)]));
    this.renderHeader();
    this.renderRows(null);
  }

  private renderHeader(): void {
    clear(this.header);
    for (const column of columns) {
      const sorted = column.id === this.sortColumn;
      this.header.append(h('div.th', {
        class: `${column.num ? 'num' : ''} ${sorted ? 'sorted' : ''}`.trim(),
        'data-col': column.id,
        'data-sort': sorted ? (this.sortDescending ? 'desc' : 'asc') : null,
        onclick: () => {
          if (this.sortColumn === column.id) this.sortDescending = !this.sortDescending;
          else {
            this.sortColumn = column.id;
            this.sortDescending = column.num === true;
          }
          this.renderHeader();
          this.recompute();
        },
      }, column.label(), sorted ? (this.sortDescending ? ' ▼' : ' ▲') : ''));
    }
  }

  private onChanges(changes: TwinChange[]): void {
    if (changes.some(c => c.fields.has('*') && c.twin.districtCode)) this.fillDistricts();
    if (!this.visible) return;
    // Cells update now; order and membership follow (at most twice a second) only when a change
    // touches the sort column or a field a filter uses: re-sorting 10 000 rows per frame on every
    // reading would starve a wall screen.
    this.renderRows(new Map(changes.map(c => [c.id, c])));
    if (!this.viewTimer && changes.some(c => this.affectsView(c))) {
      this.viewTimer = window.setTimeout(() => {
        this.viewTimer = 0;
        this.recompute();
      }, Math.max(0, 500 - (performance.now() - this.lastViewAt)));
    }
  }

  private affectsView(change: TwinChange): boolean {
    const fields = change.fields;
    if (fields.has('*')) return true;
    const column = columns.find(c => c.id === this.sortColumn);
    if (column && fields.has(column.field)) return true;
    if (this.statusFilter.value && fields.has('status')) return true;
    if (this.districtFilter.value && fields.has('districtCode')) return true;
    return this.textFilter.value.trim() !== '' && fields.has('name');
  }

  private recompute(): void {
    this.lastViewAt = performance.now();
    const text = this.textFilter.value.trim().toLowerCase();
    const kind = this.kindFilter.value, status = this.statusFilter.value, district = this.districtFilter.value;
    const rows: TwinSummary[] = [];
    for (const twin of store.twins.values()) {
      if (twin.kind === 'city') continue;
      if (kind && twin.kind !== kind) continue;
      if (status && twin.status !== status) continue;
      if (district && twin.districtCode !== district) continue;
      if (text && !twin.name.toLowerCase().includes(text) && !twin.key.toLowerCase().includes(text)) continue;
      rows.push(twin);
    }
    const column = columns.find(c => c.id === this.sortColumn) ?? columns[0];
    const direction = this.sortDescending ? -1 : 1;
    // Keys are computed once per row; only names need the (slow) locale-aware comparison.
    const collator = column.id === 'name' ? new Intl.Collator(document.documentElement.lang, { numeric: true }) : null;
    const keyed = rows.map(twin => ({ twin, key: column.sort(twin) }));
    keyed.sort((a, b) => {
      const x = a.key, y = b.key;
      if (x === y) return a.twin.id < b.twin.id ? -1 : a.twin.id > b.twin.id ? 1 : 0;
      if (x === null || x === undefined) return 1; // empty cells last either way
      if (y === null || y === undefined) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y
        : collator ? collator.compare(String(x), String(y)) : String(x) < String(y) ? -1 : 1;
      return order * direction;
    });
    this.rows = keyed.map(k => k.twin);
    this.spacer.style.height = `${rows.length * ROW_HEIGHT + ROW_HEIGHT}px`;
    this.count.textContent = `${rows.length} ${t('rows')}`;
    this.el.dataset.rows = String(rows.length);
    this.renderRows(null);
  }

  private requestRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderRows(null);
    });
  }

  /** Renders the visible rows from a pool of row elements; flashes the cells named in changed. */
  private renderRows(changed: Map<string, TwinChange> | null): void {
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 800;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    const needed = last - first;
    while (this.pool.length < needed) {
      const row = h('div.trow', { style: `grid-template-columns:${template}` }, ...columns.map(c => h('div.td', { 'data-col': c.id, class: c.num ? 'num' : null })));
      this.pool.push(row);
      this.body.append(row);
    }
    this.body.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    for (let i = 0; i < this.pool.length; i++) {
      const row = this.pool[i];
      const twin = this.rows[first + i];
      if (i >= needed || !twin) {
        row.hidden = true;
        continue;
      }
      row.hidden = false;
      const fresh = store.get(twin.id) ?? twin;
      const change = changed?.get(twin.id);
      if (!change && changed && row.dataset.twinId === twin.id) continue;
      this.fillRow(row, fresh, first + i, change);
    }
  }

  private fillRow(row: HTMLElement, twin: TwinSummary, index: number, change: TwinChange | undefined): void {
    row.dataset.twinId = twin.id;
    row.dataset.aqiLevel = String(twin.aqiLevel ?? 0);
    row.dataset.status = twin.status;
    row.dataset.index = String(index);
    row.dataset.version = twin.version.toString();
    const cells = row.children;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = cells[c] as HTMLElement;
      const text = column.text(twin);
      if (cell.textContent !== text) cell.textContent = text;
      if (column.id === 'aqi') {
        cell.style.background = twin.aqiLevel ? levelColor(twin.aqiLevel) : '';
        cell.style.color = twin.aqiLevel ? AQI_TEXT[twin.aqiLevel] : '';
      } else if (column.id === 'status') {
        cell.className = `td status-${twin.status}`;
      }
      if (change && !change.fields.has('*') && change.fields.has(column.field)) {
        this.flashes.flash(cell);
      }
    }
  }

  private clickRow(event: MouseEvent): void {
    const row = (event.target as HTMLElement).closest('.trow') as HTMLElement | null;
    const id = row?.dataset.twinId;
    if (!id) return;
    const twin = store.get(id);
    if (!twin) return;
    const profile = profileUrl(twin.kind, twin.key);
    if (profile && twin.kind === 'enterprise') navigate(profile);
    else if (twin.lon !== null) navigate(`/map?focus=${encodeURIComponent(id)}`);
  }

  private fillDistricts(): void {
    const codes = new Set<string>();
    for (const twin of store.twins.values()) if (twin.districtCode) codes.add(twin.districtCode);
    if (codes.size + 1 === this.districtFilter.options.length) return;
    fillSelect(this.districtFilter, [...codes].sort().map(code => {
      const district = store.get(`district/${code}`);
      return [code, district ? `${district.name} (${code})` : code];
    }));
  }

  /** Downloads the rows as they are filtered and sorted now, every column, as UTF-8 CSV (with BOM for Excel). */
  private exportCsv(): void {
    const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const lines = [columns.map(c => quote(c.label())).join(',')];
    for (const twin of this.rows) {
      const fresh = store.get(twin.id) ?? twin;
      lines.push(columns.map(c => {
        if (c.id === 'heard') return quote(fresh.lastHeardAt ?? '');
        if (c.field.startsWith('values.')) return fresh.values[c.id] === undefined ? '' : String(fresh.values[c.id]);
        return quote(c.text(fresh));
      }).join(','));
    }
    const blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    const link = h('a', { href: URL.createObjectURL(blob), download: `ecotwin-twins-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}

function fillSelect(select: HTMLSelectElement, options: [string, string][]): void {
  const value = select.value;
  clear(select);
  select.append(h('option', { value: '' }, t('all')), ...options.map(([v, label]) => h('option', { value: v }, label)));
  select.value = options.some(([v]) => v === value) ? value : '';
}
