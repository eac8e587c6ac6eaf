import { unitsForLocaleTag } from '../core/defaults.ts';
import type { ProviderId, Units } from '../core/model.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

export { defaultPlace } from '../core/defaults.ts';

/** Environment variables that can hold the OpenWeatherMap key, in order of precedence. */
export const apiKeyVariables = ['OPENWEATHER_API_KEY', 'API_KEY'] as const;

/** Returns the OpenWeatherMap key and the variable it came from, or null when none is set. */
export function readApiKey(env: Environment): { key: string; variable: string } | null {
  for (const variable of apiKeyVariables) {
    const key = env[variable]?.trim();
    if (key) {
      return { key, variable };
    }
  }
  return null;
}

/** OpenWeatherMap when a key is set, otherwise Open-Meteo, which needs none. */
export function defaultProvider(env: Environment): ProviderId {
  return readApiKey(env) ? 'openweathermap' : 'open-meteo';
}

/**
 * Locale variables in POSIX precedence for the measurement category. LC_MESSAGES is left out,
 * because it sets the language of messages, not units.
 */
const localeVariables = ['LC_ALL', 'LC_MEASUREMENT', 'LANG'];

/**
 * Returns the locale as a BCP 47 tag: from the first locale variable that is set, such as
 * `en_US.UTF-8`, or from Intl when none is. `C` and `POSIX` yield null, because they name no
 * country.
 */
export function resolveLocale(env: Environment, intlLocale: string): string | null {
  const variable = localeVariables.find((name) => env[name]?.trim());
  if (variable === undefined) {
    return intlLocale;
  }

  const posixLocale = env[variable]?.trim().split(/[.@]/)[0] ?? '';
  if (posixLocale === 'C' || posixLocale === 'POSIX') {
    return null;
  }
  return posixLocale.replace('_', '-');
}

/** Imperial for an en-US locale, metric for any other. */
export function unitsFromLocale(
  env: Environment,
  intlLocale: string = Intl.DateTimeFormat().resolvedOptions().locale,
): Units {
  return unitsForLocaleTag(resolveLocale(env, intlLocale));
}
