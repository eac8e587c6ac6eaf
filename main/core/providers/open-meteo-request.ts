import type { PrecipitationUnit, Units, WindSpeedUnit } from '../model.ts';

export const currentVariables = [
  'temperature_2m',
  'apparent_temperature',
  'relative_humidity_2m',
  'pressure_msl',
  'wind_speed_10m',
  'wind_direction_10m',
  'wind_gusts_10m',
  'visibility',
  'precipitation',
  'cloud_cover',
  'weather_code',
  'is_day',
];

export const hourlyVariables = [
  'temperature_2m',
  'precipitation_probability',
  'precipitation',
  'wind_speed_10m',
  'weather_code',
  'is_day',
];

export const dailyVariables = [
  'weather_code',
  'temperature_2m_max',
  'temperature_2m_min',
  'precipitation_sum',
  'precipitation_probability_max',
  'sunrise',
  'sunset',
];

interface UnitRequest {
  temperature_unit: 'celsius' | 'fahrenheit';
  wind_speed_unit: 'kmh' | 'ms' | 'mph';
  precipitation_unit: 'mm' | 'inch';
  windSpeedUnit: WindSpeedUnit;
  precipitationUnit: PrecipitationUnit;
}

/**
 * Open-Meteo's unit parameters for each unit system. It has no kelvin, so `standard` requests
 * Celsius and m/s and the provider converts temperatures to kelvin.
 */
export const unitRequests: Record<Units, UnitRequest> = {
  metric: {
    temperature_unit: 'celsius',
    wind_speed_unit: 'kmh',
    precipitation_unit: 'mm',
    windSpeedUnit: 'km/h',
    precipitationUnit: 'mm',
  },
  imperial: {
    temperature_unit: 'fahrenheit',
    wind_speed_unit: 'mph',
    precipitation_unit: 'inch',
    windSpeedUnit: 'mph',
    precipitationUnit: 'inch',
  },
  standard: {
    temperature_unit: 'celsius',
    wind_speed_unit: 'ms',
    precipitation_unit: 'mm',
    windSpeedUnit: 'm/s',
    precipitationUnit: 'mm',
  },
};

/** Builds the query of `GET /v1/forecast`: current, 24 hours and 7 days in the location's zone. */
export function forecastSearchParams(
  latitude: number,
  longitude: number,
  units: Units,
): URLSearchParams {
  const unitRequest = unitRequests[units];
  return new URLSearchParams({
    latitude: String(latitude),
    longitude: String(longitude),
    current: currentVariables.join(','),
    hourly: hourlyVariables.join(','),
    daily: dailyVariables.join(','),
    timezone: 'auto',
    timeformat: 'iso8601',
    forecast_days: '7',
    temperature_unit: unitRequest.temperature_unit,
    wind_speed_unit: unitRequest.wind_speed_unit,
    precipitation_unit: unitRequest.precipitation_unit,
  });
}
