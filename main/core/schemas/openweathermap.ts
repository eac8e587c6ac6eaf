import * as v from 'valibot';
import {
  epochSeconds,
  finiteNumber,
  optionalEpochSeconds,
  optionalNumber,
  utcOffsetSeconds,
} from './common.ts';

// `cod` is left unchecked, because it is a number in /weather and a string in /forecast and in
// errors. The HTTP status shows whether the request succeeded.

const conditionSchema = v.object({
  id: finiteNumber,
  main: v.optional(v.string(), ''),
  description: v.optional(v.string(), ''),
  /** Icon code such as `01d`, ending in `d` by day and `n` by night. */
  icon: v.optional(v.string(), ''),
});

/** Rain or snow volume in mm, present only when there is some. */
const volumeSchema = v.nullish(v.object({ '1h': optionalNumber, '3h': optionalNumber }), null);

const windSchema = v.optional(
  v.object({ speed: optionalNumber, deg: optionalNumber, gust: optionalNumber }),
  { speed: null, deg: null, gust: null },
);

/** The body of `GET /data/2.5/weather`. */
export const openWeatherCurrentSchema = v.object({
  coord: v.object({ lat: finiteNumber, lon: finiteNumber }),
  weather: v.pipe(v.array(conditionSchema), v.minLength(1)),
  main: v.object({
    temp: finiteNumber,
    feels_like: optionalNumber,
    pressure: optionalNumber,
    sea_level: optionalNumber,
    humidity: optionalNumber,
  }),
  visibility: optionalNumber,
  wind: windSchema,
  clouds: v.nullish(v.object({ all: optionalNumber }), null),
  rain: volumeSchema,
  snow: volumeSchema,
  dt: epochSeconds,
  sys: v.optional(
    v.object({
      country: v.nullish(v.string(), null),
      sunrise: optionalEpochSeconds,
      sunset: optionalEpochSeconds,
    }),
    { country: null, sunrise: null, sunset: null },
  ),
  /** Offset from UTC in seconds. */
  timezone: utcOffsetSeconds,
  name: v.optional(v.string(), ''),
});

export type OpenWeatherCurrent = v.InferOutput<typeof openWeatherCurrentSchema>;

const forecastStepSchema = v.object({
  dt: epochSeconds,
  main: v.object({
    temp: optionalNumber,
    temp_min: optionalNumber,
    temp_max: optionalNumber,
  }),
  weather: v.optional(v.array(conditionSchema), []),
  wind: windSchema,
  /** Probability of precipitation from 0 to 1. */
  pop: optionalNumber,
  rain: volumeSchema,
  snow: volumeSchema,
  sys: v.optional(v.object({ pod: v.optional(v.string()) }), {}),
});

/** The body of `GET /data/2.5/forecast`: 5 days in 40 steps of 3 hours. */
export const openWeatherForecastSchema = v.object({
  list: v.array(forecastStepSchema),
  city: v.object({
    timezone: utcOffsetSeconds,
    sunrise: optionalEpochSeconds,
    sunset: optionalEpochSeconds,
  }),
});

export type OpenWeatherForecast = v.InferOutput<typeof openWeatherForecastSchema>;
export type OpenWeatherForecastStep = OpenWeatherForecast['list'][number];

/** The body of `GET /geo/1.0/direct`: an array, empty when nothing matches. */
export const openWeatherGeocodingSchema = v.array(
  v.object({
    name: v.string(),
    lat: finiteNumber,
    lon: finiteNumber,
    country: v.nullish(v.string(), null),
    state: v.nullish(v.string(), null),
  }),
);

/** The body of a failed OpenWeatherMap request. The body can also be empty. */
export const openWeatherErrorSchema = v.object({
  cod: v.optional(v.union([v.string(), v.number()])),
  message: v.optional(v.string()),
});
