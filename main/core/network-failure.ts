/** System error codes that mean the host could not be reached at all. */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const readableCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ENETDOWN: 'network down',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** Returns the system error code of an error or of the errors in its `cause` chain. */
export function findErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') {
      return code;
    }
    current = current.cause;
  }
  return null;
}

/**
 * Tells whether an error thrown by `fetch` itself means the network failed: a `TypeError`, which
 * is how fetch reports every network failure, or a system error with an unreachable-host code.
 */
export function isRawNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) {
    return true;
  }
  const code = findErrorCode(error);
  return code !== null && unreachableCodes.has(code);
}

/** Describes a network failure in a few words, such as "connection refused". */
export function describeNetworkFailure(error: unknown): string {
  const code = findErrorCode(error);
  if (code === null) {
    return 'no connection';
  }
  return readableCodes[code] ?? code;
}
