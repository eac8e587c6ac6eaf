import { localDate } from '../format/time.ts';
import type { CurrentConditions, Units, WeatherReport, WindSpeedUnit } from '../model.ts';
import type { OpenWeatherCurrent, OpenWeatherForecast } from '../schemas/openweathermap.ts';
import {
  dailyFromSteps,
  nextDayOfSteps,
  openWeatherForecastDays,
} from './openweathermap-forecast.ts';
import { epochToIso, precipitationVolume, primaryCondition } from './openweathermap-values.ts';
import { describeCoordinates } from './place-name.ts';
import type { WeatherQuery } from './provider.ts';

export const openWeatherAttribution = {
  text: 'Weather data by OpenWeather',
  url: 'https://openweathermap.org/',
};

/** OpenWeatherMap updates its data no more often than every 10 minutes. */
export const openWeatherUpdateIntervalSeconds = 600;

const windSpeedUnits: Record<Units, WindSpeedUnit> = {
  standard: 'm/s',
  metric: 'm/s',
  imperial: 'mph',
};

function isDaytime(current: OpenWeatherCurrent): boolean {
  const { sunrise, sunset } = current.sys;
  if (sunrise === null || sunset === null) {
    return true;
  }
  return current.dt >= sunrise && current.dt < sunset;
}

function currentConditions(current: OpenWeatherCurrent, units: Units): CurrentConditions {
  const lastHour = precipitationVolume(current.rain, current.snow, '1h', units);
  const condition = primaryCondition(current.weather, isDaytime(current));
  if (condition === null) {
    throw new RangeError('The current weather has no condition, although the schema requires one.');
  }

  return {
    observedAt: epochToIso(current.dt),
    temperature: current.main.temp,
    feelsLike: current.main.feels_like,
    humidity: current.main.humidity,
    pressure: current.main.sea_level ?? current.main.pressure,
    windSpeed: current.wind.speed,
    windDirection: current.wind.deg,
    windGust: current.wind.gust,
    visibility: current.visibility,
    precipitation: lastHour ?? precipitationVolume(current.rain, current.snow, '3h', units),
    cloudCover: current.clouds?.all ?? null,
    condition,
  };
}

/** Combines the checked `/weather` and `/forecast` responses into the normalized report. */
export function toOpenWeatherReport(
  current: OpenWeatherCurrent,
  forecast: OpenWeatherForecast,
  query: WeatherQuery,
  fetchedAt: Date,
): WeatherReport {
  const offsetSeconds = current.timezone;
  const today = localDate(current.dt * 1000, offsetSeconds);
  const daily = dailyFromSteps(forecast, today, offsetSeconds, query.units);
  const { sunrise, sunset } = current.sys;

  return {
    provider: 'openweathermap',
    location: {
      name: query.placeName || current.name || describeCoordinates(query.latitude, query.longitude),
      region: query.region ?? null,
      countryCode: query.countryCode ?? current.sys.country ?? null,
      latitude: query.latitude,
      longitude: query.longitude,
      utcOffsetSeconds: offsetSeconds,
      timezone: null,
    },
    units: query.units,
    windSpeedUnit: windSpeedUnits[query.units],
    precipitationUnit: query.units === 'imperial' ? 'inch' : 'mm',
    current: currentConditions(current, query.units),
    hourly: nextDayOfSteps(forecast, current.dt, query.units),
    hourlyStepHours: 3,
    daily,
    forecastDays: openWeatherForecastDays,
    sunrise: sunrise === null ? null : epochToIso(sunrise),
    sunset: sunset === null ? null : epochToIso(sunset),
    updateIntervalSeconds: openWeatherUpdateIntervalSeconds,
    attribution: openWeatherAttribution,
    fetchedAt: fetchedAt.toISOString(),
  };
}
