/** Weather reports and app states for the renderer tests, at fixed times in Berlin's winter. */

import type { AppState } from '../../../main/common/ipc-contract.ts';
import { conditionFromOpenWeather, conditionFromWmoCode } from '../../../main/core/format/index.ts';
import type { DailyEntry, HourlyStep, WeatherReport } from '../../../main/core/model.ts';

/** The clock the tests run at: 10:47 in Berlin, five minutes after the last refresh. */
export const testNow = new Date('2025-01-15T09:47:00Z');

const berlinOffsetSeconds = 3600;
const hourMs = 3_600_000;

function hoursAfter(startIso: string, hours: number): string {
  return new Date(Date.parse(startIso) + hours * hourMs).toISOString();
}

const hourlyCodes = [2, 2, 3, 3, 61, 63, 61, 3, 2, 1, 0, 0, 0, 0, 1, 2, 3, 45, 45, 3, 71, 73, 2, 1];
const hourlyTemperatures = [
  3.4, 4.1, 4.6, 4.4, 3.9, 3.1, 2.6, 2.2, 1.8, 1.1, 0.4, -0.2, -0.8, -1.3, -1.6, -1.9, -2.0, -1.7,
  -0.9, 0.6, 1.9, 2.8, 3.5, 3.9,
];

function precipitationChanceFor(code: number, index: number): number {
  if ([61, 63, 71, 73].includes(code)) {
    return 70;
  }
  return index % 5 === 0 ? 10 : 0;
}

function openMeteoHourly(): HourlyStep[] {
  return hourlyCodes.map((code, index) => {
    const time = hoursAfter('2025-01-15T10:00:00Z', index);
    const localHour = (10 + index + 1) % 24;
    const isDay = localHour >= 8 && localHour < 17;
    return {
      time,
      temperature: hourlyTemperatures[index] ?? null,
      precipitationProbability: precipitationChanceFor(code, index),
      precipitation: [61, 63].includes(code) ? 0.6 : 0,
      windSpeed: 12 + index / 2,
      condition: conditionFromWmoCode(code, isDay),
    };
  });
}

function openMeteoDaily(): DailyEntry[] {
  const days: [date: string, code: number, max: number, min: number, rain: number][] = [
    ['2025-01-15', 63, 4.8, -1.9, 80],
    ['2025-01-16', 3, 5.6, 0.2, 20],
    ['2025-01-17', 80, 7.9, 2.4, 55],
    ['2025-01-18', 0, 3.2, -4.6, 0],
    ['2025-01-19', 71, 0.9, -6.3, 65],
    ['2025-01-20', 45, 1.8, -3.1, 10],
    ['2025-01-21', 95, 9.4, 3.7, 85],
  ];
  return days.map(([date, code, max, min, rain]) => ({
    date,
    temperatureMax: max,
    temperatureMin: min,
    precipitationProbability: rain,
    precipitationSum: rain > 50 ? 3.2 : 0,
    sunrise: `${date}T07:09:00Z`,
    sunset: `${date}T15:17:00Z`,
    condition: conditionFromWmoCode(code, true),
  }));
}

/** A complete Open-Meteo report for Berlin in metric units, with every optional value present. */
export const fullReport: WeatherReport = {
  provider: 'open-meteo',
  location: {
    name: 'Berlin',
    region: 'Land Berlin',
    countryCode: 'DE',
    latitude: 52.52437,
    longitude: 13.41053,
    utcOffsetSeconds: berlinOffsetSeconds,
    timezone: 'Europe/Berlin',
  },
  units: 'metric',
  windSpeedUnit: 'km/h',
  precipitationUnit: 'mm',
  current: {
    observedAt: '2025-01-15T09:30:00Z',
    temperature: 3.4,
    feelsLike: -0.6,
    humidity: 81,
    pressure: 1018.3,
    windSpeed: 14.2,
    windDirection: 250,
    windGust: 31.7,
    visibility: 24_140,
    precipitation: 0,
    cloudCover: 40,
    condition: conditionFromWmoCode(2, true),
  },
  hourly: openMeteoHourly(),
  hourlyStepHours: 1,
  daily: openMeteoDaily(),
  forecastDays: 7,
  sunrise: '2025-01-15T07:09:00Z',
  sunset: '2025-01-15T15:17:00Z',
  updateIntervalSeconds: 900,
  attribution: { text: 'Weather data by Open-Meteo.com', url: 'https://open-meteo.com/' },
  fetchedAt: '2025-01-15T09:42:00Z',
};

/**
 * An OpenWeatherMap report in imperial units in which the provider left out most optional
 * values: no feels-like, pressure, wind, visibility, sunrise or sunset, and gaps in the forecast.
 */
export const sparseReport: WeatherReport = {
  provider: 'openweathermap',
  location: {
    name: 'Berlin',
    region: null,
    countryCode: 'DE',
    latitude: 52.5244,
    longitude: 13.4105,
    utcOffsetSeconds: berlinOffsetSeconds,
    timezone: null,
  },
  units: 'imperial',
  windSpeedUnit: 'mph',
  precipitationUnit: 'inch',
  current: {
    observedAt: '2025-01-15T09:30:00Z',
    temperature: 38.1,
    feelsLike: null,
    humidity: 64,
    pressure: null,
    windSpeed: null,
    windDirection: null,
    windGust: null,
    visibility: null,
    precipitation: null,
    cloudCover: null,
    condition: conditionFromOpenWeather(803, true, 'broken clouds'),
  },
  hourly: [0, 3, 6, 9, 12, 15, 18, 21].map((hours, index) => ({
    time: hoursAfter('2025-01-15T12:00:00Z', hours),
    temperature: index === 3 ? null : 38 - index,
    precipitationProbability: index === 5 ? null : 20,
    precipitation: null,
    windSpeed: null,
    condition: index === 6 ? null : conditionFromOpenWeather(500, index < 2, 'light rain'),
  })),
  hourlyStepHours: 3,
  daily: ['2025-01-15', '2025-01-16', '2025-01-17', '2025-01-18', '2025-01-19'].map(
    (date, index) => ({
      date,
      temperatureMax: index === 4 ? null : 41 + index,
      temperatureMin: index === 4 ? null : 30 + index,
      precipitationProbability: null,
      precipitationSum: null,
      sunrise: null,
      sunset: null,
      condition: index === 4 ? null : conditionFromOpenWeather(800, true, 'clear sky'),
    }),
  ),
  forecastDays: 5,
  sunrise: null,
  sunset: null,
  updateIntervalSeconds: 600,
  attribution: { text: 'Weather data by OpenWeather', url: 'https://openweathermap.org/' },
  fetchedAt: '2025-01-15T09:42:00Z',
};

/** A fresh reading: the last refresh succeeded at 10:42 Berlin time. */
export const okState: AppState = {
  status: 'ok',
  report: fullReport,
  lastSuccessAt: '2025-01-15T09:42:00Z',
  failure: null,
  offline: false,
  refreshing: false,
  nextRefreshAt: '2025-01-15T09:57:00Z',
};

/** The last refresh failed because the network is down, so the reading from 10:42 is stale. */
export const offlineState: AppState = {
  ...okState,
  status: 'stale',
  offline: true,
  failure: {
    kind: 'network-unreachable',
    provider: 'open-meteo',
    message: 'Could not reach api.open-meteo.com.',
    retryAfterMs: null,
  },
  nextRefreshAt: null,
};

/** OpenWeatherMap rejected the key and no reading was ever received. */
export const invalidKeyState: AppState = {
  status: 'error',
  report: null,
  lastSuccessAt: null,
  failure: {
    kind: 'invalid-api-key',
    provider: 'openweathermap',
    message: 'OpenWeatherMap rejected the API key (HTTP 401).',
    retryAfterMs: null,
  },
  offline: false,
  refreshing: false,
  nextRefreshAt: null,
};

/** OpenWeatherMap returned 429, and the next try is at 11:05 Berlin time. */
export const rateLimitedState: AppState = {
  ...okState,
  status: 'stale',
  failure: {
    kind: 'rate-limited',
    provider: 'openweathermap',
    message: 'OpenWeatherMap limited the requests (HTTP 429).',
    retryAfterMs: 600_000,
  },
  nextRefreshAt: '2025-01-15T10:05:00Z',
};

/** The geocoder found no place for the stored location. */
export const locationNotFoundState: AppState = {
  status: 'error',
  report: null,
  lastSuccessAt: null,
  failure: {
    kind: 'location-not-found',
    provider: 'open-meteo',
    message: 'No place named "Atlantis" was found.',
    retryAfterMs: null,
  },
  offline: false,
  refreshing: false,
  nextRefreshAt: null,
};

/** The first start: nothing stored yet and the first request in flight. */
export const loadingState: AppState = {
  status: 'loading',
  report: null,
  lastSuccessAt: null,
  failure: null,
  offline: false,
  refreshing: true,
  nextRefreshAt: null,
};
