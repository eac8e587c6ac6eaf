import type { WeatherErrorKind } from '../core/errors.ts';

/** Exit statuses of the weather command. */
export const exitCodes = {
  success: 0,
  failure: 1,
  usage: 2,
  invalidApiKey: 3,
  locationNotFound: 4,
  rateLimited: 5,
  unreachable: 6,
  invalidResponse: 7,
} as const;

const exitCodesByKind: Record<WeatherErrorKind, number> = {
  'invalid-api-key': exitCodes.invalidApiKey,
  'location-not-found': exitCodes.locationNotFound,
  'rate-limited': exitCodes.rateLimited,
  'network-unreachable': exitCodes.unreachable,
  'timed-out': exitCodes.unreachable,
  'invalid-response': exitCodes.invalidResponse,
  'provider-error': exitCodes.failure,
};

/** Returns the exit status for a weather failure kind. */
export function exitCodeForKind(kind: WeatherErrorKind): number {
  return exitCodesByKind[kind];
}
