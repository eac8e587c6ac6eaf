import { beforeEach, describe, expect, it } from 'vitest';
import { appVersion } from '../../main/core/version.ts';
import { loopbackEnvironment, runWeatherCommand } from '../support/cli.ts';
import { loadFixture } from '../support/fixtures.ts';
import { LoopbackServer } from '../support/loopback-server.ts';
import { loopbackServerPerTest } from '../support/loopback-server-per-test.ts';

const apiKey = 'abcdef0123456789abcdef0123456789';

describe('weather command', () => {
  const server = loopbackServerPerTest();

  beforeEach(() => {
    server.route('/v1/forecast', {
      body: loadFixture('open-meteo/forecast-los-angeles-imperial.json'),
    });
  });

  it('prints help', async () => {
    const result = await runWeatherCommand(['--help'], loopbackEnvironment(server));

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run --silent weather -- \[options\]/);
    expect(result.stdout).toContain('--location TEXT');
    expect(server.requests).toHaveLength(0);
  });

  it('prints the version', async () => {
    const result = await runWeatherCommand(['--version'], loopbackEnvironment(server));

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`Traycast ${appVersion}\n`);
  });

  it('defaults to Los Angeles with Open-Meteo', async () => {
    const result = await runWeatherCommand([], loopbackEnvironment(server));

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('Los Angeles, US: 72°F, clear sky, feels like 70°F, wind 6 mph\n');
    const query = server.requestsTo('/v1/forecast')[0]?.query;
    expect(query?.get('latitude')).toBe('34.05223');
    expect(query?.get('longitude')).toBe('-118.24368');
    expect(query?.get('temperature_unit')).toBe('fahrenheit');
  });

  function serveMetricForecast() {
    const forecast = loadFixture<{ current_units: Record<string, string> }>(
      'open-meteo/forecast-berlin-celsius.json',
    );
    forecast.current_units.wind_speed_10m = 'km/h';
    server.route('/v1/forecast', { body: forecast });
  }

  it('uses metric outside en-US', async () => {
    serveMetricForecast();

    const result = await runWeatherCommand(
      [],
      loopbackEnvironment(server, { LANG: 'de_DE.UTF-8' }),
    );

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      'Los Angeles, US: 17°C, slight rain, feels like 15°C, wind 4 km/h, precipitation 0.6 mm\n',
    );
    expect(server.requestsTo('/v1/forecast')[0]?.query.get('temperature_unit')).toBe('celsius');
  });

  it('lets LC_ALL override LANG', async () => {
    serveMetricForecast();

    const result = await runWeatherCommand(
      [],
      loopbackEnvironment(server, { LC_ALL: 'en_GB.UTF-8' }),
    );

    expect(result.exitCode).toBe(0);
    expect(server.requestsTo('/v1/forecast')[0]?.query.get('wind_speed_unit')).toBe('kmh');
  });

  it('ignores LC_MESSAGES for units', async () => {
    serveMetricForecast();

    const result = await runWeatherCommand(
      [],
      loopbackEnvironment(server, { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }),
    );

    expect(result.exitCode).toBe(0);
    expect(server.requestsTo('/v1/forecast')[0]?.query.get('temperature_unit')).toBe('celsius');
  });

  it('prints the normalized model as JSON', async () => {
    const result = await runWeatherCommand(['--json'], loopbackEnvironment(server));

    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.provider).toBe('open-meteo');
    expect(report.location.name).toBe('Los Angeles');
    expect(report.location.utcOffsetSeconds).toBe(-28_800);
    expect(report.units).toBe('imperial');
    expect(report.current.observedAt).toBe('2025-01-15T18:45:00.000Z');
    expect(report.current.condition.icon).toBe('clear-day');
    expect(report.hourly).toHaveLength(24);
    expect(report.daily).toHaveLength(7);
    expect(report.attribution.text).toBe('Weather data by Open-Meteo.com');
  });

  it('accepts negative coordinates', async () => {
    const result = await runWeatherCommand(
      ['--lat', '-33.8688', '--lon', '-70.6693'],
      loopbackEnvironment(server),
    );

    expect(result.exitCode).toBe(0);
    expect(server.requestsTo('/v1/forecast')[0]?.query.get('latitude')).toBe('-33.8688');
    expect(result.stdout).toMatch(/^-33\.8688, -70\.6693: /);
  });

  it('accepts coordinates without a leading zero', async () => {
    const result = await runWeatherCommand(
      ['--lat', '-.5', '--lon', '-.25'],
      loopbackEnvironment(server),
    );

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const query = server.requestsTo('/v1/forecast')[0]?.query;
    expect(query?.get('latitude')).toBe('-0.5');
    expect(query?.get('longitude')).toBe('-0.25');
  });

  it('picks OpenWeatherMap when a key is set', async () => {
    server.route('/data/2.5/weather', {
      body: loadFixture('openweathermap/weather-los-angeles.json'),
    });
    server.route('/data/2.5/forecast', {
      body: loadFixture('openweathermap/forecast-los-angeles.json'),
    });

    const result = await runWeatherCommand(
      ['--json'],
      loopbackEnvironment(server, { API_KEY: apiKey }),
    );

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).provider).toBe('openweathermap');
    expect(server.requestsTo('/data/2.5/weather')[0]?.query.get('appid')).toBe(apiKey);
    expect(result.stdout).not.toContain(apiKey);
    expect(result.stderr).not.toContain(apiKey);
  });

  it('exits 4 for an unknown place', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-no-results.json') });

    const result = await runWeatherCommand(['--location', 'Atlantis'], loopbackEnvironment(server));

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain('no place matching "Atlantis"');
    expect(result.stderr).toContain('--lat and --lon');
    expect(server.requestsTo('/v1/forecast')).toHaveLength(0);
  });

  it.each([401, 403])('does not blame a key for Open-Meteo %i', async (status) => {
    server.route('/v1/forecast', { status, body: '<h1>Forbidden</h1>' });

    const result = await runWeatherCommand([], loopbackEnvironment(server));

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Open-Meteo answered HTTP ${status} for`);
    expect(result.stderr).toContain('OPEN_METEO_URL');
    expect(result.stderr).not.toContain('API key');
    expect(result.stderr).not.toContain('OPENWEATHER_API_KEY');
  });

  it('ends quoted provider text once', async () => {
    server.route('/v1/forecast', { status: 400, body: loadFixture('open-meteo/error-400.json') });
    server.route('/data/2.5/weather', {
      status: 429,
      body: loadFixture('openweathermap/error-429.json'),
    });

    const openMeteo = await runWeatherCommand([], loopbackEnvironment(server));
    const openWeather = await runWeatherCommand(
      [],
      loopbackEnvironment(server, { OPENWEATHER_API_KEY: apiKey }),
    );

    expect(openMeteo.stderr).toMatch(/tempertaure_2m for key current\. [A-Z]/);
    expect(openWeather.stderr).toMatch(/limitation of your subscription type\. [A-Z]/);
    expect(openMeteo.stderr).not.toContain('..');
    expect(openWeather.stderr).not.toContain('..');
  });

  it.each([
    [400, 'Retrying will not help, because the server rejected the request itself.'],
    [301, 'Set OPEN_METEO_URL to the address the server redirects to'],
    [503, 'Try again later, and check OPEN_METEO_URL if it is set.'],
  ])('fits the advice to HTTP %i', async (status, advice) => {
    server.route('/v1/forecast', {
      status,
      headers: { location: `${server.url}/moved/v1/forecast` },
      body: status === 301 ? '' : { error: true, reason: 'Not available here' },
    });

    const result = await runWeatherCommand([], loopbackEnvironment(server));

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(advice);
    expect(result.stderr).toContain('OPEN_METEO_URL');
  });

  it.each([[[]], [['--json']], [['--help']]])('ignores a closed stdout for %j', async (args) => {
    const result = await runWeatherCommand(args, loopbackEnvironment(server), {
      closeStdout: true,
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('strips control characters from provider text', async () => {
    const places = loadFixture<{ results: { name: string }[] }>('open-meteo/geocoding-boston.json');
    const [boston] = places.results;
    if (boston) {
      boston.name = 'Boston\u001b]0;renamed\u0007\nBay';
    }
    server.route('/v1/search', { body: places });

    const found = await runWeatherCommand(['--location', 'Boston'], loopbackEnvironment(server));
    server.route('/v1/forecast', {
      status: 400,
      body: { error: true, reason: 'Bad \u001b[2Jrequest' },
    });
    const failed = await runWeatherCommand([], loopbackEnvironment(server));

    expect(found.exitCode).toBe(0);
    expect(found.stdout).toMatch(/^Boston\]0;renamedBay, US: 72°F, clear sky/);
    expect(found.stdout.trimEnd()).not.toContain('\n');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('Bad [2Jrequest.');
    expect(failed.stderr).not.toContain('\u001b');
  });

  it('exits 6 when the server is unreachable', async () => {
    const closed = new LoopbackServer();
    const closedUrl = await closed.start();
    await closed.stop();

    const result = await runWeatherCommand([], {
      ...loopbackEnvironment(server),
      OPEN_METEO_URL: closedUrl,
    });

    expect(result.exitCode).toBe(6);
    expect(result.stderr).toContain(
      `Could not reach Open-Meteo at ${closedUrl}: connection refused.`,
    );
    expect(result.stderr).toContain('OPEN_METEO_URL');
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--lat', '34'], '--lat and --lon must be given together'],
    [['--lat', '91', '--lon', '0'], '--lat is "91", but it must be a number from -90 to 90'],
    [['--lat', '0x10', '--lon', '0'], '--lat is "0x10", but it must be a number from -90 to 90'],
    [['--lat', '1', '--lon', '0b1'], '--lon is "0b1", but it must be a number from -180 to 180'],
    [['--lat', '1', '--lon', '2', '--location', 'Boston'], 'either --location or --lat and --lon'],
    [
      ['--units', 'kelvin'],
      '--units is "kelvin", but it must be one of: metric, imperial, standard',
    ],
    [['--provider', 'met-no'], 'must be one of: open-meteo, openweathermap'],
    [['--provider', 'openweathermap'], 'OpenWeatherMap needs an API key: set OPENWEATHER_API_KEY'],
    [['--location', '  '], 'The location "" is empty'],
    [['extra'], "Unexpected argument 'extra'"],
  ])('exits 2 for %j', async (args, message) => {
    const result = await runWeatherCommand(args, loopbackEnvironment(server));

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Run with --help');
    expect(result.stdout).toBe('');
    expect(server.requests).toHaveLength(0);
  });

  it.each(['/openmeteo/', '/openmeteo'])('uses a self-hosted Open-Meteo at %s', async (path) => {
    server.route('/openmeteo/v1/search', {
      body: loadFixture('open-meteo/geocoding-boston.json'),
    });
    server.route('/openmeteo/v1/forecast', {
      body: loadFixture('open-meteo/forecast-los-angeles-imperial.json'),
    });

    const result = await runWeatherCommand(['--location', 'Boston, US'], {
      ...loopbackEnvironment(server),
      OPEN_METEO_URL: `${server.url}${path}`,
      OPEN_METEO_GEOCODING_URL: `${server.url}${path}`,
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('Boston, US: 72°F, clear sky, feels like 70°F, wind 6 mph\n');
    expect(server.requests.map((request) => request.path)).toEqual([
      '/openmeteo/v1/search',
      '/openmeteo/v1/forecast',
    ]);
  });

  it('exits 2 naming an invalid base URL variable', async () => {
    const result = await runWeatherCommand([], {
      ...loopbackEnvironment(server),
      OPEN_METEO_URL: 'api.open-meteo.com',
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'OPEN_METEO_URL is "api.open-meteo.com", which is not an http or https URL',
    );
  });

  it.each(['/openmeteo?source=traycast', '/openmeteo#forecast', '/openmeteo?'])(
    'exits 2 for a base URL ending %j',
    async (suffix) => {
      const result = await runWeatherCommand([], {
        ...loopbackEnvironment(server),
        OPEN_METEO_URL: `${server.url}${suffix}`,
      });

      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`OPEN_METEO_URL is "${server.url}${suffix}"`);
      expect(result.stderr).toContain('user name, password, query or fragment');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('exits 2 for a base URL with a password', async () => {
    const withPassword = server.url.replace('http://', 'http://traycast:hunter2@');

    const result = await runWeatherCommand([], {
      ...loopbackEnvironment(server),
      OPEN_METEO_URL: withPassword,
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('OPEN_METEO_URL is "http://traycast:***@127.0.0.1:');
    expect(result.stderr).toContain('user name, password, query or fragment');
    expect(result.stderr).not.toContain('hunter2');
    expect(server.requests).toHaveLength(0);
  });
});
