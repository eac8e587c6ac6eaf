/**
 * The controller with real settings storage in memory, a real reading cache in a temporary
 * folder and providers talking to a loopback server. Only safeStorage is faked, because it is
 * part of the Electron runtime.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../main/app/logger.ts';
import { ReadingCache } from '../../main/app/reading-cache.ts';
import { SettingsRepository, type StoredSettings } from '../../main/app/settings-repository.ts';
import { TraycastController } from '../../main/app/traycast-controller.ts';
import { FakeKeyEncryption } from '../support/fake-key-encryption.ts';
import { loadFixture } from '../support/fixtures.ts';
import { LoopbackServer } from '../support/loopback-server.ts';
import { metricForecast } from '../support/open-meteo-responses.ts';

const apiKey = '0123456789abcdef0123456789abcdef';

let server: LoopbackServer;
let directory: string;
let controller: TraycastController | null = null;
let settings: SettingsRepository;
let logLines: string[];

const logger: Logger = {
  info: (message) => logLines.push(`info ${message}`),
  warn: (message) => logLines.push(`warn ${message}`),
  error: (message) => logLines.push(`error ${message}`),
};

function createController(stored: Partial<StoredSettings> = {}): TraycastController {
  let content: unknown = {
    openMeteoUrl: server.url,
    openMeteoGeocodingUrl: server.url,
    openWeatherUrl: server.url,
    ...stored,
  };
  settings = new SettingsRepository({
    storage: {
      read: () => content,
      write: (value) => {
        content = value;
      },
    },
    encryption: new FakeKeyEncryption(),
    platform: 'linux',
    logger,
  });
  controller = new TraycastController({
    settings,
    cache: new ReadingCache(join(directory, 'last-reading.json'), logger),
    logger,
  });
  return controller;
}

beforeEach(async () => {
  logLines = [];
  directory = mkdtempSync(join(tmpdir(), 'traycast-controller-'));
  server = new LoopbackServer();
  await server.start();
  server.route('/v1/forecast', { body: metricForecast() });
  server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-boston.json') });
  server.route('/data/2.5/weather', {
    status: 401,
    body: loadFixture('openweathermap/error-401.json'),
  });
});

afterEach(async () => {
  controller?.stop();
  await controller?.whenIdle();
  controller = null;
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('TraycastController', () => {
  it('explains a 401 from OpenWeatherMap for a new key', async () => {
    const created = createController();

    const result = await created.testKey({ provider: 'openweathermap', apiKey });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.kind).toBe('invalid-api-key');
    expect(result.message).toMatch(/up to two hours/);
    expect(result.message).not.toContain(apiKey);
    expect(logLines.join('\n')).not.toContain(apiKey);
  });

  it('asks for a key before testing OpenWeatherMap', async () => {
    const created = createController();

    const result = await created.testKey({ provider: 'openweathermap', apiKey: null });

    expect(result).toEqual({
      ok: false,
      kind: 'invalid-api-key',
      message: 'Enter an API key for OpenWeatherMap first.',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('tests Open-Meteo without a key', async () => {
    const created = createController();

    const result = await created.testKey({ provider: 'open-meteo', apiKey: null });

    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^Open-Meteo needs no key: Los Angeles, US: 17°C/);
  });

  it('finds places through Open-Meteo geocoding', async () => {
    const created = createController();

    const result = await created.searchLocations({ text: 'Boston', provider: 'open-meteo' });

    expect(result.ok).toBe(true);
    expect(result.ok && result.places[0]).toMatchObject({ name: 'Boston', countryCode: 'US' });
  });

  it('returns no places when nothing matches', async () => {
    server.route('/v1/search', { body: loadFixture('open-meteo/geocoding-no-results.json') });
    const created = createController();

    const result = await created.searchLocations({ text: 'Nowhere', provider: 'open-meteo' });

    expect(result).toEqual({ ok: true, places: [] });
  });

  it('uses Open-Meteo geocoding for OpenWeatherMap without a key', async () => {
    const created = createController();

    await created.searchLocations({ text: 'Boston', provider: 'openweathermap' });

    expect(server.requestsTo('/v1/search')).toHaveLength(1);
    expect(server.requestsTo('/geo/1.0/direct')).toHaveLength(0);
  });

  it('lets the environment override the base URLs', () => {
    createController();
    const withEnv = new TraycastController({
      settings,
      cache: new ReadingCache(join(directory, 'other.json'), logger),
      logger,
      env: { OPEN_METEO_URL: 'http://127.0.0.1:9/', OPENWEATHER_URL: 'not a url' },
    });

    const urls = withEnv.baseUrls();

    expect(urls.openMeteo).toBe('http://127.0.0.1:9/');
    expect(urls.openWeather).toBe(server.url);
    expect(logLines.some((line) => line.includes('Ignoring OPENWEATHER_URL'))).toBe(true);
  });

  it('clears the report and refreshes once when the location changes', async () => {
    const created = createController();
    created.start();
    await created.whenIdle();
    expect(created.state.report).not.toBeNull();

    const result = created.saveSettings({
      location: {
        name: 'Boston',
        region: 'Massachusetts',
        countryCode: 'US',
        latitude: 42.35843,
        longitude: -71.05977,
        timezone: 'America/New_York',
      },
    });
    expect(created.state.report).toBeNull();
    await created.whenIdle();

    expect(result.ok).toBe(true);
    expect(server.requestsTo('/v1/forecast')).toHaveLength(2);
    expect(server.requestsTo('/v1/forecast')[1]?.query.get('latitude')).toBe('42.35843');
    expect(created.state.report?.location.name).toBe('Boston');
  });

  it('makes no request for a tray-only change', async () => {
    const created = createController();
    created.start();
    await created.whenIdle();

    created.saveSettings({ showTemperatureInTray: false });
    await created.whenIdle();

    expect(server.requestsTo('/v1/forecast')).toHaveLength(1);
  });

  it('masks an echoed key in the failure state', async () => {
    // A server that echoes the query into a numeric field fails validation, and the validation
    // message quotes the value it received.
    server.route('/data/2.5/weather', (request) => {
      const weather = loadFixture<{ main: Record<string, unknown> }>(
        'openweathermap/weather-los-angeles.json',
      );
      weather.main.temp = request.query.get('appid');
      return { body: weather };
    });
    const created = createController({ provider: 'openweathermap' });
    settings.save({ apiKey });
    created.start();
    await created.whenIdle();

    expect(created.state.failure?.kind).toBe('invalid-response');
    expect(created.state.failure?.message).toContain('****cdef');
    expect(JSON.stringify(created.state)).not.toContain(apiKey);
  });

  it('logs the first failure and counts the rest', async () => {
    server.route('/v1/forecast', { status: 500, body: 'boom' });
    const created = createController();
    created.start();
    await created.whenIdle();

    for (let attempt = 0; attempt < 9; attempt += 1) {
      await created.refreshNow();
    }

    const failures = logLines.filter((line) => line.startsWith('warn Refresh failed'));
    expect(failures).toHaveLength(2);
    expect(failures[1]).toContain('(10 failures in a row)');
  });
});
