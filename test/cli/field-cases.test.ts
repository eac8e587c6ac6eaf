import { describe, expect, it } from 'vitest';
import { loopbackEnvironment, runWeatherCommand } from '../support/cli.ts';
import { loadFixture } from '../support/fixtures.ts';
import { loopbackServerPerTest } from '../support/loopback-server-per-test.ts';

const apiKey = '0123456789abcdef0123456789abcdef';

describe('weather command, cases seen in the field', () => {
  const server = loopbackServerPerTest();

  function serveOpenWeather(weather: string, forecast: string) {
    server.route('/data/2.5/weather', { body: loadFixture(`openweathermap/${weather}`) });
    server.route('/data/2.5/forecast', { body: loadFixture(`openweathermap/${forecast}`) });
  }

  const withKey = () => loopbackEnvironment(server, { OPENWEATHER_API_KEY: apiKey });

  it('judges success by HTTP status, not cod', async () => {
    serveOpenWeather('weather-los-angeles.json', 'forecast-los-angeles.json');
    server.route('/geo/1.0/direct', {
      body: loadFixture('openweathermap/geocoding-los-angeles.json'),
    });

    const result = await runWeatherCommand(['--location', 'Los Angeles, US'], withKey());

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('Los Angeles, US: 72°F, clear sky, feels like 70°F, wind 6 mph\n');
  });

  it('fails on 404 with a string cod', async () => {
    server.route('/data/2.5/weather', {
      status: 404,
      body: loadFixture('openweathermap/error-404.json'),
    });

    const result = await runWeatherCommand(['--lat', '34.05', '--lon', '-118.24'], withKey());

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('HTTP 404');
    expect(result.stderr).toContain('city not found');
    expect(result.stdout).toBe('');
  });

  it('exits 3 on 401, saying keys need time', async () => {
    server.route('/data/2.5/weather', {
      status: 401,
      body: loadFixture('openweathermap/error-401.json'),
    });

    const result = await runWeatherCommand([], withKey());

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('invalid or not yet active');
    expect(result.stderr).toContain('New keys can take up to two hours to activate');
    expect(result.stderr).toContain('OPENWEATHER_API_KEY');
    expect(result.stderr).not.toContain(apiKey);
    expect(server.requestsTo('/data/2.5/weather')).toHaveLength(1);
  });

  it('retries 429 briefly, then exits 5', async () => {
    server.route('/data/2.5/weather', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: loadFixture('openweathermap/error-429.json'),
    });

    const result = await runWeatherCommand([], withKey());

    expect(result.exitCode).toBe(5);
    expect(result.stderr).toContain('rate-limited');
    expect(result.stderr).toContain('temporary blocked');
    const attempts = server.requestsTo('/data/2.5/weather');
    expect(attempts).toHaveLength(3);
    expect(server.requestsTo('/data/2.5/forecast')).toHaveLength(0);
    const [first, second, third] = attempts.map((request) => request.receivedAt);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('leaves missing optional fields null', async () => {
    serveOpenWeather('weather-boston-sparse.json', 'forecast-boston.json');
    const args = ['--lat', '42.3584', '--lon', '-71.0598', '--units', 'metric'];

    const line = await runWeatherCommand(args, withKey());
    const json = await runWeatherCommand([...args, '--json'], withKey());

    expect(line.exitCode).toBe(0);
    expect(line.stdout).toBe('Boston, US: 0°C, overcast clouds, feels like -5°C, wind 4 m/s\n');
    expect(json.exitCode).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.current.windGust).toBeNull();
    expect(report.current.visibility).toBeNull();
    expect(report.current.precipitation).toBeNull();
  });

  it('sends standard units, shows 290 K', async () => {
    serveOpenWeather('weather-berlin-standard.json', 'forecast-berlin-standard.json');

    const result = await runWeatherCommand(
      ['--lat', '52.52', '--lon', '13.405', '--units', 'standard'],
      withKey(),
    );

    expect(result.exitCode).toBe(0);
    expect(server.requestsTo('/data/2.5/weather')[0]?.query.get('units')).toBe('standard');
    expect(server.requestsTo('/data/2.5/forecast')[0]?.query.get('units')).toBe('standard');
    expect(result.stdout).toBe(
      'Berlin, DE: 290 K, light rain, feels like 290 K, wind 4 m/s, precipitation 0.4 mm\n',
    );
    expect(result.stdout).not.toContain('290°');
  });

  it('converts Open-Meteo standard to kelvin', async () => {
    server.route('/v1/forecast', { body: loadFixture('open-meteo/forecast-berlin-celsius.json') });

    const result = await runWeatherCommand(
      ['--lat', '52.52', '--lon', '13.405', '--units', 'standard'],
      loopbackEnvironment(server),
    );

    expect(result.exitCode).toBe(0);
    const query = server.requestsTo('/v1/forecast')[0]?.query;
    expect(query?.get('temperature_unit')).toBe('celsius');
    expect(query?.get('wind_speed_unit')).toBe('ms');
    expect(result.stdout).toMatch(/^52\.52, 13\.405: 290 K, slight rain, feels like 288 K/);
    expect(result.stdout).not.toContain('°');
  });

  it('shows the Open-Meteo 400 reason', async () => {
    server.route('/v1/forecast', { status: 400, body: loadFixture('open-meteo/error-400.json') });

    const result = await runWeatherCommand([], loopbackEnvironment(server));

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'Cannot initialize WeatherVariable from invalid String value tempertaure_2m for key current',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 7 without a current block', async () => {
    const forecast = loadFixture('open-meteo/forecast-los-angeles-imperial.json');
    delete forecast.current;
    server.route('/v1/forecast', { body: forecast });

    const result = await runWeatherCommand([], loopbackEnvironment(server));

    expect(result.exitCode).toBe(7);
    expect(result.stderr).toMatch(
      /unexpected response from http:\/\/127\.0\.0\.1:\d+\/v1\/forecast: current: /,
    );
    expect(result.stderr).toContain('OPEN_METEO_URL');
    expect(result.stderr).not.toContain('at file://');
    expect(result.stdout).toBe('');
  });

  it('trims the location before geocoding', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-boston.json') });
    server.route('/v1/forecast', {
      body: loadFixture('open-meteo/forecast-los-angeles-imperial.json'),
    });

    const result = await runWeatherCommand(
      ['--location', '  Boston, US  '],
      loopbackEnvironment(server),
    );

    expect(result.exitCode).toBe(0);
    const search = server.requestsTo('/v1/search')[0]?.query;
    expect(search?.get('name')).toBe('Boston');
    expect(search?.get('countryCode')).toBe('US');
    const forecast = server.requestsTo('/v1/forecast')[0]?.query;
    expect(forecast?.get('latitude')).toBe('42.35843');
    expect(result.stdout).toMatch(/^Boston, US: /);
  });
});
