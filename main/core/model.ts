/**
 * The normalized weather model that every provider produces and that the tray, the panel and the
 * command line read. A value that the provider did not send is `null`, never 0.
 */

export type ProviderId = 'open-meteo' | 'openweathermap';

export const providerIds: readonly ProviderId[] = ['open-meteo', 'openweathermap'];

/**
 * Unit system of every number in a report. `metric` is °C and m/s for OpenWeatherMap but km/h for
 * Open-Meteo's default, so each report names its wind unit in `windSpeedUnit`.
 */
export type Units = 'metric' | 'imperial' | 'standard';

export const unitSystems: readonly Units[] = ['metric', 'imperial', 'standard'];

export type WindSpeedUnit = 'm/s' | 'km/h' | 'mph';

/** Unit of precipitation amounts: millimetres, or inches for imperial reports. */
export type PrecipitationUnit = 'mm' | 'inch';

export interface Location {
  name: string;
  /** State, province or other first-level region, when the geocoder returns one. */
  region: string | null;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  countryCode: string | null;
  latitude: number;
  longitude: number;
  /** Offset of the location's local time from UTC, in seconds, at the time of the report. */
  utcOffsetSeconds: number;
  /** IANA zone name, when the provider sends one. */
  timezone: string | null;
}

export interface Condition {
  /** The provider's own code: a WMO weather code for Open-Meteo, a condition id for OpenWeatherMap. */
  code: number;
  description: string;
  /** Name of the icon to draw, with its day or night variant, such as `clear-day`. */
  icon: IconName;
  isDay: boolean;
}

export type IconBase =
  | 'clear'
  | 'partly-cloudy'
  | 'cloudy'
  | 'fog'
  | 'drizzle'
  | 'rain'
  | 'freezing-rain'
  | 'snow'
  | 'showers'
  | 'thunderstorm'
  | 'unknown';

export type IconName = `${IconBase}-${'day' | 'night'}`;

export interface CurrentConditions {
  /** Time of the observation or model step, as an ISO 8601 string in UTC. */
  observedAt: string;
  temperature: number;
  feelsLike: number | null;
  /** Relative humidity in percent. */
  humidity: number | null;
  /** Sea-level pressure in hPa. */
  pressure: number | null;
  windSpeed: number | null;
  /** Direction the wind comes from, in degrees clockwise from north. */
  windDirection: number | null;
  windGust: number | null;
  /** Visibility in metres. */
  visibility: number | null;
  /** Precipitation over the last hour (or the provider's current step), in `precipitationUnit`. */
  precipitation: number | null;
  /** Cloud cover in percent. */
  cloudCover: number | null;
  condition: Condition;
}

export interface HourlyStep {
  /** Start of the step as an ISO 8601 string in UTC. */
  time: string;
  temperature: number | null;
  /** Probability of precipitation in percent. */
  precipitationProbability: number | null;
  precipitation: number | null;
  windSpeed: number | null;
  condition: Condition | null;
}

export interface DailyEntry {
  /** Calendar date in the location's own time, `YYYY-MM-DD`. */
  date: string;
  temperatureMax: number | null;
  temperatureMin: number | null;
  precipitationProbability: number | null;
  precipitationSum: number | null;
  /** Sunrise as an ISO 8601 string in UTC. */
  sunrise: string | null;
  sunset: string | null;
  condition: Condition | null;
}

export interface Attribution {
  text: string;
  url: string;
}

export interface WeatherReport {
  provider: ProviderId;
  location: Location;
  units: Units;
  windSpeedUnit: WindSpeedUnit;
  precipitationUnit: PrecipitationUnit;
  current: CurrentConditions;
  /** Steps covering the next 24 hours: 24 one-hour steps, or 8 three-hour steps. */
  hourly: HourlyStep[];
  /** Length of each hourly step in hours: 1 for Open-Meteo, 3 for OpenWeatherMap's free forecast. */
  hourlyStepHours: number;
  /** Up to 7 days, as many as the provider's forecast covers. */
  daily: DailyEntry[];
  /** Days the provider's forecast covers: 7 for Open-Meteo, 5 for OpenWeatherMap's free plan. */
  forecastDays: number;
  sunrise: string | null;
  sunset: string | null;
  /**
   * Seconds between the provider's updates of the current conditions: Open-Meteo's `interval`,
   * or 600 for OpenWeatherMap, which updates no faster than every 10 minutes.
   */
  updateIntervalSeconds: number;
  attribution: Attribution;
  /** When this client received the report, as an ISO 8601 string in UTC. */
  fetchedAt: string;
}

/** A place found by geocoding, before any weather is fetched for it. */
export interface Place {
  name: string;
  region: string | null;
  countryCode: string | null;
  latitude: number;
  longitude: number;
  timezone: string | null;
}
