import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../main/cli/arguments.ts';
import {
  defaultProvider,
  readApiKey,
  resolveLocale,
  unitsFromLocale,
} from '../../main/cli/defaults.ts';
import { exitCodeForKind } from '../../main/cli/exit-codes.ts';

describe('unitsFromLocale', () => {
  it.each([
    [{ LANG: 'en_US.UTF-8' }, 'imperial'],
    [{ LANG: 'en_GB.UTF-8' }, 'metric'],
    [{ LANG: 'es_US.UTF-8' }, 'metric'],
    [{ LANG: 'de_DE' }, 'metric'],
    [{ LANG: 'C.UTF-8' }, 'metric'],
    [{ LANG: 'POSIX' }, 'metric'],
    [{ LANG: 'not a locale' }, 'metric'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }, 'imperial'],
    [{ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'imperial'],
    [{ LC_MEASUREMENT: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, 'metric'],
  ] as const)('reads %j as %s', (env, units) => {
    expect(unitsFromLocale(env, 'en-US')).toBe(units);
  });

  it('falls back to Intl without variables', () => {
    expect(unitsFromLocale({}, 'en-US')).toBe('imperial');
    expect(unitsFromLocale({}, 'fr-CA')).toBe('metric');
  });
});

describe('resolveLocale', () => {
  it('strips encoding and modifier', () => {
    expect(resolveLocale({ LANG: 'de_DE.UTF-8@euro' }, 'en-US')).toBe('de-DE');
  });
});

describe('readApiKey', () => {
  it('prefers OPENWEATHER_API_KEY', () => {
    expect(readApiKey({ OPENWEATHER_API_KEY: ' first ', API_KEY: 'second' })).toEqual({
      key: 'first',
      variable: 'OPENWEATHER_API_KEY',
    });
  });

  it('accepts API_KEY', () => {
    expect(readApiKey({ API_KEY: 'second' })?.variable).toBe('API_KEY');
  });

  it('ignores empty values', () => {
    expect(readApiKey({ OPENWEATHER_API_KEY: '  ' })).toBeNull();
  });
});

describe('defaultProvider', () => {
  it('follows the key', () => {
    expect(defaultProvider({ API_KEY: 'x' })).toBe('openweathermap');
    expect(defaultProvider({})).toBe('open-meteo');
  });
});

describe('parseCommandLine', () => {
  it('reads every option', () => {
    expect(
      parseCommandLine([
        '--lat',
        '-33.9',
        '--lon=151.2',
        '--provider',
        'open-meteo',
        '--units',
        'standard',
        '--json',
      ]),
    ).toEqual({
      help: false,
      version: false,
      json: true,
      location: null,
      latitude: -33.9,
      longitude: 151.2,
      provider: 'open-meteo',
      units: 'standard',
    });
  });

  it('rejects an empty coordinate', () => {
    expect(() => parseCommandLine(['--lat', '', '--lon', '1'])).toThrow(UsageError);
  });
});

describe('exitCodeForKind', () => {
  it.each([
    ['invalid-api-key', 3],
    ['location-not-found', 4],
    ['rate-limited', 5],
    ['network-unreachable', 6],
    ['timed-out', 6],
    ['invalid-response', 7],
    ['provider-error', 1],
  ] as const)('maps %s to %i', (kind, code) => {
    expect(exitCodeForKind(kind)).toBe(code);
  });
});
