import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  defaultRetryPolicy,
  parseRetryAfter,
  resolveRetryPolicy,
  retryableStatuses,
} from '../../main/core/retry.ts';

describe('backoffDelayMs', () => {
  const policy = { ...defaultRetryPolicy, baseDelayMs: 500, maxDelayMs: 4_000 };

  it('doubles the bound for each retry', () => {
    expect(backoffDelayMs(1, policy, () => 1)).toBe(500);
    expect(backoffDelayMs(2, policy, () => 1)).toBe(1_000);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(2_000);
  });

  it('caps the bound', () => {
    expect(backoffDelayMs(10, policy, () => 1)).toBe(4_000);
  });

  it('applies full jitter down to 0', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.25)).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-15T18:00:00Z');

  it('reads delay seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('reads an HTTP-date', () => {
    expect(parseRetryAfter('Wed, 15 Jan 2025 18:00:30 GMT', now)).toBe(30_000);
  });

  it('returns 0 for a past date', () => {
    expect(parseRetryAfter('Wed, 15 Jan 2025 17:00:00 GMT', now)).toBe(0);
  });

  it('returns null for a missing or malformed value', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('resolveRetryPolicy', () => {
  it('defaults to 2 retries', () => {
    expect(resolveRetryPolicy().limit).toBe(2);
  });

  it('accepts a bare limit', () => {
    expect(resolveRetryPolicy(0)).toEqual({ ...defaultRetryPolicy, limit: 0 });
  });

  it('rejects a negative limit', () => {
    expect(() => resolveRetryPolicy(-1)).toThrow(RangeError);
  });
});

describe('retryableStatuses', () => {
  it('holds 429 and 5xx but no other 4xx', () => {
    expect(retryableStatuses).toContain(429);
    expect(retryableStatuses).toContain(500);
    expect(retryableStatuses).toContain(599);
    for (const status of [400, 401, 403, 404, 408, 413]) {
      expect(retryableStatuses).not.toContain(status);
    }
  });
});
