import { describe, expect, it } from 'vitest';
import {
  delayAfterFailureMs,
  delayAfterSuccessMs,
  maxRetryDelayMs,
  refreshIntervalMs,
} from '../../main/app/refresh-timing.ts';
import { ProviderError, RateLimitedError } from '../../main/core/errors.ts';

const minute = 60_000;
const noJitter = () => 0;
const maxJitter = () => 0.999_999;

describe('refreshIntervalMs', () => {
  it('clamps to the provider minimum and the maximum', () => {
    expect(refreshIntervalMs('open-meteo', 15)).toBe(15 * minute);
    expect(refreshIntervalMs('openweathermap', 5)).toBe(10 * minute);
    expect(refreshIntervalMs('open-meteo', 1)).toBe(10 * minute);
    expect(refreshIntervalMs('open-meteo', 1000)).toBe(180 * minute);
  });
});

describe('delayAfterSuccessMs', () => {
  it('adds between 1 % and 5 % of jitter', () => {
    expect(delayAfterSuccessMs(15 * minute, null, noJitter)).toBe(15 * minute * 1.01);
    expect(delayAfterSuccessMs(15 * minute, null, maxJitter)).toBeCloseTo(15 * minute * 1.05, -1);
  });

  it('never polls faster than the provider updates', () => {
    expect(delayAfterSuccessMs(5 * minute, 900, noJitter)).toBe(15 * minute * 1.01);
  });

  it('bounds a huge provider interval to the maximum', () => {
    // 35 days would overflow setTimeout, which then fires after 1 ms.
    const delayMs = delayAfterSuccessMs(15 * minute, 3_000_000, noJitter);

    expect(delayMs).toBe(180 * minute * 1.01);
  });
});

describe('delayAfterFailureMs', () => {
  const failure = new ProviderError('open-meteo', 503, 'Unavailable');

  it('doubles from one minute up to one hour', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((count) =>
      Math.round(delayAfterFailureMs(count, failure, noJitter) / 1.01 / minute),
    );

    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(delayAfterFailureMs(20, failure, maxJitter)).toBeLessThanOrEqual(maxRetryDelayMs * 1.05);
  });

  it('waits at least as long as Retry-After', () => {
    const limited = new RateLimitedError('open-meteo', 10 * minute, 'Too many requests');

    expect(delayAfterFailureMs(1, limited, noJitter)).toBe(10 * minute);
  });

  it('bounds a huge Retry-After to one day', () => {
    const limited = new RateLimitedError('open-meteo', 30 * 24 * 60 * minute, 'Too many');

    expect(delayAfterFailureMs(1, limited, noJitter)).toBe(24 * 60 * minute);
  });
});
