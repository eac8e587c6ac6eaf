import { isHTTPError } from 'ky';
import { InvalidResponseError } from './errors.ts';
import type { HttpClient, JsonRequest } from './http.ts';
import { describeEndpoint, toWeatherError } from './http-errors.ts';
import { providerNames } from './provider-names.ts';

/**
 * Maximum size of a response body, in bytes. The forecast fixtures in the providers' formats are
 * under 30 KB, so this leaves a wide margin and still keeps a broken or hostile server from
 * exhausting memory.
 */
export const maxResponseBytes = 4 * 1024 * 1024;

/**
 * Sends a GET request through the client's ky instance and returns the parsed JSON body. Every
 * failure becomes a typed `WeatherError`, except an abort through `request.signal`, which is
 * rethrown as it is.
 */
export async function getJson(client: HttpClient, request: JsonRequest): Promise<unknown> {
  const failed = { provider: request.provider, url: request.url, timeoutMs: client.timeoutMs };

  // Throwing from the progress callback errors the body stream, which ends the download.
  const stopAtSizeLimit = ({ transferredBytes }: { transferredBytes: number }) => {
    if (transferredBytes > maxResponseBytes) {
      throw new InvalidResponseError(
        request.provider,
        `${providerNames[request.provider]} sent a body from ${describeEndpoint(request.url)} ` +
          `larger than ${maxResponseBytes / 1024 / 1024} MiB.`,
      );
    }
  };

  try {
    const text = await client.ky
      .get(request.url, { signal: request.signal, onDownloadProgress: stopAtSizeLimit })
      .text();
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
