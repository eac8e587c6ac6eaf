import { isHTTPError, isNetworkError, type RetryOptions } from 'ky';
import { isRawNetworkFailure } from './network-failure.ts';

/** When and how long the HTTP client waits before it repeats a failed request. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retries off. */
  limit: number;
  /** Upper bound of the first backoff delay, doubled for each later retry. */
  baseDelayMs: number;
  /** Cap on any backoff delay. */
  maxDelayMs: number;
  /**
   * Longest Retry-After the client waits for. A longer one ends the retries at once, and the
   * resulting `RateLimitedError` carries the delay so the caller can schedule the next attempt.
   */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  limit: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 20_000,
};

const serverErrorStatuses = Array.from({ length: 100 }, (_, index) => 500 + index);

/** Statuses that are retried: 429 and every 5xx. 400, 401, 404 and other 4xx never are. */
export const retryableStatuses: readonly number[] = [429, ...serverErrorStatuses];

/** Statuses whose Retry-After header sets the delay (RFC 9110 defines it for 429 and 503). */
const retryAfterStatuses = [429, 503];

export function resolveRetryPolicy(retry?: number | Partial<RetryPolicy>): RetryPolicy {
  const policy =
    typeof retry === 'number'
      ? { ...defaultRetryPolicy, limit: retry }
      : { ...defaultRetryPolicy, ...retry };

  if (!Number.isInteger(policy.limit) || policy.limit < 0) {
    throw new RangeError(`Retry limit must be a whole number of 0 or more, not ${policy.limit}.`);
  }
  return policy;
}

/**
 * Computes the backoff before retry number `attempt` (1 for the first retry): exponential growth
 * capped at `maxDelayMs`, with full jitter, so the delay is uniform between 0 and that bound.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return random() * bound;
}

const httpDatePrefix = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;

/**
 * Parses a Retry-After header value, either delay seconds or an HTTP-date, into milliseconds
 * from `nowMs`. Returns null for a missing or malformed value, and 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | null {
  if (value === null) {
    return null;
  }

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }

  // Date.parse alone would read "-5" or "1.5" as dates in 2001, but every HTTP-date format in
  // RFC 9110 starts with the day of the week.
  const dateMs = httpDatePrefix.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(dateMs)) {
    return null;
  }
  return Math.max(0, dateMs - nowMs);
}

function shouldRetry(error: Error, policy: RetryPolicy): boolean | undefined {
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    if (!retryableStatuses.includes(status)) {
      return false;
    }

    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    if (retryAfterStatuses.includes(status) && retryAfterMs !== null) {
      return retryAfterMs <= policy.maxRetryAfterMs ? undefined : false;
    }
    return undefined;
  }

  if (isNetworkError(error)) {
    return undefined;
  }

  // An injected fetch can fail with a plain system error that ky does not recognize.
  return isRawNetworkFailure(error);
}

/**
 * Translates a policy into ky's retry options. ky then reads Retry-After (seconds or HTTP-date)
 * for 429 and 503, and uses the jittered backoff otherwise. A timeout is not retried, because
 * the caller has already waited the whole timeout for that attempt.
 */
export function toKyRetryOptions(policy: RetryPolicy): RetryOptions {
  return {
    limit: policy.limit,
    methods: ['get'],
    statusCodes: [...retryableStatuses],
    afterStatusCodes: retryAfterStatuses,
    maxRetryAfter: policy.maxRetryAfterMs,
    backoffLimit: policy.maxDelayMs,
    delay: (attempt) => backoffDelayMs(attempt, policy),
    retryOnTimeout: false,
    shouldRetry: ({ error }) => shouldRetry(error, policy),
  };
}
