import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import {
  InvalidApiKeyError,
  InvalidResponseError,
  NetworkUnreachableError,
  ProviderError,
  RateLimitedError,
  TimedOutError,
  WeatherError,
} from './errors.ts';
import type { ProviderId } from './model.ts';
import { describeNetworkFailure, isRawNetworkFailure } from './network-failure.ts';
import { providerNames } from './provider-names.ts';
import { parseRetryAfter } from './retry.ts';

export interface FailedRequest {
  provider: ProviderId;
  url: URL;
  timeoutMs: number;
}

/** Returns the URL without its query, which can carry an API key, for use in messages. */
export function describeEndpoint(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Adds a period to text quoted from a provider unless it already ends a sentence. */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Returns the target of a redirect without its query, which can carry an API key. */
function describeLocation(requestUrl: URL, headers: Headers): string {
  const location = headers.get('location');
  if (location === null || !URL.canParse(location, requestUrl)) {
    return 'a missing or invalid Location';
  }
  return describeEndpoint(new URL(location, requestUrl));
}

/** Tells the user how long to wait after a 429, from the Retry-After delay when there is one. */
export function describeRetryAfter(retryAfterMs: number | null): string {
  if (retryAfterMs === null) {
    return 'Wait a few minutes before trying again.';
  }
  return `Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

/** Converts an error status without a provider-specific meaning into a typed error. */
export function describeHttpStatus(
  request: FailedRequest,
  status: number,
  headers: Headers,
): Error {
  const name = providerNames[request.provider];
  const endpoint = describeEndpoint(request.url);

  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    return new RateLimitedError(
      request.provider,
      retryAfterMs,
      `${name} rate-limited the request to ${endpoint} (HTTP 429). ${describeRetryAfter(retryAfterMs)}`,
    );
  }
  if (status >= 300 && status < 400) {
    return new ProviderError(
      request.provider,
      status,
      `${name} redirected the request for ${endpoint} to ${describeLocation(request.url, headers)} ` +
        `(HTTP ${status}). Redirects are not followed, so that no API key reaches another server.`,
    );
  }
  // Only OpenWeatherMap takes a key, so a 401 or 403 from Open-Meteo is a plain provider error.
  if ((status === 401 || status === 403) && request.provider === 'openweathermap') {
    return new InvalidApiKeyError(
      request.provider,
      `${name} refused the request to ${endpoint} (HTTP ${status}). Check the API key.`,
    );
  }
  return new ProviderError(
    request.provider,
    status,
    `${name} answered HTTP ${status} for ${endpoint}.`,
  );
}

/**
 * Converts anything thrown while requesting `request.url` into a `WeatherError`. Messages name the
 * endpoint without its query string, and ky's own errors are never kept as the cause, because
 * their messages contain the full URL with any API key.
 */
export function toWeatherError(error: unknown, request: FailedRequest): Error {
  if (error instanceof WeatherError) {
    return error;
  }

  const name = providerNames[request.provider];
  const endpoint = describeEndpoint(request.url);

  if (isTimeoutError(error)) {
    const seconds = request.timeoutMs / 1000;
    return new TimedOutError(
      request.provider,
      `${name} did not respond within ${seconds} s to ${endpoint}.`,
    );
  }
  if (isNetworkError(error) || isRawNetworkFailure(error)) {
    const cause = isNetworkError(error) ? error.cause : error;
    return new NetworkUnreachableError(
      request.provider,
      `Could not reach ${name} at ${request.url.origin}: ${describeNetworkFailure(cause)}.`,
      { cause },
    );
  }
  if (isHTTPError(error)) {
    return describeHttpStatus(request, error.response.status, error.response.headers);
  }
  if (error instanceof SyntaxError) {
    return new InvalidResponseError(
      request.provider,
      `${name} sent a body from ${endpoint} that is not valid JSON.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
