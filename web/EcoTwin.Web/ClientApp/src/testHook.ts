import type { ConnectionState } from './live/connection';
import { timings } from './perf';
import type { TwinStore } from './live/store';
import type { TwinSummary } from './types';
import type { FlowView } from './views/flowView';
import type { MapView } from './views/mapView';

/**
 * window.__ecotwin: a small surface for browser tests and the benchmark, so they wait on real
 * conditions (snapshot applied, map drawn and idle, a twin drawn with a level) instead of sleeping.
 */
export interface EcoTwinHook {
  /** Resolves when the first snapshot has been applied. */
  ready: Promise<void>;
  /** Every twin's newest summary, by id (kind/key). */
  twins: Map<string, TwinSummary>;
  /** Rises with every applied summary. */
  readonly version: number;
  /** Resolves when the map has drawn the twins and is idle (creates the map view if needed). */
  readonly mapIdle: Promise<void>;
  /** The store revision the map last drew (and went idle after). */
  readonly mapDrawnVersion: number;
  readonly connection: ConnectionState;
  readonly flowLoads: number;
  /** The drawn properties of a twin on the map ({id, kind, level, status, layer}) or null. */
  mapFeature(id: string): Record<string, unknown> | null;
  /** A twin's summary as plain JSON (version as a string). */
  twin(id: string): Record<string, unknown> | null;
  /**
   * When set to an array, [id, values, rendered at, received at, evaluated at] of every change is
   * pushed at the frame it is rendered (Unix ms; evaluated at = when the twin made the summary, its version).
   */
  trace: [string, Record<string, number>, number, number, number][] | null;
  /** Milestones in ms since navigation start: snapshotApplied, mapIdle. */
  timings: Record<string, number>;
}

declare global {
  interface Window {
    __ecotwin: EcoTwinHook;
  }
}

export function installTestHook(parts: {
  store: TwinStore;
  live: { ready: Promise<void>; state: ConnectionState };
  map: () => MapView;
  mapIfCreated: () => MapView | null;
  flow: () => FlowView | null;
}): void {
  const hook: EcoTwinHook = {
    ready: parts.live.ready,
    twins: parts.store.twins,
    get version() { return parts.store.revision; },
    get mapIdle() { return parts.map().idle; },
    get mapDrawnVersion() { return parts.mapIfCreated()?.drawnRevision ?? 0; },
    get connection() { return parts.live.state; },
    get flowLoads() { return parts.flow()?.loads ?? 0; },
    mapFeature: id => parts.mapIfCreated()?.renderedFeature(id) ?? null,
    twin: id => {
      const twin = parts.store.get(id);
      return twin ? JSON.parse(JSON.stringify(twin, (_, v) => (typeof v === 'bigint' ? v.toString() : v))) : null;
    },
    trace: null,
    timings,
  };
  parts.store.subscribe(changes => {
    if (!hook.trace) return;
    const now = Date.now();
    for (const change of changes) {
      hook.trace.push([change.id, change.twin.values, now, change.twin.receivedAt ?? 0, ticksToUnixMs(change.twin.version)]);
    }
  });
  window.__ecotwin = hook;
}

/** .NET ticks (100 ns since 0001-01-01 UTC) to Unix milliseconds. */
function ticksToUnixMs(ticks: bigint): number {
  return Number((ticks - 621_355_968_000_000_000n) / 10_000n);
}
