import { inspect } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidApiKeyError,
  InvalidResponseError,
  LocationNotFoundError,
  ProviderError,
  RateLimitedError,
} from '../../main/core/errors.ts';
import { createProvider } from '../../main/core/providers/index.ts';
import type { WeatherQuery } from '../../main/core/providers/provider.ts';
import { loadFixture } from '../support/fixtures.ts';
import { LoopbackServer } from '../support/loopback-server.ts';
import { loopbackServerPerTest } from '../support/loopback-server-per-test.ts';
import { loopbackProviderOptions } from '../support/providers.ts';

const apiKey = 'f00dfeedcafe0123456789abcdef0123';

type OpenWeatherBody = {
  sys: Record<string, unknown>;
  list: [Record<string, unknown>];
  city: Record<string, unknown>;
};

const losAngeles: WeatherQuery = {
  latitude: 34.0522,
  longitude: -118.2437,
  units: 'imperial',
};

describe('OpenWeatherMap fetchWeather', () => {
  const server = loopbackServerPerTest();

  beforeEach(() => {
    server.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-los-angeles.json'),
    });
    server.route('/data/2.5/forecast', {
      body: loadFixture('openweathermap/forecast-los-angeles.json'),
    });
  });

  function provider(key: string | null = apiKey) {
    return createProvider('openweathermap', loopbackProviderOptions(server, { apiKey: key }));
  }

  it('sends units and appid to both endpoints', async () => {
    await provider().fetchWeather(losAngeles);

    for (const path of ['/data/2.5/weather', '/data/2.5/forecast']) {
      const query = server.requestsTo(path)[0]?.query;
      expect(query?.get('units'), path).toBe('imperial');
      expect(query?.get('appid'), path).toBe(apiKey);
      expect(query?.get('lat'), path).toBe('34.0522');
      expect(query?.get('lon'), path).toBe('-118.2437');
    }
  });

  it('decides on HTTP status, not cod', async () => {
    const current = loadFixture('openweathermap/weather-los-angeles.json');
    const forecast = loadFixture('openweathermap/forecast-los-angeles.json');
    expect(current.cod).toBe(200);
    expect(forecast.cod).toBe('200');

    const report = await provider().fetchWeather(losAngeles);

    expect(report.current.temperature).toBe(72.3);
    expect(report.hourly).toHaveLength(8);
  });

  it('fails on a 404 whose cod is a string', async () => {
    server.route('/data/2.5/weather', {
      status: 404,
      body: loadFixture('openweathermap/error-404.json'),
    });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ status: 404 });
    await expect(failure).rejects.toThrow('city not found');
  });

  it('handles a 404 with an empty body', async () => {
    server.route('/data/2.5/weather', { status: 404, body: '' });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toThrow('HTTP 404 for');
    await expect(failure).rejects.toThrow('with an empty body');
    expect(server.requestsTo('/data/2.5/weather')).toHaveLength(1);
  });

  it('says a 401 key may not be active yet', async () => {
    server.route('/data/2.5/weather', {
      status: 401,
      body: loadFixture('openweathermap/error-401.json'),
    });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(InvalidApiKeyError);
    await expect(failure).rejects.toThrow('invalid or not yet active');
    await expect(failure).rejects.toThrow('up to two hours to activate');
    expect(server.requestsTo('/data/2.5/weather')).toHaveLength(1);
    expect(server.requestsTo('/data/2.5/forecast')).toHaveLength(0);
  });

  it('retries a 429 a bounded number of times', async () => {
    server.route('/data/2.5/weather', {
      status: 429,
      body: loadFixture('openweathermap/error-429.json'),
    });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(RateLimitedError);
    await expect(failure).rejects.toThrow('temporary blocked');
    expect(server.requestsTo('/data/2.5/weather')).toHaveLength(3);
    expect(server.requestsTo('/data/2.5/forecast')).toHaveLength(0);
  });

  it('never puts the key in an error', async () => {
    server.route('/data/2.5/weather', {
      status: 401,
      body: loadFixture('openweathermap/error-401.json'),
    });
    const unauthorized = await provider()
      .fetchWeather(losAngeles)
      .catch((error: unknown) => error);

    server.route('/data/2.5/weather', { delayMs: 300, body: {} });
    const slow = createProvider(
      'openweathermap',
      loopbackProviderOptions(server, { apiKey, timeoutMs: 50 }),
    );
    const timedOut = await slow.fetchWeather(losAngeles).catch((error: unknown) => error);

    const closed = new LoopbackServer();
    const closedUrl = await closed.start();
    await closed.stop();
    const unreachable = await createProvider('openweathermap', {
      apiKey,
      retry: 0,
      baseUrls: { openMeteo: closedUrl, openMeteoGeocoding: closedUrl, openWeather: closedUrl },
    })
      .fetchWeather(losAngeles)
      .catch((error: unknown) => error);

    for (const error of [unauthorized, timedOut, unreachable]) {
      expect(error).toBeInstanceOf(Error);
      expect(inspect(error, { depth: 10 })).not.toContain(apiKey);
    }
  });

  it.each([404, 429])('masks a key echoed in a %i body', async (status) => {
    server.route('/data/2.5/weather', (request) => ({
      status,
      body: { cod: String(status), message: `No access for appid ${request.query.get('appid')}` },
    }));

    const error = await createProvider(
      'openweathermap',
      loopbackProviderOptions(server, { apiKey, retry: 0 }),
    )
      .fetchWeather(losAngeles)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain('No access for appid');
    expect(inspect(error, { depth: 10 })).not.toContain(apiKey);
  });

  it('never follows a redirect to another server', async () => {
    const other = new LoopbackServer();
    const otherUrl = await other.start();
    other.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-los-angeles.json'),
    });
    server.route('/data/2.5/weather', (request) => ({
      status: 302,
      headers: { location: `${otherUrl}/data/2.5/weather?${request.query}` },
    }));

    const error = await provider()
      .fetchWeather(losAngeles)
      .catch((caught: unknown) => caught);
    await other.stop();

    expect(other.requests).toHaveLength(0);
    expect(server.requestsTo('/data/2.5/weather')).toHaveLength(1);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 302 });
    expect(String(error)).toContain(`to ${otherUrl}/data/2.5/weather (HTTP 302)`);
    expect(inspect(error, { depth: 10 })).not.toContain(apiKey);
  });

  it('leaves missing optional fields null', async () => {
    server.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-boston-sparse.json'),
    });
    server.route('/data/2.5/forecast', {
      body: loadFixture('openweathermap/forecast-boston.json'),
    });

    const report = await provider().fetchWeather({ ...losAngeles, units: 'metric' });

    expect(report.current.windGust).toBeNull();
    expect(report.current.visibility).toBeNull();
    expect(report.current.precipitation).toBeNull();
    expect(report.current.feelsLike).toBe(-4.6);
    expect(report.current.pressure).toBe(1024);
  });

  it('leaves a missing feels_like null', async () => {
    const current = loadFixture<{ main: Record<string, unknown> }>(
      'openweathermap/weather-los-angeles.json',
    );
    delete current.main.feels_like;
    server.route('/data/2.5/weather', { body: current });

    const report = await provider().fetchWeather(losAngeles);

    expect(report.current.feelsLike).toBeNull();
  });

  it('takes the first condition as primary', async () => {
    server.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-boston-sparse.json'),
    });

    const report = await provider().fetchWeather(losAngeles);

    expect(report.current.condition).toEqual({
      code: 804,
      description: 'overcast clouds',
      icon: 'cloudy-day',
      isDay: true,
    });
  });

  it('sends standard units and keeps kelvin', async () => {
    server.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-berlin-standard.json'),
    });
    server.route('/data/2.5/forecast', {
      body: loadFixture('openweathermap/forecast-berlin-standard.json'),
    });

    const report = await provider().fetchWeather({
      latitude: 52.52,
      longitude: 13.405,
      units: 'standard',
    });

    expect(server.requestsTo('/data/2.5/weather')[0]?.query.get('units')).toBe('standard');
    expect(report.units).toBe('standard');
    expect(report.current.temperature).toBe(290.21);
    expect(report.windSpeedUnit).toBe('m/s');
    expect(report.current.precipitation).toBe(0.38);
    expect(report.current.condition.isDay).toBe(false);
    expect(report.location.name).toBe('Berlin');
    expect(report.location.countryCode).toBe('DE');
  });

  it('converts rain to inches for imperial', async () => {
    const report = await provider().fetchWeather(losAngeles);

    const rainyDay = report.daily.find((day) => day.precipitationSum !== null);
    expect(rainyDay?.precipitationSum).toBeCloseTo((0.47 * 2) / 25.4, 6);
    expect(report.precipitationUnit).toBe('inch');
  });

  it('builds 8 three-hour steps', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.hourlyStepHours).toBe(3);
    expect(report.hourly).toHaveLength(8);
    expect(report.hourly[0]?.time).toBe('2025-01-15T21:00:00.000Z');
    expect(report.hourly[7]?.time).toBe('2025-01-16T18:00:00.000Z');
    expect(report.hourly[1]?.precipitationProbability).toBe(3);
  });

  it('builds 5 local days from the steps', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.forecastDays).toBe(5);
    expect(report.daily.map((day) => day.date)).toEqual([
      '2025-01-15',
      '2025-01-16',
      '2025-01-17',
      '2025-01-18',
      '2025-01-19',
    ]);
    expect(report.daily[0]?.sunrise).toBe('2025-01-15T14:58:12.000Z');
    expect(report.daily[1]?.sunrise).toBeNull();
    expect(report.daily[4]?.precipitationProbability).toBe(62);
  });

  it('groups steps by the location day, not UTC', async () => {
    const report = await provider().fetchWeather(losAngeles);

    // 21:00 UTC on the 15th to 06:00 UTC on the 16th is still the 15th at UTC-8.
    const firstDay = report.daily[0];
    const forecast = loadFixture<{ list: { dt: number; main: { temp_max: number } }[] }>(
      'openweathermap/forecast-los-angeles.json',
    );
    const firstDaySteps = forecast.list.filter(
      (step) => step.dt < Date.parse('2025-01-16T08:00Z') / 1000,
    );
    expect(firstDay?.temperatureMax).toBe(
      Math.max(...firstDaySteps.map((step) => step.main.temp_max)),
    );
  });

  it('reports the fixed update interval and attribution', async () => {
    const report = await provider().fetchWeather(losAngeles);

    expect(report.updateIntervalSeconds).toBe(600);
    expect(report.attribution).toEqual({
      text: 'Weather data by OpenWeather',
      url: 'https://openweathermap.org/',
    });
  });

  it('rejects an empty weather array', async () => {
    const current = loadFixture('openweathermap/weather-los-angeles.json');
    current.weather = [];
    server.route('/data/2.5/weather', { body: current });

    await expect(provider().fetchWeather(losAngeles)).rejects.toThrow(InvalidResponseError);
    await expect(provider().fetchWeather(losAngeles)).rejects.toThrow(/weather: Invalid length/);
  });

  it.each([
    ['/data/2.5/weather', 'dt', (body: OpenWeatherBody) => Object.assign(body, { dt: 1e20 })],
    [
      '/data/2.5/weather',
      'timezone',
      (body: OpenWeatherBody) => Object.assign(body, { timezone: 1e20 }),
    ],
    [
      '/data/2.5/weather',
      'sys.sunrise',
      (body: OpenWeatherBody) => Object.assign(body.sys, { sunrise: 1e20 }),
    ],
    [
      '/data/2.5/forecast',
      'list.0.dt',
      (body: OpenWeatherBody) => Object.assign(body.list[0], { dt: 1e20 }),
    ],
    [
      '/data/2.5/forecast',
      'city.sunset',
      (body: OpenWeatherBody) => Object.assign(body.city, { sunset: -1e20 }),
    ],
  ])('rejects an impossible %s %s', async (path, field, spoil) => {
    const fixture = path.endsWith('weather') ? 'weather-los-angeles' : 'forecast-los-angeles';
    const body = loadFixture<OpenWeatherBody>(`openweathermap/${fixture}.json`);
    spoil(body);
    server.route(path, { body });

    const failure = provider().fetchWeather(losAngeles);

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(`${path}: ${field}: `);
  });

  it('needs a key before any request', async () => {
    await expect(provider(null).fetchWeather(losAngeles)).rejects.toBeInstanceOf(
      InvalidApiKeyError,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('OpenWeatherMap geocode', () => {
  const server = loopbackServerPerTest();

  function provider() {
    return createProvider('openweathermap', loopbackProviderOptions(server, { apiKey }));
  }

  it('sends city and country code', async () => {
    server.route('/geo/1.0/direct', { body: loadFixture('openweathermap/geocoding-boston.json') });

    const places = await provider().geocode({ text: '  Boston, US  ' });

    const query = server.requestsTo('/geo/1.0/direct')[0]?.query;
    expect(query?.get('q')).toBe('Boston,US');
    expect(query?.get('limit')).toBe('5');
    expect(query?.get('appid')).toBe(apiKey);
    expect(places).toEqual([
      {
        name: 'Boston',
        region: 'Massachusetts',
        countryCode: 'US',
        latitude: 42.3554334,
        longitude: -71.060511,
        timezone: null,
      },
    ]);
  });

  it('treats an empty array as not found', async () => {
    server.route('/geo/1.0/direct', { body: loadFixture('openweathermap/geocoding-empty.json') });

    const failure = provider().geocode({ text: 'Atlantis, GR' });

    await expect(failure).rejects.toBeInstanceOf(LocationNotFoundError);
    await expect(failure).rejects.toThrow('no place matching "Atlantis, GR"');
  });
});
