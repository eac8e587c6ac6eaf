/** Helpers that keep logs short and free of secrets. */

/** Shows only the last four characters of a key, such as `****c0de`. */
export function maskKey(key: string | null | undefined): string {
  if (!key) {
    return '(none)';
  }
  if (key.length <= 8) {
    return '****';
  }
  return `****${key.slice(-4)}`;
}

/** Replaces every occurrence of each secret in a text with its masked form. */
export function redactSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[],
): string {
  let redacted = text;
  for (const secret of secrets) {
    // Very short values would mask ordinary words, and no real API key is that short.
    if (secret && secret.length >= 6) {
      redacted = redacted.split(secret).join(maskKey(secret));
    }
  }
  return redacted;
}

export interface FailureLogDecision {
  shouldLog: boolean;
  /** Failures in a row, this one included. */
  count: number;
}

/**
 * Counts failures in a row so that a provider that is down for hours writes a few log lines
 * instead of hundreds: the first failure is logged, then every `every`-th with its count.
 */
export class FailureCounter {
  private readonly every: number;
  private consecutive = 0;

  constructor(every = 10) {
    if (!Number.isInteger(every) || every < 1) {
      throw new RangeError(`every must be a positive integer, got ${every}`);
    }
    this.every = every;
  }

  recordFailure(): FailureLogDecision {
    this.consecutive += 1;
    const shouldLog = this.consecutive === 1 || this.consecutive % this.every === 0;
    return { shouldLog, count: this.consecutive };
  }

  /** Resets the count and returns how many failures came before this success. */
  recordSuccess(): number {
    const previous = this.consecutive;
    this.consecutive = 0;
    return previous;
  }

  get count(): number {
    return this.consecutive;
  }
}
