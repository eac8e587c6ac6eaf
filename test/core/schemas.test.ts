import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../main/core/errors.ts';
import { openMeteoGeocodingSchema } from '../../main/core/schemas/open-meteo.ts';
import {
  openWeatherCurrentSchema,
  openWeatherForecastSchema,
  openWeatherGeocodingSchema,
} from '../../main/core/schemas/openweathermap.ts';
import { parseResponse } from '../../main/core/schemas/validate.ts';
import { loadFixture } from '../support/fixtures.ts';

const weatherUrl = new URL('http://127.0.0.1:9/data/2.5/weather?appid=secret&units=metric');

describe('parseResponse', () => {
  it('returns the checked value', () => {
    const current = parseResponse(
      openWeatherCurrentSchema,
      loadFixture('openweathermap/weather-los-angeles.json'),
      'openweathermap',
      weatherUrl,
    );

    expect(current.main.temp).toBe(72.3);
    expect(current.rain).toBeNull();
  });

  it('accepts cod as a number or a string', () => {
    const current = loadFixture('openweathermap/weather-los-angeles.json');
    const forecast = loadFixture('openweathermap/forecast-los-angeles.json');
    current.cod = '200';
    forecast.cod = 200;

    expect(() =>
      parseResponse(openWeatherCurrentSchema, current, 'openweathermap', weatherUrl),
    ).not.toThrow();
    expect(() =>
      parseResponse(openWeatherForecastSchema, forecast, 'openweathermap', weatherUrl),
    ).not.toThrow();
  });

  it('names the missing field', () => {
    const current = loadFixture<{ main: Record<string, unknown> }>(
      'openweathermap/weather-los-angeles.json',
    );
    delete current.main.temp;

    const parse = () =>
      parseResponse(openWeatherCurrentSchema, current, 'openweathermap', weatherUrl);

    expect(parse).toThrow(InvalidResponseError);
    expect(parse).toThrow(/\/data\/2\.5\/weather: main\.temp: Invalid key/);
  });

  it('names a field inside a list', () => {
    const forecast = loadFixture<{ list: { dt: unknown }[] }>(
      'openweathermap/forecast-los-angeles.json',
    );
    const step = forecast.list[3];
    if (step) {
      step.dt = '2025-01-16 06:00:00';
    }

    expect(() =>
      parseResponse(openWeatherForecastSchema, forecast, 'openweathermap', weatherUrl),
    ).toThrow(/list\.3\.dt: Invalid type: Expected number/);
  });

  it('describes a body of the wrong type', () => {
    expect(() =>
      parseResponse(openWeatherGeocodingSchema, { results: [] }, 'openweathermap', weatherUrl),
    ).toThrow(/\(the whole body\): Invalid type: Expected Array/);
  });

  it('leaves the query string out of the message', () => {
    const parse = () => parseResponse(openWeatherCurrentSchema, {}, 'openweathermap', weatherUrl);

    expect(parse).toThrow(
      /^OpenWeatherMap sent an unexpected response from http:\/\/127\.0\.0\.1:9\/data\/2\.5\/weather: /,
    );
    expect(parse).not.toThrow(/secret/);
  });

  it('turns missing geocoding results into an empty list', () => {
    const url = new URL('http://127.0.0.1:9/v1/search');
    const parsed = parseResponse(
      openMeteoGeocodingSchema,
      loadFixture('open-meteo/geocoding-no-results.json'),
      'open-meteo',
      url,
    );

    expect(parsed.results).toEqual([]);
  });
});
