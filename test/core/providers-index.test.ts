import { describe, expect, it } from 'vitest';
import { endpointUrl } from '../../main/core/providers/base-urls.ts';
import {
  createProvider,
  defaultBaseUrls,
  InvalidBaseUrlError,
  resolveBaseUrls,
} from '../../main/core/providers/index.ts';

describe('resolveBaseUrls', () => {
  it('defaults to the public servers', () => {
    expect(resolveBaseUrls({})).toEqual({
      openMeteo: 'https://api.open-meteo.com',
      openMeteoGeocoding: 'https://geocoding-api.open-meteo.com',
      openWeather: 'https://api.openweathermap.org',
    });
  });

  it('reads each variable', () => {
    expect(
      resolveBaseUrls({
        OPEN_METEO_URL: 'http://127.0.0.1:8080',
        OPEN_METEO_GEOCODING_URL: 'http://127.0.0.1:8081/geo',
        OPENWEATHER_URL: 'https://proxy.example.test/owm',
      }),
    ).toEqual({
      openMeteo: 'http://127.0.0.1:8080',
      openMeteoGeocoding: 'http://127.0.0.1:8081/geo',
      openWeather: 'https://proxy.example.test/owm',
    });
  });

  it('ignores an empty variable', () => {
    expect(resolveBaseUrls({ OPEN_METEO_URL: '  ' }).openMeteo).toBe(defaultBaseUrls.openMeteo);
  });

  it.each([
    ['OPEN_METEO_URL', 'api.open-meteo.com'],
    ['OPEN_METEO_GEOCODING_URL', 'ftp://127.0.0.1/'],
    ['OPENWEATHER_URL', 'not a url'],
  ])('names %s when invalid', (variable, value) => {
    const resolve = () => resolveBaseUrls({ [variable]: value });

    expect(resolve).toThrow(InvalidBaseUrlError);
    expect(resolve).toThrow(`${variable} is "${value}", which is not an http or https URL`);
  });
});

describe('endpointUrl', () => {
  it('keeps the base path', () => {
    expect(endpointUrl('http://127.0.0.1:9/proxy', 'v1/forecast').href).toBe(
      'http://127.0.0.1:9/proxy/v1/forecast',
    );
    expect(endpointUrl('http://127.0.0.1:9/proxy/', '/v1/forecast').href).toBe(
      'http://127.0.0.1:9/proxy/v1/forecast',
    );
  });
});

describe('createProvider', () => {
  it('creates each provider', () => {
    const options = { baseUrls: { ...defaultBaseUrls } };

    expect(createProvider('open-meteo', options).requiresApiKey).toBe(false);
    expect(createProvider('openweathermap', options).requiresApiKey).toBe(true);
    expect(createProvider('openweathermap', options).id).toBe('openweathermap');
  });
});
