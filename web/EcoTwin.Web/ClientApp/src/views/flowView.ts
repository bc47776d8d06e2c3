import { api } from '../api';
import { h } from '../dom';
import { shortTime } from '../format';
import { onLangChange, t, tx } from '../i18n';
import { store, type TwinChange } from '../live/store';
import { profileUrl } from '../router';
import type { AlarmRecord } from '../types';
import { Board, type BoardCard } from '../ui/board';

/**
 * The alarm/case board. Until cases exist, open alarms are cards in "raised"; alarm counts arrive with
 * summaries, so the alarms are fetched again (debounced) whenever a twin's openAlarms changes.
 */
export class FlowView {
  readonly el: HTMLElement;
  private readonly board = new Board();
  private readonly status = h('div.flow-status', { 'data-testid': 'flow-status' });
  private alarms: AlarmRecord[] = [];
  private timer = 0;
  private fetching: Promise<void> | null = null;
  private stale = true;
  private visible = false;
  private retries = 0;
  /** How many times the alarms were loaded (for tests). */
  loads = 0;

  constructor() {
    this.el = h('section.view.flow-view', { 'data-view': 'flow' }, h('p.hint', { 'data-text': 'flow_hint' }), this.status, this.board.el);
    store.subscribe(changes => this.onChanges(changes));
    onLangChange(() => this.texts());
    this.texts();
  }

  shown(): void {
    this.visible = true;
    if (this.stale) void this.load();
  }

  hidden(): void {
    this.visible = false;
  }

  private onChanges(changes: TwinChange[]): void {
    if (!changes.some(c => c.fields.has('openAlarms') || (c.fields.has('*') && c.twin.openAlarms > 0))) return;
    this.stale = true;
    if (!this.visible) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.load(), 800);
  }

  private async load(): Promise<void> {
    if (this.fetching) {
      await this.fetching;
      if (!this.stale) return;
    }
    this.stale = false;
    this.fetching = (async () => {
      try {
        const page = await api.openAlarms();
        this.alarms = page.items;
        this.loads++;
        this.el.dataset.loads = String(this.loads);
        this.el.dataset.alarms = String(page.total);
        this.status.textContent = `${t('openAlarms')}: ${page.total}`;
        this.render();
        this.settle(page.total);
      } catch (error) {
        this.stale = true;
        this.status.textContent = String(error);
      } finally {
        this.fetching = null;
      }
    })();
    await this.fetching;
  }

  /**
   * Alarms are written behind, so a summary's new openAlarms can arrive before its alarm is in the list:
   * while the list and the twins' counts disagree, fetch again (1, 2, 4, 8 s).
   */
  private settle(total: number): void {
    let expected = 0;
    for (const twin of store.twins.values()) if (twin.kind === 'station' || twin.kind === 'source') expected += twin.openAlarms;
    if (total === expected || this.retries >= 4) {
      this.retries = 0;
      return;
    }
    const delay = 1000 * 2 ** this.retries++;
    this.stale = true;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.load(), delay);
  }

  private render(): void {
    const cards: BoardCard[] = this.alarms.map(alarm => {
      const twin = store.get(`${alarm.twinKind}/${alarm.twinKey}`);
      return {
        id: alarm.id,
        state: 'raised',
        title: twin?.name ?? `${alarm.twinKind}/${alarm.twinKey}`,
        subtitle: `${tx('cause', alarm.cause)} · ${tx('kind', alarm.twinKind)} ${alarm.twinKey}`,
        body: alarm.detail ?? undefined,
        time: shortTime(alarm.raisedAt),
        tone: alarm.cause === 'offline' ? 'warn' : 'alarm',
        data: { 'twin-id': `${alarm.twinKind}/${alarm.twinKey}`, cause: alarm.cause },
        href: profileUrl(alarm.twinKind, alarm.twinKey) ?? `/map?focus=${encodeURIComponent(`${alarm.twinKind}/${alarm.twinKey}`)}`,
      };
    });
    this.board.render(cards);
  }

  private texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>(':scope > [data-text]')) element.textContent = t(element.dataset.text as never);
    this.board.texts();
    if (this.alarms.length) this.render();
  }
}
