/** Delays between weather requests: the regular interval, its jitter, and failure back-off. */

import { RateLimitedError } from '../core/errors.ts';
import type { ProviderId } from '../core/model.ts';
import { maxRefreshIntervalMinutes, minRefreshIntervalMinutes } from './settings-schema.ts';

const minuteMs = 60_000;

/** First retry after a failure; each further failure doubles it. */
export const firstRetryDelayMs = minuteMs;
export const maxRetryDelayMs = 60 * minuteMs;
/** Upper bound for a Retry-After delay, so a bad header cannot stop refreshes for days. */
export const maxRetryAfterMs = 24 * 60 * minuteMs;

/** Jitter added to every delay, as a fraction of it, so that many clients do not poll together. */
export const minJitterFraction = 0.01;
export const maxJitterFraction = 0.05;

/** Clamps the interval from settings to the provider's minimum and the app's maximum, in ms. */
export function refreshIntervalMs(provider: ProviderId, intervalMinutes: number): number {
  const minutes = Math.min(
    Math.max(intervalMinutes, minRefreshIntervalMinutes[provider]),
    maxRefreshIntervalMinutes,
  );
  return minutes * minuteMs;
}

function withJitter(delayMs: number, random: () => number): number {
  const fraction = minJitterFraction + (maxJitterFraction - minJitterFraction) * random();
  return Math.round(delayMs * (1 + fraction));
}

/**
 * Returns the delay after a successful refresh. It is never shorter than the provider's own
 * update interval, because polling faster only fetches the same numbers again, and never longer
 * than the app's maximum interval.
 */
export function delayAfterSuccessMs(
  intervalMs: number,
  updateIntervalSeconds: number | null,
  random: () => number,
): number {
  // A server may report any interval. Past about 24.8 days setTimeout would fire at once.
  const providerFloorMs = Math.min(
    (updateIntervalSeconds ?? 0) * 1000,
    maxRefreshIntervalMinutes * minuteMs,
  );
  return withJitter(Math.max(intervalMs, providerFloorMs), random);
}

/**
 * Returns the delay after the given number of failures in a row: 1, 2, 4 ... minutes up to one
 * hour, or the provider's Retry-After when that is longer.
 */
export function delayAfterFailureMs(
  consecutiveFailures: number,
  error: unknown,
  random: () => number,
): number {
  const exponent = Math.max(0, consecutiveFailures - 1);
  const backoffMs = Math.min(firstRetryDelayMs * 2 ** exponent, maxRetryDelayMs);
  const jittered = withJitter(backoffMs, random);

  if (error instanceof RateLimitedError && error.retryAfterMs !== null) {
    const retryAfterMs = Math.min(Math.max(error.retryAfterMs, 0), maxRetryAfterMs);
    return Math.max(jittered, retryAfterMs);
  }
  return jittered;
}
