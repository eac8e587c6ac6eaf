import { isHTTPError } from 'ky';
import type { HttpClient, JsonRequest } from './http.ts';
import { toWeatherError } from './http-errors.ts';

/**
 * Sends a GET request through the client's ky instance and returns the parsed JSON body. Every
 * failure becomes a typed `WeatherError`, except an abort through `request.signal`, which is
 * rethrown as it is.
 */
export async function getJson(client: HttpClient, request: JsonRequest): Promise<unknown> {
  const failed = { provider: request.provider, url: request.url, timeoutMs: client.timeoutMs };

  try {
    const text = await client.ky.get(request.url, { signal: request.signal }).text();
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (request.signal?.aborted) {
      throw request.signal.reason;
    }

    if (isHTTPError(error) && request.describeStatus) {
      const { status, headers } = error.response;
      const described = request.describeStatus(status, error.data, headers);
      if (described) {
        throw described;
      }
    }
    throw toWeatherError(error, failed);
  }
}
