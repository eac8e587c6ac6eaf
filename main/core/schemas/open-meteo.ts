import * as v from 'valibot';
import {
  finiteNumber,
  numberSeries,
  optionalNumber,
  optionalNumberSeries,
  utcOffsetSeconds,
} from './common.ts';

/**
 * Local time without an offset, as Open-Meteo sends it with `timeformat=iso8601`, that `Date.parse`
 * accepts, so that converting it to UTC cannot fail.
 */
const localDateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/),
  v.check((text) => !Number.isNaN(Date.parse(`${text}Z`))),
);
const localDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const currentSchema = v.object({
  time: localDateTime,
  /** Seconds between model updates of the current values, such as 900. */
  interval: v.pipe(finiteNumber, v.minValue(1)),
  temperature_2m: finiteNumber,
  apparent_temperature: optionalNumber,
  relative_humidity_2m: optionalNumber,
  pressure_msl: optionalNumber,
  wind_speed_10m: optionalNumber,
  wind_direction_10m: optionalNumber,
  wind_gusts_10m: optionalNumber,
  visibility: optionalNumber,
  precipitation: optionalNumber,
  cloud_cover: optionalNumber,
  // Some servers send it as a float (`3.0`), so the provider rounds it.
  weather_code: finiteNumber,
  is_day: finiteNumber,
});

const hourlySchema = v.object({
  time: v.array(localDateTime),
  temperature_2m: numberSeries,
  precipitation_probability: optionalNumberSeries,
  precipitation: optionalNumberSeries,
  wind_speed_10m: optionalNumberSeries,
  weather_code: optionalNumberSeries,
  is_day: optionalNumberSeries,
});

const dailySchema = v.object({
  time: v.array(localDate),
  weather_code: optionalNumberSeries,
  temperature_2m_max: optionalNumberSeries,
  temperature_2m_min: optionalNumberSeries,
  precipitation_sum: optionalNumberSeries,
  precipitation_probability_max: optionalNumberSeries,
  sunrise: v.optional(v.array(v.nullable(localDateTime)), []),
  sunset: v.optional(v.array(v.nullable(localDateTime)), []),
});

/** The body of `GET /v1/forecast` with the `current`, `hourly` and `daily` blocks requested. */
export const openMeteoForecastSchema = v.object({
  latitude: finiteNumber,
  longitude: finiteNumber,
  utc_offset_seconds: utcOffsetSeconds,
  timezone: v.nullish(v.string(), null),
  current_units: v.optional(v.record(v.string(), v.string()), {}),
  current: currentSchema,
  hourly: hourlySchema,
  daily: dailySchema,
});

export type OpenMeteoForecast = v.InferOutput<typeof openMeteoForecastSchema>;

/** The body of a failed Open-Meteo request, such as HTTP 400 for an unknown parameter. */
export const openMeteoErrorSchema = v.object({
  error: v.literal(true),
  reason: v.string(),
});

const geocodingResultSchema = v.object({
  name: v.string(),
  latitude: finiteNumber,
  longitude: finiteNumber,
  country_code: v.nullish(v.string(), null),
  country: v.nullish(v.string(), null),
  admin1: v.nullish(v.string(), null),
  timezone: v.nullish(v.string(), null),
});

/** The body of `GET /v1/search`. With no match, Open-Meteo leaves out `results` entirely. */
export const openMeteoGeocodingSchema = v.object({
  results: v.optional(v.array(geocodingResultSchema), []),
});

export type OpenMeteoGeocodingResult = v.InferOutput<typeof geocodingResultSchema>;
