import { cases, type CaseSummary } from '../cases';
import { h } from '../dom';
import { shortTime } from '../format';
import { toVersion } from '../json';
import { onLangChange, t, tx } from '../i18n';
import { live } from '../live/connection';
import { store } from '../live/store';
import { profileUrl } from '../router';
import { Board, type BoardCard } from '../ui/board';
import { CaseControls } from '../ui/caseControls';

/** The cause of a case as the board words it: exceedance:w01018 reads as "Exceedance w01018". */
function causeText(cause: string | null): string {
  if (!cause) return '';
  const [kind, factor] = cause.split(':');
  return factor ? `${tx('cause', kind === 'exceedance' ? 'exceeding' : kind)} ${factor}` : tx('cause', kind);
}

/**
 * The case board (docs/api.md "Cases"): open cases and the latest closed ones in columns by stage,
 * live from the hub's caseChanges (applied by version), with each card's actions for the signed-in user.
 */
export class FlowView {
  readonly el: HTMLElement;
  private readonly board = new Board();
  private readonly status = h('div.flow-status', { 'data-testid': 'flow-status' });
  private readonly cases = new Map<string, CaseSummary>();
  private readonly controls = new Map<string, CaseControls>();
  private renderDue = 0;
  private fetching: Promise<void> | null = null;
  private stale = true;
  private visible = false;
  /** How many times the cases were loaded (for tests). */
  loads = 0;

  constructor() {
    this.el = h('section.view.flow-view', { 'data-view': 'flow' }, h('p.hint', { 'data-text': 'flow_hint' }), this.status, this.board.el);
    live.onCases((changes, resynced) => (resynced ? this.resync() : this.apply(changes)));
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

  private resync(): void {
    this.stale = true;
    if (this.visible) void this.load();
  }

  private async load(): Promise<void> {
    if (this.fetching) {
      await this.fetching;
      if (!this.stale) return;
    }
    this.stale = false;
    this.fetching = (async () => {
      try {
        const [open, closed] = await Promise.all([cases.open(), cases.recentlyClosed()]);
        this.apply([...open.items, ...closed.items]);
        this.loads++;
        this.el.dataset.loads = String(this.loads);
      } catch (error) {
        this.stale = true;
        this.status.textContent = String(error);
      } finally {
        this.fetching = null;
      }
    })();
    await this.fetching;
  }

  /** Keeps the newest summary of each case (by version) and redraws on the next frame. */
  private apply(changes: CaseSummary[]): void {
    for (const change of changes) {
      const held = this.cases.get(change.id);
      if (held && toVersion(held.version) >= toVersion(change.version)) continue;
      this.cases.set(change.id, change);
      this.controls.get(change.id)?.update(change);
    }
    if (!this.renderDue) this.renderDue = requestAnimationFrame(() => this.render());
  }

  private render(): void {
    this.renderDue = 0;
    const all = [...this.cases.values()].sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.updatedAt.localeCompare(a.updatedAt));
    const open = all.filter(c => c.status !== 'closed').length;
    this.status.textContent = `${t('openCases')}: ${open}`;
    this.el.dataset.cases = String(open);
    this.board.render(all.map(c => this.card(c)));
  }

  private card(summary: CaseSummary): BoardCard {
    const twinId = summary.twinKind && summary.twinKey ? `${summary.twinKind}/${summary.twinKey}` : null;
    const twin = twinId ? store.get(twinId) : undefined;
    let controls = this.controls.get(summary.id);
    if (!controls) this.controls.set(summary.id, (controls = new CaseControls(summary, after => this.apply([after]))));
    const who = summary.handler ?? summary.assignee;
    return {
      id: summary.id,
      state: summary.status,
      title: twin?.name ?? summary.title,
      subtitle: [causeText(summary.cause), twinId, who ? `→ ${who}` : null].filter(Boolean).join(' · '),
      body: summary.deadline && summary.status !== 'closed' ? `${t('deadline')} ${shortTime(summary.deadline)}` : undefined,
      time: shortTime(summary.updatedAt),
      tone: summary.overdue ? 'alarm' : summary.cause === 'offline' ? 'warn' : summary.alarmOpen ? 'alarm' : 'info',
      classes: summary.overdue ? ['overdue'] : [],
      data: {
        'case-id': summary.id, status: summary.status, overdue: String(summary.overdue),
        ...(twinId ? { 'twin-id': twinId } : {}), ...(summary.cause ? { cause: summary.cause.split(':')[0] } : {}),
      },
      href: twinId ? profileUrl(summary.twinKind!, summary.twinKey!) ?? `/map?focus=${encodeURIComponent(twinId)}` : undefined,
      footer: controls.el,
    };
  }

  private texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>(':scope > [data-text]')) element.textContent = t(element.dataset.text as never);
    this.board.texts();
    if (this.cases.size) this.render();
  }
}
