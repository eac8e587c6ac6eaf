import type { Place, Units } from './model.ts';

/** The place shown until the user chooses one, in the command line and in the app. */
export const defaultPlace: Place = {
  name: 'Los Angeles',
  region: 'California',
  countryCode: 'US',
  latitude: 34.05223,
  longitude: -118.24368,
  timezone: 'America/Los_Angeles',
};

/** Returns imperial for an en-US locale tag such as `en-US`, and metric for any other or none. */
export function unitsForLocaleTag(tag: string | null): Units {
  if (tag === null) {
    return 'metric';
  }

  try {
    const locale = new Intl.Locale(tag);
    return locale.language === 'en' && locale.region === 'US' ? 'imperial' : 'metric';
  } catch {
    return 'metric';
  }
}
