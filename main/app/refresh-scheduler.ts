/**
 * Decides when to fetch the weather: on a jittered interval, with back-off after failures, never
 * while the system sleeps or is offline, and never two requests at once.
 */

import { RateLimitedError } from '../core/errors.ts';
import type { WeatherReport } from '../core/model.ts';
import { delayAfterFailureMs, delayAfterSuccessMs } from './refresh-timing.ts';

/** The timer functions the scheduler uses, so tests can drive it with a fake clock. */
export interface SchedulerTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const systemTimers: SchedulerTimers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Notifications about each refresh, in the order they happen. */
export interface SchedulerListener {
  onRefreshStart?(): void;
  onRefreshSuccess?(report: WeatherReport): void;
  /** `retryAt` is null when the scheduler waits for the network instead of a timer. */
  onRefreshFailure?(error: unknown, retryAt: number | null): void;
  /** A request was aborted because the system went to sleep, went offline or settings changed. */
  onRefreshCancelled?(): void;
  /** The time of the next planned request, or null when none is planned. */
  onScheduleChange?(nextRefreshAt: number | null): void;
  onAvailabilityChange?(availability: { suspended: boolean; offline: boolean }): void;
}

export interface RefreshSchedulerOptions {
  /** Fetches one report. The scheduler aborts the signal when the result is no longer wanted. */
  fetchReport(signal: AbortSignal): Promise<WeatherReport>;
  /** The refresh interval from settings, already clamped to the provider's bounds, in ms. */
  intervalMs(): number;
  /**
   * Reports whether the system has a network connection, such as Electron's `net.isOnline()`.
   * False is taken as offline. True is only a hint, so requests may still fail.
   */
  isOnline?(): boolean;
  listener?: SchedulerListener;
  timers?: SchedulerTimers;
  /** Source of jitter, returning a number in [0, 1). */
  random?(): number;
  /** How often to check `isOnline()` while offline, in ms. */
  onlineCheckIntervalMs?: number;
}

export interface StartOptions {
  /** When the last good report, possibly from a previous run, was received (epoch ms). */
  lastSuccessAt?: number | null;
  /** Update interval of the provider from that report, in seconds. */
  updateIntervalSeconds?: number | null;
}

const defaultOnlineCheckIntervalMs = 30_000;

export class RefreshScheduler {
  private readonly options: RefreshSchedulerOptions;
  private readonly timers: SchedulerTimers;
  private readonly random: () => number;

  private running = false;
  private suspended = false;
  private offline = false;
  private inFlight: Promise<void> | null = null;
  private abortController: AbortController | null = null;
  /** Set when settings changed during a request, so one more request follows it. */
  private refreshAfterFlight = false;
  private refreshTimer: unknown = null;
  private onlineCheckTimer: unknown = null;
  private consecutiveFailures = 0;
  /** Set while the timer after a 429 runs, so that Refresh now does not cut the wait short. */
  private waitingAfterRateLimit = false;
  private updateIntervalSeconds: number | null = null;
  private nextRefreshAt: number | null = null;

  constructor(options: RefreshSchedulerOptions) {
    this.options = options;
    this.timers = options.timers ?? systemTimers;
    this.random = options.random ?? Math.random;
  }

  /** Starts refreshing. A report younger than the interval delays the first request. */
  start(startOptions: StartOptions = {}): void {
    if (this.running) {
      return;
    }
    this.running = true;
    this.updateIntervalSeconds = startOptions.updateIntervalSeconds ?? null;

    if (this.options.isOnline?.() === false) {
      this.setOffline(true);
      return;
    }

    const now = this.timers.now();
    const lastSuccessAt = startOptions.lastSuccessAt ?? null;
    if (lastSuccessAt !== null && lastSuccessAt <= now) {
      const dueAt = lastSuccessAt + this.regularDelayMs();
      if (dueAt > now) {
        this.schedule(dueAt - now);
        return;
      }
    }
    void this.refresh();
  }

  /** Stops all timers and aborts a request in flight. */
  stop(): void {
    this.running = false;
    this.clearRefreshTimer();
    this.clearOnlineCheck();
    this.abortInFlight();
    this.setNextRefreshAt(null);
  }

  /**
   * Refreshes at once, or joins the request already in flight. Does nothing while the system
   * is suspended or offline, or while the provider's rate limit runs out, and resolves when the
   * refresh has finished either way.
   */
  refreshNow(): Promise<void> {
    if (!this.running || this.suspended || this.waitingAfterRateLimit) {
      return Promise.resolve();
    }
    if (this.offline && this.options.isOnline?.() !== true) {
      return Promise.resolve();
    }
    if (this.offline) {
      this.setOffline(false);
    }
    return this.refresh();
  }

  /**
   * Makes exactly one new request for changed settings: an older request in flight is aborted
   * first, and the new one waits for it to settle, so two never overlap.
   */
  settingsChanged(): void {
    if (!this.running) {
      return;
    }
    this.consecutiveFailures = 0;
    this.updateIntervalSeconds = null;

    // Waking up or reconnecting refreshes anyway, with the new settings.
    if (this.suspended || this.offline) {
      return;
    }
    if (this.inFlight) {
      this.refreshAfterFlight = true;
      this.abortInFlight();
      return;
    }
    void this.refresh();
  }

  /** Stops requests while the system sleeps. A request in flight is aborted and not retried. */
  suspend(): void {
    if (this.suspended) {
      return;
    }
    this.suspended = true;
    this.clearRefreshTimer();
    this.clearOnlineCheck();
    this.abortInFlight();
    this.setNextRefreshAt(null);
    this.notifyAvailability();
  }

  /**
   * Refreshes once after the system wakes. A second `resume` without a `suspend` in between
   * refreshes only if a refresh is overdue, so duplicate events make no extra requests.
   */
  resume(): void {
    if (!this.running) {
      return;
    }
    if (!this.suspended) {
      if (this.isOverdue()) {
        void this.refresh();
      }
      return;
    }

    this.suspended = false;
    this.notifyAvailability();
    if (this.options.isOnline?.() === false) {
      if (this.offline) {
        this.startOnlineCheck();
      } else {
        this.setOffline(true);
      }
      return;
    }
    this.setOffline(false);
    void this.refresh();
  }

  /** Takes a hint about connectivity. Going online makes one refresh. */
  setOnline(online: boolean): void {
    if (!this.running) {
      return;
    }
    if (online === !this.offline) {
      return;
    }

    if (!online) {
      this.abortInFlight();
      this.setOffline(true);
      return;
    }

    this.setOffline(false);
    if (!this.suspended) {
      void this.refresh();
    }
  }

  /** Resolves when no request is in flight. */
  async whenIdle(): Promise<void> {
    while (this.inFlight) {
      await this.inFlight;
    }
  }

  get isRefreshing(): boolean {
    return this.inFlight !== null;
  }

  get isSuspended(): boolean {
    return this.suspended;
  }

  get isOffline(): boolean {
    return this.offline;
  }

  get plannedRefreshAt(): number | null {
    return this.nextRefreshAt;
  }

  private refresh(): Promise<void> {
    if (this.inFlight) {
      return this.inFlight;
    }
    this.clearRefreshTimer();
    this.setNextRefreshAt(null);

    const controller = new AbortController();
    this.abortController = controller;
    this.options.listener?.onRefreshStart?.();

    const flight = this.runRequest(controller).finally(() => {
      this.inFlight = null;
      this.abortController = null;
      this.afterFlight();
    });
    this.inFlight = flight;
    return flight;
  }

  private async runRequest(controller: AbortController): Promise<void> {
    let report: WeatherReport;
    try {
      report = await this.options.fetchReport(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) {
        this.options.listener?.onRefreshCancelled?.();
        return;
      }
      this.handleFailure(error);
      return;
    }

    if (controller.signal.aborted) {
      this.options.listener?.onRefreshCancelled?.();
      return;
    }
    this.consecutiveFailures = 0;
    this.updateIntervalSeconds = report.updateIntervalSeconds;
    this.options.listener?.onRefreshSuccess?.(report);
    this.schedule(this.regularDelayMs());
  }

  private handleFailure(error: unknown): void {
    this.consecutiveFailures += 1;

    // A failed request while the system reports no network means offline, not a provider fault.
    if (this.options.isOnline?.() === false) {
      this.options.listener?.onRefreshFailure?.(error, null);
      this.setOffline(true);
      return;
    }

    const delayMs = delayAfterFailureMs(this.consecutiveFailures, error, this.random);
    this.options.listener?.onRefreshFailure?.(error, this.timers.now() + delayMs);
    this.schedule(delayMs);
    this.waitingAfterRateLimit = error instanceof RateLimitedError && this.refreshTimer !== null;
  }

  private afterFlight(): void {
    if (!this.running || this.suspended || this.offline) {
      return;
    }
    if (this.refreshAfterFlight) {
      this.refreshAfterFlight = false;
      void this.refresh();
    }
  }

  private regularDelayMs(): number {
    return delayAfterSuccessMs(this.options.intervalMs(), this.updateIntervalSeconds, this.random);
  }

  private isOverdue(): boolean {
    if (this.inFlight || this.offline || this.nextRefreshAt === null) {
      return false;
    }
    return this.timers.now() >= this.nextRefreshAt;
  }

  private schedule(delayMs: number): void {
    this.clearRefreshTimer();
    if (!this.running || this.suspended || this.offline) {
      this.setNextRefreshAt(null);
      return;
    }
    this.refreshTimer = this.timers.setTimeout(() => {
      this.refreshTimer = null;
      this.onTimer();
    }, delayMs);
    this.setNextRefreshAt(this.timers.now() + delayMs);
  }

  private onTimer(): void {
    if (this.options.isOnline?.() === false) {
      this.setOffline(true);
      return;
    }
    void this.refresh();
  }

  private setOffline(offline: boolean): void {
    if (this.offline === offline) {
      return;
    }
    this.offline = offline;
    if (offline) {
      this.clearRefreshTimer();
      this.setNextRefreshAt(null);
      this.startOnlineCheck();
    } else {
      this.clearOnlineCheck();
    }
    this.notifyAvailability();
  }

  private startOnlineCheck(): void {
    if (!this.options.isOnline || this.onlineCheckTimer !== null || this.suspended) {
      return;
    }
    const intervalMs = this.options.onlineCheckIntervalMs ?? defaultOnlineCheckIntervalMs;
    const check = () => {
      this.onlineCheckTimer = null;
      if (!this.running || !this.offline) {
        return;
      }
      if (this.options.isOnline?.() === true) {
        this.setOnline(true);
        return;
      }
      this.onlineCheckTimer = this.timers.setTimeout(check, intervalMs);
    };
    this.onlineCheckTimer = this.timers.setTimeout(check, intervalMs);
  }

  private clearOnlineCheck(): void {
    if (this.onlineCheckTimer !== null) {
      this.timers.clearTimeout(this.onlineCheckTimer);
      this.onlineCheckTimer = null;
    }
  }

  private clearRefreshTimer(): void {
    this.waitingAfterRateLimit = false;
    if (this.refreshTimer !== null) {
      this.timers.clearTimeout(this.refreshTimer);
      this.refreshTimer = null;
    }
  }

  private abortInFlight(): void {
    this.abortController?.abort();
  }

  private setNextRefreshAt(nextRefreshAt: number | null): void {
    if (this.nextRefreshAt === nextRefreshAt) {
      return;
    }
    this.nextRefreshAt = nextRefreshAt;
    this.options.listener?.onScheduleChange?.(nextRefreshAt);
  }

  private notifyAvailability(): void {
    this.options.listener?.onAvailabilityChange?.({
      suspended: this.suspended,
      offline: this.offline,
    });
  }
}
