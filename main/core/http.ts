import ky, { type KyInstance } from 'ky';
import type { ProviderId } from './model.ts';
import { getJson } from './request.ts';
import { type RetryPolicy, resolveRetryPolicy, toKyRetryOptions } from './retry.ts';
import { defaultUserAgent } from './version.ts';

export const defaultTimeoutMs = 10_000;

export interface HttpClientOptions {
  /** Defaults to `Traycast/<version> (+<project URL>)`. */
  userAgent?: string;
  /** Time allowed for each attempt, in milliseconds. */
  timeoutMs?: number;
  /** Retry limit, or a whole policy. The default is 2 retries with jittered backoff. */
  retry?: number | Partial<RetryPolicy>;
  /** Replaces the global `fetch`, for proxies and tests. */
  fetch?: typeof globalThis.fetch;
}

export interface JsonRequest {
  provider: ProviderId;
  url: URL;
  signal?: AbortSignal;
  /**
   * Converts an error status into the provider's own typed error, given the parsed body (or
   * undefined when the body was empty). Returning undefined keeps the generic conversion.
   */
  describeStatus?: (status: number, body: unknown, headers: Headers) => Error | undefined;
}

/** The HTTP client shared by every provider: one ky instance plus JSON requests on it. */
export interface HttpClient {
  readonly ky: KyInstance;
  readonly timeoutMs: number;
  readonly retryPolicy: RetryPolicy;
  /** Sends a GET request and returns the parsed JSON body, or throws a `WeatherError`. */
  getJson(request: JsonRequest): Promise<unknown>;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const retryPolicy = resolveRetryPolicy(options.retry);
  const instance = ky.create({
    timeout: timeoutMs,
    retry: toKyRetryOptions(retryPolicy),
    // A redirect is reported, not followed, because fetch would carry the query, and with it the
    // API key, to whatever server the Location header names.
    redirect: 'manual',
    headers: {
      'user-agent': options.userAgent ?? defaultUserAgent,
      accept: 'application/json',
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const client: HttpClient = {
    ky: instance,
    timeoutMs,
    retryPolicy,
    getJson: (request) => getJson(client, request),
  };
  return client;
}
