import { describe, expect, it } from 'vitest';
import { FailureCounter, maskKey, redactSecrets } from '../../main/app/log-format.ts';

describe('maskKey', () => {
  it('shows only the last four characters', () => {
    expect(maskKey('0123456789abcdef0123456789abcdef')).toBe('****cdef');
  });

  it('hides short keys completely', () => {
    expect(maskKey('abc123')).toBe('****');
  });

  it('names a missing key', () => {
    expect(maskKey(null)).toBe('(none)');
  });
});

describe('redactSecrets', () => {
  it('masks every occurrence of the key in a URL', () => {
    const key = 'f00dfeedf00dfeedf00dfeedf00dbeef';
    const text = `GET /data/2.5/weather?appid=${key}&q=x failed; retry with appid=${key}`;

    const redacted = redactSecrets(text, [key]);

    expect(redacted).not.toContain(key);
    expect(redacted.match(/\*\*\*\*beef/g)).toHaveLength(2);
  });
});

describe('FailureCounter', () => {
  it('logs the first failure and then every tenth', () => {
    const counter = new FailureCounter(10);
    const logged: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const decision = counter.recordFailure();
      if (decision.shouldLog) {
        logged.push(decision.count);
      }
    }
    expect(logged).toEqual([1, 10, 20]);
  });

  it('starts over after a success and reports the streak', () => {
    const counter = new FailureCounter(3);
    counter.recordFailure();
    counter.recordFailure();

    expect(counter.recordSuccess()).toBe(2);
    expect(counter.recordFailure()).toEqual({ shouldLog: true, count: 1 });
  });

  it('rejects a zero interval', () => {
    expect(() => new FailureCounter(0)).toThrow(RangeError);
  });
});
