import { describe, expect, it } from 'vitest';
import { AppStateStore } from '../../main/app/app-state.ts';
import type { AppState } from '../../main/common/ipc-contract.ts';
import { NetworkUnreachableError, RateLimitedError } from '../../main/core/errors.ts';
import { sampleReport } from '../support/reports.ts';

const start = Date.parse('2025-01-15T18:45:00.000Z');
const minute = 60_000;

function createStore(now: { value: number }) {
  return new AppStateStore({ now: () => now.value, staleAfterMs: () => 30 * minute });
}

describe('AppStateStore', () => {
  it('starts loading', () => {
    const store = createStore({ value: start });

    expect(store.state.status).toBe('loading');
    expect(store.state.report).toBeNull();
  });

  it('shows a report after success', () => {
    const now = { value: start };
    const store = createStore(now);
    store.refreshStarted();
    expect(store.state.refreshing).toBe(true);

    store.refreshSucceeded(sampleReport());

    expect(store.state).toMatchObject({
      status: 'ok',
      refreshing: false,
      failure: null,
      lastSuccessAt: '2025-01-15T18:45:00.000Z',
    });
  });

  it('keeps the report and turns stale on failure', () => {
    const store = createStore({ value: start });
    store.refreshSucceeded(sampleReport());

    const failure = store.refreshFailed(new RateLimitedError('open-meteo', 5000, 'Too many'));

    expect(failure).toEqual({
      kind: 'rate-limited',
      provider: 'open-meteo',
      message: 'Too many',
      retryAfterMs: 5000,
    });
    expect(store.state.status).toBe('stale');
    expect(store.state.report).not.toBeNull();
  });

  it('reports an error when no report exists', () => {
    const store = createStore({ value: start });

    store.refreshFailed(new NetworkUnreachableError('open-meteo', 'No route'));

    expect(store.state.status).toBe('error');
  });

  it('turns stale when the report ages', () => {
    const now = { value: start };
    const store = createStore(now);
    store.refreshSucceeded(sampleReport());

    now.value += 31 * minute;

    expect(store.state.status).toBe('stale');
  });

  it('restores an old report as stale', () => {
    const store = createStore({ value: start });

    store.restore(sampleReport(), '2025-01-15T10:00:00.000Z');

    expect(store.state.status).toBe('stale');
    expect(store.state.lastSuccessAt).toBe('2025-01-15T10:00:00.000Z');
  });

  it('marks offline and recovers on success', () => {
    const store = createStore({ value: start });
    store.refreshSucceeded(sampleReport());

    store.availabilityChanged({ offline: true });
    expect(store.state).toMatchObject({ status: 'stale', offline: true });

    store.refreshSucceeded(sampleReport());
    expect(store.state).toMatchObject({ status: 'ok', offline: false });
  });

  it('notifies subscribers until they unsubscribe', () => {
    const store = createStore({ value: start });
    const seen: AppState[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state));

    store.refreshStarted();
    store.scheduleChanged(start + 15 * minute);
    unsubscribe();
    store.refreshCancelled();

    expect(seen).toHaveLength(2);
    expect(seen[1]?.nextRefreshAt).toBe('2025-01-15T19:00:00.000Z');
  });

  it('drops the report for another place', () => {
    const store = createStore({ value: start });
    store.refreshSucceeded(sampleReport());

    store.clearReport();

    expect(store.state).toMatchObject({ report: null, lastSuccessAt: null, status: 'loading' });
  });
});
