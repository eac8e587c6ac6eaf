/**
 * One error class per failure that the tray, the panel and the command line act on differently.
 * Each carries a `kind` so that the failure survives serialization across IPC as plain data.
 */

import type { ProviderId } from './model.ts';

export type WeatherErrorKind =
  | 'invalid-api-key'
  | 'location-not-found'
  | 'rate-limited'
  | 'network-unreachable'
  | 'timed-out'
  | 'provider-error'
  | 'invalid-response';

export abstract class WeatherError extends Error {
  abstract readonly kind: WeatherErrorKind;
  readonly provider: ProviderId;

  constructor(provider: ProviderId, message: string, options?: ErrorOptions) {
    super(message, options);
    this.provider = provider;
  }
}

export class InvalidApiKeyError extends WeatherError {
  override readonly name = 'InvalidApiKeyError';
  readonly kind = 'invalid-api-key';
}

export class LocationNotFoundError extends WeatherError {
  override readonly name = 'LocationNotFoundError';
  readonly kind = 'location-not-found';
  readonly query: string;

  constructor(provider: ProviderId, query: string, message: string, options?: ErrorOptions) {
    super(provider, message, options);
    this.query = query;
  }
}

export class RateLimitedError extends WeatherError {
  override readonly name = 'RateLimitedError';
  readonly kind = 'rate-limited';
  /** Delay the provider asked for through Retry-After, or null when it sent none. */
  readonly retryAfterMs: number | null;

  constructor(
    provider: ProviderId,
    retryAfterMs: number | null,
    message: string,
    options?: ErrorOptions,
  ) {
    super(provider, message, options);
    this.retryAfterMs = retryAfterMs;
  }
}

export class NetworkUnreachableError extends WeatherError {
  override readonly name = 'NetworkUnreachableError';
  readonly kind = 'network-unreachable';
}

export class TimedOutError extends WeatherError {
  override readonly name = 'TimedOutError';
  readonly kind = 'timed-out';
}

export class ProviderError extends WeatherError {
  override readonly name = 'ProviderError';
  readonly kind = 'provider-error';
  /** HTTP status of the failed response. */
  readonly status: number;

  constructor(provider: ProviderId, status: number, message: string, options?: ErrorOptions) {
    super(provider, message, options);
    this.status = status;
  }
}

export class InvalidResponseError extends WeatherError {
  override readonly name = 'InvalidResponseError';
  readonly kind = 'invalid-response';
}

/** A weather failure as plain data, for IPC and for the stored last reading. */
export interface WeatherFailure {
  kind: WeatherErrorKind | 'unknown';
  provider: ProviderId | null;
  message: string;
  retryAfterMs: number | null;
}

/** Converts any thrown value into a `WeatherFailure`, keeping the message of unknown errors. */
export function toWeatherFailure(error: unknown): WeatherFailure {
  if (error instanceof WeatherError) {
    return {
      kind: error.kind,
      provider: error.provider,
      message: error.message,
      retryAfterMs: error instanceof RateLimitedError ? error.retryAfterMs : null,
    };
  }

  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', provider: null, message, retryAfterMs: null };
}
