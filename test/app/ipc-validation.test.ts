import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  isTrustedSenderUrl,
  parseInvokeRequest,
} from '../../main/app/ipc-validation.ts';

describe('isTrustedSenderUrl', () => {
  it.each([
    'app://traycast/panel/index.html',
    'app://traycast/settings/index.html',
    'app://traycast/settings/index.html?tab=key#top',
  ])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(true);
  });

  it.each([
    'app://traycast/other.html',
    'app://evil/panel/index.html',
    'https://traycast/panel/index.html',
    'file:///panel/index.html',
    'http://127.0.0.1:5173/panel/index.html',
    'about:blank',
    '',
    null,
  ])('rejects %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('trusts the development server only when listed', () => {
    const devPage = 'http://localhost:5173/panel/index.html';

    expect(isTrustedSenderUrl(devPage, [appOrigin])).toBe(false);
    expect(isTrustedSenderUrl(devPage, [appOrigin, 'http://localhost:5173'])).toBe(true);
  });
});

describe('parseInvokeRequest', () => {
  it('accepts no payload for channels without a request', () => {
    expect(parseInvokeRequest('weather:get-state', undefined).ok).toBe(true);
  });

  it('rejects a payload on channels without a request', () => {
    expect(parseInvokeRequest('weather:refresh', { force: true }).ok).toBe(false);
  });

  it('accepts a settings update', () => {
    const check = parseInvokeRequest('settings:save', { units: 'imperial', apiKey: null });

    expect(check).toEqual({ ok: true, request: { units: 'imperial', apiKey: null } });
  });

  it('leaves value ranges to the settings validation', () => {
    expect(parseInvokeRequest('settings:save', { refreshIntervalMinutes: 1 }).ok).toBe(true);
  });

  it('rejects unknown keys and wrong types in a settings update', () => {
    expect(parseInvokeRequest('settings:save', { webSecurity: false }).ok).toBe(false);
    expect(parseInvokeRequest('settings:save', { units: 42 }).ok).toBe(false);
    expect(parseInvokeRequest('settings:save', 'units=imperial').ok).toBe(false);
  });

  it('rejects a link outside the allowlist with a message', () => {
    const check = parseInvokeRequest('link:open', { url: 'https://example.com/' });

    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(/open-meteo\.com/);
  });

  it('accepts a provider link', () => {
    expect(parseInvokeRequest('link:open', { url: 'https://open-meteo.com/' }).ok).toBe(true);
  });

  it.each([
    ['https://open-meteo.com\\@evil.example/', 'https://open-meteo.com/@evil.example/'],
    [' https://open-meteo.com/terms\n', 'https://open-meteo.com/terms'],
    ['HTTPS://OPEN-METEO.COM:443/', 'https://open-meteo.com/'],
  ])('passes on the checked form of %j', (url, checked) => {
    // Another URL parser could read the original text differently from the check.
    const check = parseInvokeRequest('link:open', { url });

    expect(check).toEqual({ ok: true, request: { url: checked } });
  });

  it('trims and bounds the location search text', () => {
    const check = parseInvokeRequest('location:search', {
      text: '  Oslo ',
      provider: 'open-meteo',
    });

    expect(check).toEqual({ ok: true, request: { text: 'Oslo', provider: 'open-meteo' } });
    expect(parseInvokeRequest('location:search', { text: ' ', provider: 'open-meteo' }).ok).toBe(
      false,
    );
  });

  it('rejects an unknown provider in a key test', () => {
    expect(parseInvokeRequest('settings:test-key', { provider: 'x', apiKey: 'k' }).ok).toBe(false);
  });
});

describe('settings:save base URLs', () => {
  it.each(['openMeteoUrl', 'openMeteoGeocodingUrl', 'openWeatherUrl'])(
    'rejects %s from a renderer',
    (field) => {
      // The stored key goes to openWeatherUrl, so a page that could set it could send the key
      // anywhere. The settings window has no field for base URLs.
      const check = parseInvokeRequest('settings:save', { [field]: 'https://evil.example' });

      expect(check.ok).toBe(false);
    },
  );
});

describe('settings:save location', () => {
  it('drops extra fields that a geocoder adds to a place', () => {
    const place = {
      name: 'Boston',
      region: 'Massachusetts',
      countryCode: 'US',
      latitude: 42.35843,
      longitude: -71.05977,
      timezone: 'America/New_York',
      population: 675647,
    };

    const check = parseInvokeRequest('settings:save', { location: place });

    expect(check.ok && check.request.location).not.toHaveProperty('population');
  });
});
