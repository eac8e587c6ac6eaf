/**
 * The refresh scheduler on a fake clock (vitest fake timers for setTimeout and Date), making real
 * HTTP requests through the Open-Meteo provider to a loopback server that counts them.
 */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshScheduler, type SchedulerListener } from '../../main/app/refresh-scheduler.ts';
import type { WeatherReport } from '../../main/core/model.ts';
import { createProvider } from '../../main/core/providers/index.ts';
import { LoopbackServer, type Reply } from '../support/loopback-server.ts';
import { metricForecast } from '../support/open-meteo-responses.ts';
import { loopbackProviderOptions } from '../support/providers.ts';

const minute = 60_000;
const hour = 60 * minute;
const start = Date.parse('2025-07-08T17:30:00.000Z');
const forecastPath = '/v1/forecast';

let server: LoopbackServer;
let scheduler: RefreshScheduler | null = null;

const forecast: Reply = { body: metricForecast() };

interface Harness {
  scheduler: RefreshScheduler;
  online: { value: boolean };
  interval: { ms: number };
  events: string[];
  /** Highest number of `fetchReport` calls that were running at the same time. */
  maxConcurrent: () => number;
}

function createScheduler(options: { random?: () => number } = {}): Harness {
  const provider = createProvider('open-meteo', loopbackProviderOptions(server, { retry: 0 }));
  const online = { value: true };
  const interval = { ms: 15 * minute };
  const events: string[] = [];
  let running = 0;
  let maxConcurrent = 0;

  const listener: SchedulerListener = {
    onRefreshStart: () => events.push('start'),
    onRefreshSuccess: () => events.push('success'),
    onRefreshFailure: (error) => events.push(`failure ${(error as Error).name}`),
    onRefreshCancelled: () => events.push('cancelled'),
  };

  const created = new RefreshScheduler({
    fetchReport: async (signal): Promise<WeatherReport> => {
      running += 1;
      maxConcurrent = Math.max(maxConcurrent, running);
      try {
        return await provider.fetchWeather({
          latitude: 52.52,
          longitude: 13.41,
          units: 'metric',
          signal,
        });
      } finally {
        running -= 1;
      }
    },
    intervalMs: () => interval.ms,
    isOnline: () => online.value,
    listener,
    random: options.random ?? (() => 0.5),
  });
  scheduler = created;
  return { scheduler: created, online, interval, events, maxConcurrent: () => maxConcurrent };
}

/** Advances the fake clock to `time`, letting each due refresh finish before going on. */
async function runUntil(target: RefreshScheduler, time: number): Promise<void> {
  await target.whenIdle();
  for (;;) {
    const next = target.plannedRefreshAt;
    if (next === null || next > time) {
      await vi.advanceTimersByTimeAsync(Math.max(0, time - Date.now()));
      await target.whenIdle();
      return;
    }
    // Stop exactly at the due time so that no request timeout runs while a request is pending.
    await vi.advanceTimersByTimeAsync(next - Date.now());
    await target.whenIdle();
  }
}

function requestCount(): number {
  return server.requestsTo(forecastPath).length;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: start });
  server = new LoopbackServer();
  await server.start();
  server.route(forecastPath, forecast);
});

afterEach(async () => {
  scheduler?.stop();
  await scheduler?.whenIdle();
  scheduler = null;
  vi.useRealTimers();
  await server.stop();
});

describe('RefreshScheduler', () => {
  it('refreshes at start and then on the interval', async () => {
    const { scheduler } = createScheduler();

    scheduler.start();
    await scheduler.whenIdle();
    expect(requestCount()).toBe(1);

    await runUntil(scheduler, start + 14 * minute);
    expect(requestCount()).toBe(1);

    await runUntil(scheduler, start + 16 * minute);
    expect(requestCount()).toBe(2);
  });

  it('makes at most 96 requests in 24 hours at default settings', async () => {
    const { scheduler } = createScheduler({ random: Math.random });

    scheduler.start();
    await runUntil(scheduler, start + 24 * hour);

    const times = server.requestsTo(forecastPath).map((request) => request.receivedAt);
    expect(times.length).toBeLessThanOrEqual(96);
    expect(times.length).toBeGreaterThanOrEqual(90);
    for (let index = 1; index < times.length; index += 1) {
      expect((times[index] ?? 0) - (times[index - 1] ?? 0)).toBeGreaterThanOrEqual(15 * minute);
    }
  });

  it('waits for a fresh cached report before the first request', async () => {
    const { scheduler } = createScheduler();

    scheduler.start({ lastSuccessAt: start - 5 * minute, updateIntervalSeconds: 900 });
    await scheduler.whenIdle();
    expect(requestCount()).toBe(0);

    await runUntil(scheduler, start + 11 * minute);
    expect(requestCount()).toBe(1);
  });

  it('refreshes at once when the cached report is old', async () => {
    const { scheduler } = createScheduler();

    scheduler.start({ lastSuccessAt: start - 2 * hour });
    await scheduler.whenIdle();

    expect(requestCount()).toBe(1);
  });

  it('refreshes once after suspend and two resumes', async () => {
    const { scheduler } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();

    scheduler.suspend();
    await runUntil(scheduler, start + 3 * hour);
    expect(requestCount()).toBe(1);
    expect(scheduler.plannedRefreshAt).toBeNull();

    scheduler.resume();
    scheduler.resume();
    await scheduler.whenIdle();
    scheduler.resume();
    await scheduler.whenIdle();

    expect(requestCount()).toBe(2);
    expect(scheduler.plannedRefreshAt).toBeGreaterThan(Date.now());
  });

  it('aborts a request in flight on suspend', async () => {
    let releaseResponse = () => {};
    server.route(forecastPath, async () => {
      await new Promise<void>((resolve) => {
        releaseResponse = resolve;
      });
      return forecast;
    });
    const { scheduler, events } = createScheduler();
    scheduler.start();

    scheduler.suspend();
    await scheduler.whenIdle();
    releaseResponse();

    expect(events).toEqual(['start', 'cancelled']);
  });

  it('makes no requests while offline and one when back online', async () => {
    const { scheduler, online } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();

    online.value = false;
    scheduler.setOnline(false);
    await runUntil(scheduler, start + 2 * hour);
    expect(requestCount()).toBe(1);
    expect(scheduler.isOffline).toBe(true);

    online.value = true;
    scheduler.setOnline(true);
    scheduler.setOnline(true);
    await scheduler.whenIdle();

    expect(requestCount()).toBe(2);
    expect(scheduler.isOffline).toBe(false);
  });

  it('notices the network coming back by itself', async () => {
    const { scheduler, online } = createScheduler();
    online.value = false;
    scheduler.start();
    expect(scheduler.isOffline).toBe(true);

    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(requestCount()).toBe(0);

    online.value = true;
    await vi.advanceTimersByTimeAsync(30_000);
    await scheduler.whenIdle();

    expect(requestCount()).toBe(1);
  });

  it('goes offline instead of backing off when a request fails without network', async () => {
    server.route(forecastPath, { destroy: true });
    const { scheduler, online, events } = createScheduler();
    scheduler.start();
    online.value = false;
    await scheduler.whenIdle();

    expect(events).toEqual(['start', 'failure NetworkUnreachableError']);
    expect(scheduler.isOffline).toBe(true);
    expect(scheduler.plannedRefreshAt).toBeNull();
  });

  it('honours Retry-After on a 429', async () => {
    server.route(forecastPath, {
      status: 429,
      headers: { 'retry-after': '1200' },
      body: { error: true, reason: 'Too many requests' },
    });
    const { scheduler, events } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();
    expect(events).toEqual(['start', 'failure RateLimitedError']);
    expect((scheduler.plannedRefreshAt ?? 0) - Date.now()).toBeGreaterThanOrEqual(20 * minute);

    server.route(forecastPath, forecast);
    await runUntil(scheduler, start + 19 * minute);
    expect(requestCount()).toBe(1);

    await runUntil(scheduler, start + 21 * minute);
    expect(requestCount()).toBe(2);
    expect(events.at(-1)).toBe('success');
  });

  it('keeps the Retry-After wait on Refresh now', async () => {
    server.route(forecastPath, {
      status: 429,
      headers: { 'retry-after': '1200' },
      body: { error: true, reason: 'Too many requests' },
    });
    const { scheduler } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();
    server.route(forecastPath, forecast);

    await scheduler.refreshNow();
    await scheduler.refreshNow();
    expect(requestCount()).toBe(1);

    await runUntil(scheduler, start + 21 * minute);
    expect(requestCount()).toBe(2);
    await scheduler.refreshNow();
    expect(requestCount()).toBe(3);
  });

  it('backs off exponentially up to an hour', async () => {
    server.route(forecastPath, { status: 503, body: 'unavailable' });
    const { scheduler } = createScheduler({ random: () => 0 });
    scheduler.start();

    await runUntil(scheduler, start + 6 * hour);

    const gaps = server
      .requestsTo(forecastPath)
      .map((request, index, all) => request.receivedAt - (all[index - 1]?.receivedAt ?? start))
      .slice(1)
      .map((gap) => Math.round(gap / 1.01 / minute));
    expect(gaps.slice(0, 8)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('joins a request in flight on Refresh now', async () => {
    let releaseResponse = () => {};
    let requestReceived = () => {};
    const received = new Promise<void>((resolve) => {
      requestReceived = resolve;
    });
    server.route(forecastPath, async () => {
      requestReceived();
      await new Promise<void>((resolve) => {
        releaseResponse = resolve;
      });
      return forecast;
    });
    const { scheduler, maxConcurrent } = createScheduler();
    scheduler.start();
    await received;

    const first = scheduler.refreshNow();
    const second = scheduler.refreshNow();
    expect(scheduler.isRefreshing).toBe(true);
    releaseResponse();
    await Promise.all([first, second]);

    expect(requestCount()).toBe(1);
    expect(maxConcurrent()).toBe(1);
  });

  it('makes one request on Refresh now when idle', async () => {
    const { scheduler } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();

    await scheduler.refreshNow();

    expect(requestCount()).toBe(2);
  });

  it('makes one request after an interval change and follows the new interval', async () => {
    const { scheduler, interval } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();

    interval.ms = 60 * minute;
    scheduler.settingsChanged();
    await scheduler.whenIdle();
    expect(requestCount()).toBe(2);

    await runUntil(scheduler, start + 59 * minute);
    expect(requestCount()).toBe(2);

    await runUntil(scheduler, start + 62 * minute);
    expect(requestCount()).toBe(3);
  });

  it('replaces a request in flight when settings change, never overlapping', async () => {
    let releaseFirst = () => {};
    let firstReceived = () => {};
    const received = new Promise<void>((resolve) => {
      firstReceived = resolve;
    });
    server.route(forecastPath, async () => {
      if (requestCount() === 1) {
        firstReceived();
        await new Promise<void>((resolve) => {
          releaseFirst = resolve;
        });
      }
      return forecast;
    });
    const { scheduler, events, maxConcurrent } = createScheduler();
    scheduler.start();
    await received;

    scheduler.settingsChanged();
    scheduler.settingsChanged();
    await scheduler.whenIdle();
    releaseFirst();

    expect(requestCount()).toBe(2);
    expect(maxConcurrent()).toBe(1);
    expect(events).toEqual(['start', 'cancelled', 'start', 'success']);
  });

  it('makes no request on a settings change while suspended until resume', async () => {
    const { scheduler } = createScheduler();
    scheduler.start();
    await scheduler.whenIdle();

    scheduler.suspend();
    scheduler.settingsChanged();
    await scheduler.whenIdle();
    expect(requestCount()).toBe(1);

    scheduler.resume();
    await scheduler.whenIdle();
    expect(requestCount()).toBe(2);
  });
});
