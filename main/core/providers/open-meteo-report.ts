import { conditionFromWmoCode } from '../format/wmo-codes.ts';
import type { CurrentConditions, DailyEntry, HourlyStep, WeatherReport } from '../model.ts';
import type { OpenMeteoForecast } from '../schemas/open-meteo.ts';
import { celsiusToKelvin, feetToMetres, mapNullable } from '../units.ts';
import { unitRequests } from './open-meteo-request.ts';
import { describeCoordinates } from './place-name.ts';
import type { WeatherQuery } from './provider.ts';

export const openMeteoAttribution = {
  text: 'Weather data by Open-Meteo.com',
  url: 'https://open-meteo.com/',
};

/**
 * Converts Open-Meteo's local time without offset, such as `2024-06-01T10:45`, to ISO 8601 UTC by
 * applying the response's `utc_offset_seconds` once.
 * NOTE: the offset is the one in force now, so times after a daylight-saving change in the next
 * seven days are an hour off in UTC. Formatting them back with the same offset shows the right
 * local time.
 */
export function localTimeToUtc(localTime: string, utcOffsetSeconds: number): string {
  const withSeconds = localTime.length === 16 ? `${localTime}:00` : localTime;
  return new Date(Date.parse(`${withSeconds}Z`) - utcOffsetSeconds * 1000).toISOString();
}

function at(series: readonly (number | null)[], index: number): number | null {
  return series[index] ?? null;
}

function currentConditions(
  forecast: OpenMeteoForecast,
  temperature: (celsiusOrFahrenheit: number) => number,
): CurrentConditions {
  const { current } = forecast;
  const visibilityInFeet = forecast.current_units.visibility === 'ft';

  return {
    observedAt: localTimeToUtc(current.time, forecast.utc_offset_seconds),
    temperature: temperature(current.temperature_2m),
    feelsLike: mapNullable(current.apparent_temperature, temperature),
    humidity: current.relative_humidity_2m,
    pressure: current.pressure_msl,
    windSpeed: current.wind_speed_10m,
    windDirection: current.wind_direction_10m,
    windGust: current.wind_gusts_10m,
    visibility: visibilityInFeet
      ? mapNullable(current.visibility, feetToMetres)
      : current.visibility,
    precipitation: current.precipitation,
    cloudCover: current.cloud_cover,
    condition: conditionFromWmoCode(current.weather_code, current.is_day === 1),
  };
}

/** Picks the 24 hourly steps from the hour that contains the current observation. */
function nextDayOfHours(
  forecast: OpenMeteoForecast,
  temperature: (value: number) => number,
): HourlyStep[] {
  const { hourly } = forecast;
  const firstHour = `${forecast.current.time.slice(0, 13)}:00`;
  const start = hourly.time.findIndex((time) => time.slice(0, 16) >= firstHour);
  if (start === -1) {
    return [];
  }

  return hourly.time.slice(start, start + 24).map((time, offset) => {
    const index = start + offset;
    const code = at(hourly.weather_code, index);
    return {
      time: localTimeToUtc(time, forecast.utc_offset_seconds),
      temperature: mapNullable(at(hourly.temperature_2m, index), temperature),
      precipitationProbability: at(hourly.precipitation_probability, index),
      precipitation: at(hourly.precipitation, index),
      windSpeed: at(hourly.wind_speed_10m, index),
      condition: code === null ? null : conditionFromWmoCode(code, at(hourly.is_day, index) !== 0),
    };
  });
}

function dailyEntries(
  forecast: OpenMeteoForecast,
  temperature: (value: number) => number,
): DailyEntry[] {
  const { daily, utc_offset_seconds: offset } = forecast;
  const toUtc = (time: string | null | undefined) => (time ? localTimeToUtc(time, offset) : null);

  return daily.time.map((date, index) => {
    const code = at(daily.weather_code, index);
    return {
      date,
      temperatureMax: mapNullable(at(daily.temperature_2m_max, index), temperature),
      temperatureMin: mapNullable(at(daily.temperature_2m_min, index), temperature),
      precipitationProbability: at(daily.precipitation_probability_max, index),
      precipitationSum: at(daily.precipitation_sum, index),
      sunrise: toUtc(daily.sunrise[index]),
      sunset: toUtc(daily.sunset[index]),
      condition: code === null ? null : conditionFromWmoCode(code, true),
    };
  });
}

/** Converts a checked forecast response into the normalized report. */
export function toOpenMeteoReport(
  forecast: OpenMeteoForecast,
  query: WeatherQuery,
  fetchedAt: Date,
): WeatherReport {
  const { windSpeedUnit, precipitationUnit } = unitRequests[query.units];
  const temperature = query.units === 'standard' ? celsiusToKelvin : (value: number) => value;
  const daily = dailyEntries(forecast, temperature);
  const today = daily.find((entry) => entry.date === forecast.current.time.slice(0, 10));

  return {
    provider: 'open-meteo',
    location: {
      name: query.placeName ?? describeCoordinates(query.latitude, query.longitude),
      region: query.region ?? null,
      countryCode: query.countryCode ?? null,
      latitude: query.latitude,
      longitude: query.longitude,
      utcOffsetSeconds: forecast.utc_offset_seconds,
      timezone: forecast.timezone,
    },
    units: query.units,
    windSpeedUnit,
    precipitationUnit,
    current: currentConditions(forecast, temperature),
    hourly: nextDayOfHours(forecast, temperature),
    hourlyStepHours: 1,
    daily,
    forecastDays: daily.length,
    sunrise: today?.sunrise ?? null,
    sunset: today?.sunset ?? null,
    updateIntervalSeconds: forecast.current.interval,
    attribution: openMeteoAttribution,
    fetchedAt: fetchedAt.toISOString(),
  };
}
