import { clear, h } from '../dom';
import { t, type TextKey } from '../i18n';

/** The states of the closed loop of one problem (design.md: raised -> dispatched -> handled -> reviewed -> closed). */
export const FLOW_STATES = ['raised', 'dispatched', 'handling', 'review', 'closed'] as const;
export type FlowState = (typeof FLOW_STATES)[number];

export interface BoardCard {
  id: string;
  state: FlowState;
  title: string;
  subtitle: string;
  body?: string;
  time: string;
  tone?: 'alarm' | 'warn' | 'info';
  /** data-* attributes for tests and styling. */
  data?: Record<string, string>;
  href?: string;
  /** The card's own controls (actions and their forms), kept as the same element across renders. */
  footer?: HTMLElement | null;
  /** Extra classes (e.g. overdue). */
  classes?: string[];
}

/** A kanban board with one column per flow state; cards re-render as a whole list (they are few). */
export class Board {
  readonly el: HTMLElement;
  private readonly columns = new Map<FlowState, HTMLElement>();
  private readonly counts = new Map<FlowState, HTMLElement>();
  private cards: BoardCard[] = [];

  constructor() {
    this.el = h('div.board');
    for (const state of FLOW_STATES) {
      const list = h('div.board-cards', { 'data-state': state });
      const count = h('span.count', null, '0');
      this.columns.set(state, list);
      this.counts.set(state, count);
      this.el.append(h('div.board-column', { 'data-state': state }, h('h3', null, h('span', { 'data-text': `flow_${state}` }), count), list));
    }
  }

  texts(): void {
    for (const element of this.el.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as TextKey);
    this.render(this.cards);
  }

  render(cards: BoardCard[]): void {
    this.cards = cards;
    for (const state of FLOW_STATES) {
      const list = this.columns.get(state)!;
      const mine = cards.filter(card => card.state === state);
      this.counts.get(state)!.textContent = String(mine.length);
      clear(list);
      for (const card of mine) list.append(this.card(card));
    }
  }

  private card(card: BoardCard): HTMLElement {
    const data: Record<string, string> = {};
    for (const [key, value] of Object.entries(card.data ?? {})) data[`data-${key}`] = value;
    const classes = [`tone-${card.tone ?? 'info'}`, ...(card.classes ?? [])].join('.');
    return h(`article.card.${classes}`, { 'data-card-id': card.id, ...data },
      h('header', null, card.href ? h('a', { href: card.href, 'data-nav': true }, card.title) : h('span', null, card.title), h('time', null, card.time)),
      h('div.sub', null, card.subtitle),
      card.body ? h('p', null, card.body) : null,
      card.footer ?? null);
  }
}
