import * as v from 'valibot';
import { LocationNotFoundError, ProviderError } from '../errors.ts';
import type { HttpClient } from '../http.ts';
import { describeEndpoint, endSentence } from '../http-errors.ts';
import { filterPlaces, type GeocodedPlace, parseLocationQuery } from '../location-query.ts';
import type { Place, WeatherReport } from '../model.ts';
import {
  openMeteoErrorSchema,
  openMeteoForecastSchema,
  openMeteoGeocodingSchema,
} from '../schemas/open-meteo.ts';
import { parseResponse } from '../schemas/validate.ts';
import { endpointUrl } from './base-urls.ts';
import { toOpenMeteoReport } from './open-meteo-report.ts';
import { forecastSearchParams } from './open-meteo-request.ts';
import { checkCurrentUnits } from './open-meteo-units.ts';
import type { GeocodeQuery, WeatherProvider, WeatherQuery } from './provider.ts';

export interface OpenMeteoOptions {
  http: HttpClient;
  forecastBaseUrl: string;
  geocodingBaseUrl: string;
}

/** Turns Open-Meteo's `{"error": true, "reason": "..."}` body into an error showing the reason. */
function describeOpenMeteoStatus(url: URL) {
  return (status: number, body: unknown): Error | undefined => {
    const parsed = v.safeParse(openMeteoErrorSchema, body);
    if (!parsed.success || status === 429) {
      return undefined;
    }
    return new ProviderError(
      'open-meteo',
      status,
      `Open-Meteo rejected the request to ${describeEndpoint(url)} (HTTP ${status}): ` +
        endSentence(parsed.output.reason),
    );
  };
}

export class OpenMeteoProvider implements WeatherProvider {
  readonly id = 'open-meteo';
  readonly requiresApiKey = false;
  private readonly options: OpenMeteoOptions;

  constructor(options: OpenMeteoOptions) {
    this.options = options;
  }

  async fetchWeather(query: WeatherQuery): Promise<WeatherReport> {
    const url = endpointUrl(this.options.forecastBaseUrl, 'v1/forecast');
    url.search = forecastSearchParams(query.latitude, query.longitude, query.units).toString();

    const body = await this.options.http.getJson({
      provider: this.id,
      url,
      signal: query.signal,
      describeStatus: describeOpenMeteoStatus(url),
    });
    const forecast = parseResponse(openMeteoForecastSchema, body, this.id, url);
    checkCurrentUnits(forecast, query.units, url);
    return toOpenMeteoReport(forecast, query, new Date());
  }

  async geocode(query: GeocodeQuery): Promise<Place[]> {
    const location = parseLocationQuery(query.text);
    const url = endpointUrl(this.options.geocodingBaseUrl, 'v1/search');
    url.search = new URLSearchParams({
      name: location.name,
      count: String(query.limit ?? 10),
      language: query.language ?? 'en',
      format: 'json',
      ...(location.countryCode ? { countryCode: location.countryCode } : {}),
    }).toString();

    const body = await this.options.http.getJson({
      provider: this.id,
      url,
      signal: query.signal,
      describeStatus: describeOpenMeteoStatus(url),
    });
    const { results } = parseResponse(openMeteoGeocodingSchema, body, this.id, url);
    const places: GeocodedPlace[] = results.map((result) => ({
      name: result.name,
      region: result.admin1,
      countryCode: result.country_code?.toUpperCase() ?? null,
      latitude: result.latitude,
      longitude: result.longitude,
      timezone: result.timezone,
      countryName: result.country,
    }));

    const matches = filterPlaces(places, location);
    if (matches.length === 0) {
      throw new LocationNotFoundError(
        this.id,
        location.text,
        `Open-Meteo found no place matching "${location.text}".`,
      );
    }
    return matches;
  }
}
