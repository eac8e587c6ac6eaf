import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../main/app/external-links.ts';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://open-meteo.com/',
    'https://open-meteo.com/en/docs',
    'https://openweathermap.org/',
    'https://home.openweathermap.org/api_keys',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://open-meteo.com/',
    'https://open-meteo.com.example.net/',
    'https://evil-open-meteo.com/',
    'https://user:pass@openweathermap.org/',
    'https://openweathermap.org:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
