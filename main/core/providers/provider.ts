import type { Place, ProviderId, Units, WeatherReport } from '../model.ts';

/** Coordinates of the place to fetch weather for, with the name to show for it. */
export interface WeatherQuery {
  latitude: number;
  longitude: number;
  units: Units;
  /** Name shown for the location; providers that return their own name use it as a fallback. */
  placeName?: string;
  region?: string | null;
  countryCode?: string | null;
  /** Language for condition descriptions, such as `en`. */
  language?: string;
  signal?: AbortSignal;
}

export interface GeocodeQuery {
  /** Free text such as "Boston", "Boston, US" or "Portland, Oregon, US". */
  text: string;
  limit?: number;
  language?: string;
  signal?: AbortSignal;
}

/** A weather provider: one implementation per service, with the same normalized output. */
export interface WeatherProvider {
  readonly id: ProviderId;
  readonly requiresApiKey: boolean;
  fetchWeather(query: WeatherQuery): Promise<WeatherReport>;
  /** Returns matching places, best first, and throws `LocationNotFoundError` when there is none. */
  geocode(query: GeocodeQuery): Promise<Place[]>;
}
