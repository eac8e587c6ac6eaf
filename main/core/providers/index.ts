import { createHttpClient, type HttpClientOptions } from '../http.ts';
import type { ProviderId } from '../model.ts';
import type { RetryPolicy } from '../retry.ts';
import type { BaseUrls } from './base-urls.ts';
import { OpenMeteoProvider } from './open-meteo.ts';
import { OpenWeatherMapProvider } from './openweathermap.ts';
import type { WeatherProvider } from './provider.ts';

export {
  type BaseUrls,
  baseUrlVariables,
  defaultBaseUrls,
  InvalidBaseUrlError,
  resolveBaseUrls,
  validateBaseUrl,
} from './base-urls.ts';
export type { GeocodeQuery, WeatherProvider, WeatherQuery } from './provider.ts';

export interface ProviderOptions {
  /** OpenWeatherMap's key. Open-Meteo needs none and ignores it. */
  apiKey?: string | null;
  baseUrls: BaseUrls;
  fetch?: typeof globalThis.fetch;
  /** Retry limit or policy. The app passes 0 because its scheduler backs off on its own. */
  retry?: number | Partial<RetryPolicy>;
  userAgent?: string;
  /** Time allowed for each request attempt, in milliseconds, 10 s by default. */
  timeoutMs?: number;
}

/** Creates the provider with the given id, with its own HTTP client built from the options. */
export function createProvider(id: ProviderId, options: ProviderOptions): WeatherProvider {
  const httpOptions: HttpClientOptions = {
    fetch: options.fetch,
    retry: options.retry,
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
  };
  const http = createHttpClient(httpOptions);

  switch (id) {
    case 'open-meteo':
      return new OpenMeteoProvider({
        http,
        forecastBaseUrl: options.baseUrls.openMeteo,
        geocodingBaseUrl: options.baseUrls.openMeteoGeocoding,
      });
    case 'openweathermap':
      return new OpenWeatherMapProvider({
        http,
        baseUrl: options.baseUrls.openWeather,
        apiKey: options.apiKey ?? null,
      });
  }
}
