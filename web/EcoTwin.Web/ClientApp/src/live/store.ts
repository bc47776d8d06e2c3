import { toVersion } from '../json';
import type { TwinSummary } from '../types';

/** What changed in one twin since the last frame. */
export interface TwinChange {
  id: string;
  twin: TwinSummary;
  previous: TwinSummary | undefined;
  /** Top-level fields whose value changed, plus `values.<code>` for each changed factor value. */
  fields: Set<string>;
}

type Listener = (changes: TwinChange[]) => void;

const COMPARED: (keyof TwinSummary)[] = ['name', 'status', 'aqi', 'aqiLevel', 'openAlarms', 'lastHeardAt', 'districtCode', 'lon', 'lat', 'parent', 'subKind'];

function diff(previous: TwinSummary | undefined, next: TwinSummary, into: Set<string>): void {
  if (!previous) {
    into.add('*');
    return;
  }
  for (const field of COMPARED) {
    if (previous[field] !== next[field]) into.add(field);
  }
  if (previous.primary.join() !== next.primary.join()) into.add('primary');
  for (const [code, value] of Object.entries(next.values)) {
    if (previous.values[code] !== value) into.add(`values.${code}`);
  }
}

/**
 * Every twin's newest summary, by id. A summary replaces the held one only when its version is higher
 * (docs/api.md), so snapshot and deltas may arrive in any order. Listeners hear about changes once per
 * animation frame, never per message.
 */
export class TwinStore {
  readonly twins = new Map<string, TwinSummary>();
  /** Rises with every applied summary. */
  revision = 0;
  /** Summaries received and ignored because they were not newer. */
  ignored = 0;
  private pending = new Map<string, TwinChange>();
  private listeners = new Set<Listener>();
  private scheduled = false;

  /** Applies summaries by version; returns how many were newer than what was held. */
  apply(items: readonly TwinSummary[]): number {
    let applied = 0;
    for (const item of items) {
      if (!item.id) item.id = `${item.kind}/${item.key}`;
      item.version = toVersion(item.version);
      const held = this.twins.get(item.id);
      if (held && held.version >= item.version) {
        this.ignored++;
        continue;
      }
      item.values ??= {};
      item.primary ??= [];
      this.twins.set(item.id, item);
      let change = this.pending.get(item.id);
      if (!change) {
        change = { id: item.id, twin: item, previous: held, fields: new Set() };
        this.pending.set(item.id, change);
      }
      change.twin = item;
      diff(held, item, change.fields);
      applied++;
    }
    if (applied > 0) {
      this.revision += applied;
      this.schedule();
    }
    return applied;
  }

  /** Calls listener with the changes of each frame; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): TwinSummary | undefined {
    return this.twins.get(id);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Hidden pages get no animation frames; a timer keeps them current at a lower rate.
    if (document.visibilityState === 'hidden') setTimeout(() => this.flush(), 250);
    else requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const changes = [...this.pending.values()];
    this.pending.clear();
    for (const listener of this.listeners) {
      try {
        listener(changes);
      } catch (error) {
        console.error('twin listener failed', error);
      }
    }
  }
}

export const store = new TwinStore();
