import { describe, expect, it } from 'vitest';
import {
  InvalidResponseError,
  NetworkUnreachableError,
  ProviderError,
  RateLimitedError,
  TimedOutError,
} from '../../main/core/errors.ts';
import { createHttpClient } from '../../main/core/http.ts';
import { maxResponseBytes } from '../../main/core/request.ts';
import { defaultUserAgent } from '../../main/core/version.ts';
import { LoopbackServer, type RecordedRequest } from '../support/loopback-server.ts';
import { loopbackServerPerTest } from '../support/loopback-server-per-test.ts';

const noWait = { baseDelayMs: 1, maxDelayMs: 5 };

/** Returns the milliseconds between consecutive recorded requests. */
function gapsBetween(requests: readonly RecordedRequest[]): number[] {
  return requests.slice(1).map((request, index) => {
    const previous = requests[index]?.receivedAt ?? request.receivedAt;
    return request.receivedAt - previous;
  });
}

describe('createHttpClient', () => {
  const server = loopbackServerPerTest();

  function request(path: string) {
    return { provider: 'open-meteo' as const, url: new URL(path, server.url) };
  }

  it('sends the Traycast User-Agent', async () => {
    server.route('/data', { body: { ok: true } });

    const body = await createHttpClient().getJson(request('/data'));

    expect(body).toEqual({ ok: true });
    expect(server.requests[0]?.headers['user-agent']).toBe(defaultUserAgent);
    expect(defaultUserAgent).toMatch(/^Traycast\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\//);
  });

  it('uses an injected fetch', async () => {
    server.route('/data', { body: { ok: true } });
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };

    await createHttpClient({ fetch: countingFetch }).getJson(request('/data'));

    expect(seen).toEqual([`${server.url}/data`]);
  });

  it('retries a 503 and returns the later success', async () => {
    let calls = 0;
    server.route('/data', () => {
      calls += 1;
      return calls === 1 ? { status: 503, body: 'busy' } : { body: { ok: true } };
    });

    const body = await createHttpClient({ retry: noWait }).getJson(request('/data'));

    expect(body).toEqual({ ok: true });
    expect(server.requestsTo('/data')).toHaveLength(2);
  });

  it('stops after the retry limit on repeated 500', async () => {
    server.route('/data', { status: 500, body: 'broken' });

    const failure = createHttpClient({ retry: { ...noWait, limit: 2 } }).getJson(request('/data'));

    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ status: 500 });
    expect(server.requestsTo('/data')).toHaveLength(3);
  });

  it('makes one request with retry 0', async () => {
    server.route('/data', { status: 502, body: 'bad gateway' });

    await expect(createHttpClient({ retry: 0 }).getJson(request('/data'))).rejects.toBeInstanceOf(
      ProviderError,
    );
    expect(server.requestsTo('/data')).toHaveLength(1);
  });

  for (const status of [400, 401, 403, 404]) {
    it(`never retries ${status}`, async () => {
      server.route('/data', { status, body: { error: true, reason: 'no' } });

      await expect(
        createHttpClient({ retry: { ...noWait, limit: 3 } }).getJson(request('/data')),
      ).rejects.toThrow(`HTTP ${status}`);
      expect(server.requestsTo('/data')).toHaveLength(1);
    });
  }

  it('retries 429 with Retry-After in seconds, spaced by it', async () => {
    server.route('/data', { status: 429, headers: { 'retry-after': '1' }, body: {} });

    const failure = createHttpClient({ retry: { limit: 2 } }).getJson(request('/data'));

    await expect(failure).rejects.toBeInstanceOf(RateLimitedError);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 1000 });
    const gaps = gapsBetween(server.requestsTo('/data'));
    expect(gaps).toHaveLength(2);
    // Retry-After sets a lower bound on the spacing, less a margin for clock granularity.
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
    expect(gaps[1]).toBeGreaterThanOrEqual(950);
  });

  it('retries 429 with Retry-After as an HTTP-date', async () => {
    let calls = 0;
    server.route('/data', () => {
      calls += 1;
      if (calls > 1) {
        return { body: { ok: true } };
      }
      const retryAt = new Date(Date.now() + 2000).toUTCString();
      return { status: 429, headers: { 'retry-after': retryAt }, body: {} };
    });

    await expect(createHttpClient().getJson(request('/data'))).resolves.toEqual({ ok: true });
    const gaps = gapsBetween(server.requestsTo('/data'));
    // The date has whole seconds, so the wait is between 1 and 2 seconds.
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After exceeds the maximum', async () => {
    server.route('/data', { status: 429, headers: { 'retry-after': '3600' }, body: {} });

    const failure = createHttpClient().getJson(request('/data'));

    await expect(failure).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(server.requestsTo('/data')).toHaveLength(1);
  });

  it.each(['-5', '1.5', 'tomorrow 3'])('ignores the malformed Retry-After %j', async (value) => {
    server.route('/data', { status: 429, headers: { 'retry-after': value }, body: {} });

    const failure = createHttpClient({ retry: 0 }).getJson(request('/data'));

    await expect(failure).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: null });
    await expect(failure).rejects.toThrow('Wait a few minutes before trying again.');
  });

  it('maps a slow answer to TimedOutError', async () => {
    server.route('/data', { delayMs: 1_000, body: { ok: true } });

    const failure = createHttpClient({ timeoutMs: 100 }).getJson(request('/data'));

    await expect(failure).rejects.toBeInstanceOf(TimedOutError);
    await expect(failure).rejects.toThrow('did not respond within 0.1 s');
    expect(server.requestsTo('/data')).toHaveLength(1);
  });

  it('maps a refused connection to NetworkUnreachableError', async () => {
    const closed = new LoopbackServer();
    const url = await closed.start();
    await closed.stop();

    const failure = createHttpClient({ retry: { ...noWait, limit: 1 } }).getJson({
      provider: 'open-meteo',
      url: new URL('/data', url),
    });

    await expect(failure).rejects.toBeInstanceOf(NetworkUnreachableError);
    await expect(failure).rejects.toThrow('connection refused');
  });

  it('retries a dropped connection', async () => {
    let calls = 0;
    server.route('/data', () => {
      calls += 1;
      return calls === 1 ? { destroy: true } : { body: { ok: true } };
    });

    await expect(createHttpClient({ retry: noWait }).getJson(request('/data'))).resolves.toEqual({
      ok: true,
    });
    expect(server.requestsTo('/data')).toHaveLength(2);
  });

  it('maps a host-not-found error from an injected fetch', async () => {
    const failingFetch: typeof fetch = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND weather.invalid'), {
        code: 'ENOTFOUND',
      });
    };

    const failure = createHttpClient({ fetch: failingFetch, retry: 0 }).getJson(request('/data'));

    await expect(failure).rejects.toBeInstanceOf(NetworkUnreachableError);
    await expect(failure).rejects.toThrow('host not found');
  });

  it('maps a body that is not JSON to InvalidResponseError', async () => {
    server.route('/data', { body: '<html>maintenance</html>' });

    await expect(createHttpClient().getJson(request('/data'))).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });

  it('stops reading a body over the size limit', async () => {
    const padding = 'x'.repeat(maxResponseBytes);
    server.route('/data', { body: { padding } });

    const failure = createHttpClient().getJson(request('/data'));

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(`larger than ${maxResponseBytes / 1024 / 1024} MiB`);
    expect(server.requestsTo('/data')).toHaveLength(1);
  });

  it('rethrows an abort from the caller', async () => {
    server.route('/data', { delayMs: 500, body: {} });
    const controller = new AbortController();
    const pending = createHttpClient().getJson({ ...request('/data'), signal: controller.signal });

    controller.abort(new Error('stopped by the caller'));

    await expect(pending).rejects.toThrow('stopped by the caller');
  });
});
