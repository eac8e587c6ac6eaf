import * as v from 'valibot';
import { InvalidApiKeyError, ProviderError, RateLimitedError } from '../errors.ts';
import { describeEndpoint, describeRetryAfter, endSentence } from '../http-errors.ts';
import { parseRetryAfter } from '../retry.ts';
import { openWeatherErrorSchema } from '../schemas/openweathermap.ts';

/** Returns the body's message with any copy of the API key masked, because a proxy may echo it. */
function providerMessage(body: unknown, apiKey: string | null): string | null {
  const parsed = v.safeParse(openWeatherErrorSchema, body);
  const message = parsed.success ? parsed.output.message?.trim() : undefined;
  if (!message) {
    return null;
  }
  return apiKey ? message.replaceAll(apiKey, '[API key]') : message;
}

/**
 * Converts OpenWeatherMap's error statuses into typed errors. Only the HTTP status decides: the
 * body's `cod` is a number in some responses and a string in others.
 */
export function describeOpenWeatherStatus(url: URL) {
  const endpoint = describeEndpoint(url);
  const apiKey = url.searchParams.get('appid');

  return (status: number, body: unknown, headers: Headers): Error | undefined => {
    const message = providerMessage(body, apiKey);
    const detail = message ? `: ${endSentence(message)}` : '.';

    if (status === 401) {
      return new InvalidApiKeyError(
        'openweathermap',
        'OpenWeatherMap rejected the API key as invalid or not yet active (HTTP 401). ' +
          'New keys can take up to two hours to activate, so wait and try again, ' +
          'or check the key on your OpenWeatherMap account page.',
      );
    }
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
      return new RateLimitedError(
        'openweathermap',
        retryAfterMs,
        `OpenWeatherMap rate-limited the request to ${endpoint} (HTTP 429)${detail} ${describeRetryAfter(retryAfterMs)}`,
      );
    }
    if (status === 404) {
      const what = message ? `: ${endSentence(message)}` : ' with an empty body.';
      return new ProviderError(
        'openweathermap',
        404,
        `OpenWeatherMap answered HTTP 404 for ${endpoint}${what} Check the OpenWeatherMap base URL.`,
      );
    }
    return undefined;
  };
}
