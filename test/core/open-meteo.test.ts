import { beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidResponseError,
  LocationNotFoundError,
  ProviderError,
  RateLimitedError,
} from '../../main/core/errors.ts';
import type { Units } from '../../main/core/model.ts';
import { createProvider } from '../../main/core/providers/index.ts';
import type { WeatherQuery } from '../../main/core/providers/provider.ts';
import { loadFixture, readFixtureText } from '../support/fixtures.ts';
import { loopbackServerPerTest } from '../support/loopback-server-per-test.ts';
import { loopbackProviderOptions } from '../support/providers.ts';

/** Returns a forecast fixture labelled with the units that a request for `units` receives. */
function forecastIn(units: Units) {
  if (units === 'imperial') {
    return loadFixture('open-meteo/forecast-los-angeles-imperial.json');
  }

  const forecast = loadFixture<{ current_units: Record<string, string> }>(
    'open-meteo/forecast-berlin-celsius.json',
  );
  forecast.current_units.wind_speed_10m = units === 'metric' ? 'km/h' : 'm/s';
  return forecast;
}

type OpenMeteoBody = {
  current: Record<string, unknown>;
  daily: { sunrise: unknown[] };
};

const losAngeles: WeatherQuery = {
  latitude: 34.0522,
  longitude: -118.2437,
  units: 'imperial',
  placeName: 'Los Angeles',
  region: 'California',
  countryCode: 'US',
};

describe('Open-Meteo fetchWeather', () => {
  const server = loopbackServerPerTest();

  beforeEach(() => {
    server.route('/v1/forecast', {
      body: loadFixture('open-meteo/forecast-los-angeles-imperial.json'),
    });
  });

  function provider() {
    return createProvider('open-meteo', loopbackProviderOptions(server));
  }

  it('asks for current, hourly and daily blocks', async () => {
    await provider().fetchWeather(losAngeles);

    const query = server.requestsTo('/v1/forecast')[0]?.query;
    expect(query?.get('current')?.split(',')).toContain('temperature_2m');
    expect(query?.get('current')?.split(',')).toContain('weather_code');
    expect(query?.has('current_weather')).toBe(false);
    expect(query?.get('hourly')).toContain('precipitation_probability');
    expect(query?.get('daily')).toContain('sunrise');
    expect(query?.get('timezone')).toBe('auto');
    expect(query?.get('forecast_days')).toBe('7');
    expect(query?.get('latitude')).toBe('34.0522');
    expect(query?.get('longitude')).toBe('-118.2437');
  });

  it.each([
    ['imperial', 'fahrenheit', 'mph', 'inch'],
    ['metric', 'celsius', 'kmh', 'mm'],
    ['standard', 'celsius', 'ms', 'mm'],
  ] as const)('maps %s units to request parameters', async (units, temperature, wind, rain) => {
    server.route('/v1/forecast', { body: forecastIn(units) });

    await provider().fetchWeather({ ...losAngeles, units });

    const query = server.requestsTo('/v1/forecast')[0]?.query;
    expect(query?.get('temperature_unit')).toBe(temperature);
    expect(query?.get('wind_speed_unit')).toBe(wind);
    expect(query?.get('precipitation_unit')).toBe(rain);
  });

  it('normalizes the current conditions', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.provider).toBe('open-meteo');
    expect(report.location).toEqual({
      name: 'Los Angeles',
      region: 'California',
      countryCode: 'US',
      latitude: 34.0522,
      longitude: -118.2437,
      utcOffsetSeconds: -28_800,
      timezone: 'America/Los_Angeles',
    });
    expect(report.windSpeedUnit).toBe('mph');
    expect(report.precipitationUnit).toBe('inch');
    expect(report.current.temperature).toBe(71.8);
    expect(report.current.feelsLike).toBe(69.9);
    expect(report.current.windSpeed).toBe(5.9);
    expect(report.current.windGust).toBe(11.2);
    expect(report.current.condition).toEqual({
      code: 0,
      description: 'clear sky',
      icon: 'clear-day',
      isDay: true,
    });
  });

  it('applies the UTC offset exactly once', async () => {
    const report = await provider().fetchWeather(losAngeles);

    // 10:45 in Los Angeles at UTC-8 is 18:45 UTC.
    expect(report.current.observedAt).toBe('2025-01-15T18:45:00.000Z');
    expect(report.hourly[0]?.time).toBe('2025-01-15T18:00:00.000Z');
    expect(report.sunrise).toBe('2025-01-15T14:58:00.000Z');
    expect(report.daily[0]?.date).toBe('2025-01-15');
  });

  it('converts visibility sent in feet', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.current.visibility).toBeCloseTo(24_140.16, 2);
  });

  it('uses interval as the update interval', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.updateIntervalSeconds).toBe(900);
  });

  it('returns 24 hourly steps and 7 days', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.hourly).toHaveLength(24);
    expect(report.hourlyStepHours).toBe(1);
    expect(report.daily).toHaveLength(7);
    expect(report.forecastDays).toBe(7);
  });

  it('keeps nulls in the series', async () => {
    const forecast = loadFixture<{ current: { time: string } }>(
      'open-meteo/forecast-los-angeles-imperial.json',
    );
    forecast.current.time = '2025-01-21T10:45';
    server.route('/v1/forecast', { body: forecast });

    const report = await provider().fetchWeather(losAngeles);

    expect(report.hourly).toHaveLength(14);
    expect(report.hourly.at(-1)?.temperature).toBeNull();
    expect(report.hourly.at(-1)?.precipitationProbability).toBeNull();
    expect(report.daily[6]?.temperatureMax).toBeNull();
    expect(report.daily[6]?.precipitationSum).toBeNull();
  });

  it('accepts weather_code as a float', async () => {
    const text = readFixtureText('open-meteo/forecast-los-angeles-imperial.json').replace(
      '"weather_code": 0,',
      '"weather_code": 3.0,',
    );
    expect(text).toContain('"weather_code": 3.0,');
    server.route('/v1/forecast', { headers: { 'content-type': 'application/json' }, body: text });

    const report = await provider().fetchWeather(losAngeles);

    expect(report.current.condition.code).toBe(3);
    expect(report.current.condition.description).toBe('overcast');
    expect(report.daily[2]?.condition?.description).toBe('overcast');
  });

  it('converts standard units to kelvin', async () => {
    server.route('/v1/forecast', { body: loadFixture('open-meteo/forecast-berlin-celsius.json') });

    const report = await provider().fetchWeather({
      latitude: 52.52,
      longitude: 13.405,
      units: 'standard',
      placeName: 'Berlin',
    });

    expect(report.units).toBe('standard');
    expect(report.windSpeedUnit).toBe('m/s');
    expect(report.current.temperature).toBeCloseTo(290.05, 5);
    expect(report.current.feelsLike).toBeCloseTo(288.35, 5);
    expect(report.daily[0]?.temperatureMax).toBeCloseTo(18 + 4.5 + 273.15, 5);
    expect(report.current.windSpeed).toBe(4.2);
  });

  it('names the place by coordinates without a name', async () => {
    server.route('/v1/forecast', { body: forecastIn('metric') });

    const report = await provider().fetchWeather({
      latitude: 34.05223,
      longitude: -118.24368,
      units: 'metric',
    });

    expect(report.location.name).toBe('34.0522, -118.2437');
  });

  it('carries the attribution', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.attribution).toEqual({
      text: 'Weather data by Open-Meteo.com',
      url: 'https://open-meteo.com/',
    });
  });

  it('shows the reason of a 400', async () => {
    server.route('/v1/forecast', {
      status: 400,
      body: loadFixture('open-meteo/error-400.json'),
    });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ status: 400 });
    await expect(failure).rejects.toThrow(
      'Cannot initialize WeatherVariable from invalid String value tempertaure_2m for key current',
    );
    expect(server.requestsTo('/v1/forecast')).toHaveLength(1);
  });

  it('rejects a body without current', async () => {
    const forecast = loadFixture('open-meteo/forecast-los-angeles-imperial.json');
    delete forecast.current;
    server.route('/v1/forecast', { body: forecast });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(/\/v1\/forecast: current: /);
  });

  it('names the path of a bad field', async () => {
    const forecast = loadFixture<{ current: Record<string, unknown> }>(
      'open-meteo/forecast-los-angeles-imperial.json',
    );
    forecast.current.temperature_2m = 'warm';
    server.route('/v1/forecast', { body: forecast });

    await expect(provider().fetchWeather(losAngeles)).rejects.toThrow(
      /current\.temperature_2m: Invalid type: Expected number but received "warm"/,
    );
  });

  it('names the index of a bad series entry', async () => {
    const forecast = loadFixture<{ hourly: { time: unknown[] } }>(
      'open-meteo/forecast-los-angeles-imperial.json',
    );
    forecast.hourly.time[5] = 1_736_900_000;
    server.route('/v1/forecast', { body: forecast });

    await expect(provider().fetchWeather(losAngeles)).rejects.toThrow(/hourly\.time\.5: /);
  });

  it.each([
    [
      'utc_offset_seconds',
      (forecast: OpenMeteoBody) => Object.assign(forecast, { utc_offset_seconds: 1e20 }),
    ],
    [
      'current.time',
      (forecast: OpenMeteoBody) => Object.assign(forecast.current, { time: '2025-13-45T99:99' }),
    ],
    [
      'daily.sunrise.0',
      (forecast: OpenMeteoBody) => Object.assign(forecast.daily.sunrise, ['2025-01-15T25:00']),
    ],
  ])('rejects an impossible %s', async (path, spoil) => {
    const forecast = loadFixture<OpenMeteoBody>('open-meteo/forecast-los-angeles-imperial.json');
    spoil(forecast);
    server.route('/v1/forecast', { body: forecast });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(`/v1/forecast: ${path}: `);
  });

  it.each([
    ['current.temperature_2m', '"temperature_2m": 71.8', '"temperature_2m": 1e400'],
    [
      'current.apparent_temperature',
      '"apparent_temperature": 69.9',
      '"apparent_temperature": -1e400',
    ],
  ])('rejects an infinite %s', async (path, value, infinite) => {
    const text = readFixtureText('open-meteo/forecast-los-angeles-imperial.json');
    expect(text).toContain(value);
    server.route('/v1/forecast', { body: text.replace(value, infinite) });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(`/v1/forecast: ${path}: `);
  });

  it('rejects units other than requested', async () => {
    const failure = provider().fetchWeather({ ...losAngeles, units: 'metric' });

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow('temperature_2m in "°F"');
    await expect(failure).rejects.toThrow('but "°C" was requested');
  });

  it('reports a 429 as rate limited', async () => {
    server.route('/v1/forecast', {
      status: 429,
      headers: { 'retry-after': '600' },
      body: {
        error: true,
        reason: 'Minutely API request limit exceeded. Please try again in one minute.',
      },
    });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(RateLimitedError);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 600_000 });
  });
});

describe('Open-Meteo geocode', () => {
  const server = loopbackServerPerTest();

  function provider() {
    return createProvider('open-meteo', loopbackProviderOptions(server));
  }

  it('filters by country code', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-los-angeles.json') });

    const places = await provider().geocode({ text: 'Los Angeles, US' });

    expect(places).toEqual([
      {
        name: 'Los Angeles',
        region: 'California',
        countryCode: 'US',
        latitude: 34.05223,
        longitude: -118.24368,
        timezone: 'America/Los_Angeles',
      },
    ]);
    const query = server.requestsTo('/v1/search')[0]?.query;
    expect(query?.get('name')).toBe('Los Angeles');
    expect(query?.get('countryCode')).toBe('US');
  });

  it('returns every match for a bare name', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-los-angeles.json') });

    const places = await provider().geocode({ text: 'Los Angeles' });

    expect(places.map((place) => place.countryCode)).toEqual(['US', 'CL']);
  });

  it('filters by region', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-boston.json') });

    const places = await provider().geocode({ text: 'Boston, England' });

    expect(places.map((place) => place.countryCode)).toEqual(['GB']);
  });

  it('matches a US state code', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-los-angeles.json') });

    const places = await provider().geocode({ text: 'Los Angeles, CA, US' });

    expect(places.map((place) => place.region)).toEqual(['California']);
  });

  it('trims the text before searching', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-boston.json') });

    await provider().geocode({ text: '  Boston, US  ' });

    expect(server.requestsTo('/v1/search')[0]?.query.get('name')).toBe('Boston');
  });

  it('treats a body without results as not found', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-no-results.json') });

    const failure = provider().geocode({ text: 'Atlantis' });

    await expect(failure).rejects.toBeInstanceOf(LocationNotFoundError);
    await expect(failure).rejects.toMatchObject({ query: 'Atlantis' });
  });

  it('treats filtered-out results as not found', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-boston.json') });

    await expect(provider().geocode({ text: 'Boston, Ohio, US' })).rejects.toBeInstanceOf(
      LocationNotFoundError,
    );
  });
});
