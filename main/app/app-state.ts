/**
 * The state that the tray, the tooltip and the panel show, updated from refresh events. Each
 * change produces a new `AppState` object and notifies the subscribers.
 */

import type { AppState, RefreshStatus } from '../common/ipc-contract.ts';
import { toWeatherFailure, type WeatherFailure } from '../core/errors.ts';
import type { WeatherReport } from '../core/model.ts';

export type AppStateListener = (state: AppState) => void;

export interface AppStateOptions {
  now?(): number;
  /** Age after which a report counts as stale even without a failure, in ms. */
  staleAfterMs(): number;
  /** Masks secrets in a failure message, which renderers and the tooltip show. */
  redact?(text: string): string;
}

function deriveStatus(state: Omit<AppState, 'status'>, isOld: boolean): RefreshStatus {
  if (state.report === null) {
    return state.failure !== null || state.offline ? 'error' : 'loading';
  }
  if (state.failure !== null || state.offline || isOld) {
    return 'stale';
  }
  return 'ok';
}

export class AppStateStore {
  private readonly options: AppStateOptions;
  private readonly listeners = new Set<AppStateListener>();
  private value: AppState = {
    status: 'loading',
    report: null,
    lastSuccessAt: null,
    failure: null,
    offline: false,
    refreshing: false,
    nextRefreshAt: null,
  };

  constructor(options: AppStateOptions) {
    this.options = options;
  }

  /** The current state, with its status recomputed for the report's age now. */
  get state(): AppState {
    const status = deriveStatus(this.value, this.isReportOld(this.value));
    if (status !== this.value.status) {
      this.value = { ...this.value, status };
    }
    return this.value;
  }

  subscribe(listener: AppStateListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Shows a report from a previous run at once. Its age decides whether it is stale. */
  restore(report: WeatherReport, receivedAt: string): void {
    this.update({ report, lastSuccessAt: receivedAt, failure: null });
  }

  refreshStarted(): void {
    this.update({ refreshing: true });
  }

  refreshSucceeded(report: WeatherReport): void {
    this.update({
      report,
      lastSuccessAt: new Date(this.now()).toISOString(),
      failure: null,
      offline: false,
      refreshing: false,
    });
  }

  refreshFailed(error: unknown): WeatherFailure {
    const failure = toWeatherFailure(error);
    if (this.options.redact) {
      failure.message = this.options.redact(failure.message);
    }
    this.update({ failure, refreshing: false });
    return failure;
  }

  refreshCancelled(): void {
    this.update({ refreshing: false });
  }

  scheduleChanged(nextRefreshAt: number | null): void {
    this.update({
      nextRefreshAt: nextRefreshAt === null ? null : new Date(nextRefreshAt).toISOString(),
    });
  }

  availabilityChanged(availability: { offline: boolean }): void {
    this.update({ offline: availability.offline });
  }

  /** Drops the report after the location or provider changed, since it is for another place. */
  clearReport(): void {
    this.update({ report: null, lastSuccessAt: null, failure: null });
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private isReportOld(state: Omit<AppState, 'status'>): boolean {
    if (state.lastSuccessAt === null) {
      return false;
    }
    const age = this.now() - Date.parse(state.lastSuccessAt);
    return age > this.options.staleAfterMs();
  }

  private update(change: Partial<Omit<AppState, 'status'>>): void {
    const next = { ...this.value, ...change };
    this.value = { ...next, status: deriveStatus(next, this.isReportOld(next)) };
    for (const listener of this.listeners) {
      listener(this.value);
    }
  }
}
