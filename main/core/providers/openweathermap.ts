import { InvalidApiKeyError, LocationNotFoundError } from '../errors.ts';
import type { HttpClient } from '../http.ts';
import { filterPlaces, parseLocationQuery } from '../location-query.ts';
import type { Place, WeatherReport } from '../model.ts';
import {
  openWeatherCurrentSchema,
  openWeatherForecastSchema,
  openWeatherGeocodingSchema,
} from '../schemas/openweathermap.ts';
import { parseResponse } from '../schemas/validate.ts';
import { endpointUrl } from './base-urls.ts';
import { describeOpenWeatherStatus } from './openweathermap-errors.ts';
import { toOpenWeatherReport } from './openweathermap-report.ts';
import type { GeocodeQuery, WeatherProvider, WeatherQuery } from './provider.ts';

export interface OpenWeatherOptions {
  http: HttpClient;
  baseUrl: string;
  apiKey: string | null;
}

export class OpenWeatherMapProvider implements WeatherProvider {
  readonly id = 'openweathermap';
  readonly requiresApiKey = true;
  private readonly options: OpenWeatherOptions;

  constructor(options: OpenWeatherOptions) {
    this.options = options;
  }

  async fetchWeather(query: WeatherQuery): Promise<WeatherReport> {
    const params = {
      lat: String(query.latitude),
      lon: String(query.longitude),
      // Always sent, because without it OpenWeatherMap returns kelvin.
      units: query.units,
      lang: query.language ?? 'en',
    };

    // One after the other, so that a rejected key or a rate limit costs one request, not two.
    const weather = await this.get('data/2.5/weather', params, query.signal);
    const current = parseResponse(openWeatherCurrentSchema, weather.body, this.id, weather.url);
    const outlook = await this.get('data/2.5/forecast', params, query.signal);
    const forecast = parseResponse(openWeatherForecastSchema, outlook.body, this.id, outlook.url);
    return toOpenWeatherReport(current, forecast, query, new Date());
  }

  async geocode(query: GeocodeQuery): Promise<Place[]> {
    const location = parseLocationQuery(query.text);
    // The region is matched here rather than sent, because `q` accepts US state codes only.
    const q = location.countryCode ? `${location.name},${location.countryCode}` : location.name;
    const { body, url } = await this.get(
      'geo/1.0/direct',
      { q, limit: String(query.limit ?? 5) },
      query.signal,
    );

    const places = parseResponse(openWeatherGeocodingSchema, body, this.id, url).map((result) => ({
      name: result.name,
      region: result.state,
      countryCode: result.country?.toUpperCase() ?? null,
      latitude: result.lat,
      longitude: result.lon,
      timezone: null,
    }));

    const matches = filterPlaces(places, location);
    if (matches.length === 0) {
      throw new LocationNotFoundError(
        this.id,
        location.text,
        `OpenWeatherMap found no place matching "${location.text}".`,
      );
    }
    return matches;
  }

  private async get(
    path: string,
    params: Record<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<{ body: unknown; url: URL }> {
    const { apiKey } = this.options;
    if (!apiKey) {
      throw new InvalidApiKeyError(
        this.id,
        'OpenWeatherMap needs an API key, and none is set. Create one on your OpenWeatherMap ' +
          'account page, or choose Open-Meteo, which needs none.',
      );
    }

    const url = endpointUrl(this.options.baseUrl, path);
    url.search = new URLSearchParams({ ...params, appid: apiKey }).toString();
    const body = await this.options.http.getJson({
      provider: this.id,
      url,
      signal,
      describeStatus: describeOpenWeatherStatus(url),
    });
    return { body, url };
  }
}
