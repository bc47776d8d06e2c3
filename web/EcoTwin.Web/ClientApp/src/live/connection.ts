import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { api } from '../api';
import type { CaseSummary } from '../cases';
import type { TwinSummary } from '../types';
import { mark } from '../perf';
import { ExactJsonHubProtocol } from './protocol';
import { store } from './store';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/**
 * The live feed (docs/api.md "Live"): on every (re)connect join the groups first, buffer `changes`,
 * load the snapshot, apply it, then the buffered and later deltas by version.
 */
class LiveConnection {
  state: ConnectionState = 'connecting';
  /** Resolves when the first snapshot has been applied. */
  readonly ready: Promise<void>;
  /** How many snapshots were loaded (1 + reconnects). */
  syncs = 0;
  private resolveReady!: () => void;
  private connection: HubConnection;
  private buffer: TwinSummary[] | null = null;
  private twinGroups = new Map<string, number>();
  private stateListeners = new Set<(state: ConnectionState) => void>();
  private caseListeners = new Set<(cases: CaseSummary[], resynced: boolean) => void>();
  private started = false;

  constructor() {
    this.ready = new Promise(resolve => (this.resolveReady = resolve));
    this.connection = new HubConnectionBuilder()
      // WebSockets straight away: no negotiate round trip before the first snapshot.
      .withUrl('/hubs/twins', { skipNegotiation: true, transport: HttpTransportType.WebSockets })
      .withHubProtocol(new ExactJsonHubProtocol())
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(500 * 2 ** ctx.previousRetryCount, 10_000) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.serverTimeoutInMilliseconds = 60_000;
    this.connection.on('changes', (changes: TwinSummary[]) => {
      if (window.__ecotwin?.trace) {
        const now = Date.now();
        for (const change of changes) change.receivedAt = now;
      }
      if (this.buffer) this.buffer.push(...changes);
      else store.apply(changes);
    });
    this.connection.on('caseChanges', (cases: CaseSummary[]) => {
      for (const listener of this.caseListeners) listener(cases, false);
    });
    this.connection.onreconnecting(() => this.setState('reconnecting'));
    this.connection.onreconnected(() => void this.sync());
    this.connection.onclose(() => {
      this.setState('disconnected');
      setTimeout(() => void this.start(), 2_000);
    });
  }

  /** Whether the exact (join-then-snapshot) state has been reached once. */
  isReady = false;

  /**
   * Starts the connection (retrying until the server answers). The snapshot is loaded only after the
   * join (an early parallel snapshot was measured: on a loaded 2-core host the doubled server work made
   * first paint slower, not faster).
   */
  async start(): Promise<void> {
    if (this.started && this.connection.state !== HubConnectionState.Disconnected) return;
    this.started = true;
    for (let attempt = 0; ; attempt++) {
      try {
        this.setState(attempt === 0 ? 'connecting' : 'reconnecting');
        this.buffer = [];
        await this.connection.start();
        mark('connected');
        await this.sync();
        return;
      } catch (error) {
        console.warn('live: connecting failed, retrying', error);
        await new Promise(resolve => setTimeout(resolve, Math.min(500 * 2 ** attempt, 10_000)));
      }
    }
  }

  /** Also receive the changes of one twin (an open panel or profile) while the returned function is not called. */
  watchTwin(id: string): () => void {
    const count = this.twinGroups.get(id) ?? 0;
    this.twinGroups.set(id, count + 1);
    if (count === 0 && this.connection.state === HubConnectionState.Connected) {
      this.connection.invoke('JoinTwin', id).catch(error => console.warn('live: JoinTwin failed', error));
    }
    return () => {
      const left = (this.twinGroups.get(id) ?? 1) - 1;
      if (left > 0) {
        this.twinGroups.set(id, left);
        return;
      }
      this.twinGroups.delete(id);
      if (this.connection.state === HubConnectionState.Connected) {
        this.connection.invoke('Leave', `twin/${id}`).catch(() => undefined);
      }
    };
  }

  /**
   * Receives the case board's changes (hub group "cases", joined on every connect); the listener is
   * also called with an empty list and resynced=true after each (re)join, when it should reload.
   */
  onCases(listener: (cases: CaseSummary[], resynced: boolean) => void): () => void {
    this.caseListeners.add(listener);
    return () => this.caseListeners.delete(listener);
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  private async sync(): Promise<void> {
    this.buffer ??= [];
    try {
      await this.connection.invoke('JoinCity');
      await this.connection.invoke('JoinCases');
      for (const listener of this.caseListeners) listener([], true);
      for (const id of this.twinGroups.keys()) await this.connection.invoke('JoinTwin', id);
      mark('joined');
      const snapshot = await api.snapshot();
      mark('snapshotParsed');
      store.apply(snapshot.items);
      mark('snapshotApplied');
      const buffered = this.buffer;
      this.buffer = null;
      store.apply(buffered);
      this.syncs++;
      this.setState('connected');
      this.isReady = true;
      this.resolveReady();
    } catch (error) {
      console.warn('live: sync failed; reconnecting', error);
      this.buffer = null;
      await this.connection.stop(); // onclose restarts
    }
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

export const live = new LiveConnection();
