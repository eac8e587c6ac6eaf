/**
 * Schemas, defaults and bounds of the user's settings. The same rules check a settings file read
 * from disk and a save request from the settings window.
 */

import * as v from 'valibot';
import {
  defaultRefreshIntervalMinutes,
  maxRefreshIntervalMinutes,
  minRefreshIntervalMinutes,
  type Settings,
  type SettingsUpdate,
} from '../common/settings.ts';
import { defaultPlace } from '../core/defaults.ts';
import type { ProviderId } from '../core/model.ts';
import { providerIds, unitSystems } from '../core/model.ts';

export {
  defaultRefreshIntervalMinutes,
  maxRefreshIntervalMinutes,
  minRefreshIntervalMinutes,
} from '../common/settings.ts';

export const publicBaseUrls = {
  openMeteo: 'https://api.open-meteo.com',
  openMeteoGeocoding: 'https://geocoding-api.open-meteo.com',
  openWeather: 'https://api.openweathermap.org',
} as const;

export const defaultSettings: Settings = {
  provider: 'open-meteo',
  location: defaultPlace,
  units: 'metric',
  refreshIntervalMinutes: defaultRefreshIntervalMinutes,
  showTemperatureInTray: true,
  launchAtLogin: false,
  openMeteoUrl: publicBaseUrls.openMeteo,
  openMeteoGeocodingUrl: publicBaseUrls.openMeteoGeocoding,
  openWeatherUrl: publicBaseUrls.openWeather,
};

const maxApiKeyLength = 200;

// A place may carry more fields from a geocoder; `v.object` drops them instead of rejecting.
const placeSchema = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'Enter a location name.'),
    v.maxLength(200, 'The location name is too long.'),
  ),
  region: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  countryCode: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'Use a two-letter code.'))),
  latitude: v.pipe(
    v.number(),
    v.minValue(-90, 'Latitude must be between -90 and 90.'),
    v.maxValue(90, 'Latitude must be between -90 and 90.'),
  ),
  longitude: v.pipe(
    v.number(),
    v.minValue(-180, 'Longitude must be between -180 and 180.'),
    v.maxValue(180, 'Longitude must be between -180 and 180.'),
  ),
  timezone: v.nullable(v.pipe(v.string(), v.maxLength(100))),
});

const baseUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url('Enter a full address such as https://api.open-meteo.com.'),
  v.regex(/^https?:\/\//, 'The address must start with https:// or http://.'),
  v.maxLength(500),
);

const settingsEntries = {
  provider: v.picklist(providerIds, 'Choose a provider.'),
  location: placeSchema,
  units: v.picklist(unitSystems, 'Choose metric, imperial or standard units.'),
  refreshIntervalMinutes: v.pipe(
    v.number('Enter a number of minutes.'),
    v.integer('Enter a whole number of minutes.'),
    v.minValue(
      minRefreshIntervalMinutes['open-meteo'],
      `The interval must be at least ${minRefreshIntervalMinutes['open-meteo']} minutes.`,
    ),
    v.maxValue(
      maxRefreshIntervalMinutes,
      `The interval must be at most ${maxRefreshIntervalMinutes} minutes.`,
    ),
  ),
  showTemperatureInTray: v.boolean(),
  launchAtLogin: v.boolean(),
  openMeteoUrl: baseUrlSchema,
  openMeteoGeocodingUrl: baseUrlSchema,
  openWeatherUrl: baseUrlSchema,
};

/** Complete settings, as stored and as applied. */
export const settingsSchema = v.strictObject(settingsEntries);

/** A save request: any subset of the settings, plus the key and the storage agreement. */
export const settingsUpdateSchema = v.strictObject({
  ...v.partial(v.strictObject(settingsEntries)).entries,
  apiKey: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(maxApiKeyLength, 'The API key is too long.'),
        v.regex(/^[\x21-\x7e]*$/, 'The API key may contain only letters, digits and symbols.'),
      ),
    ),
  ),
  acceptBasicTextStorage: v.optional(v.boolean()),
});

export type FieldErrors = Record<string, string>;

export type SettingsValidation =
  | { ok: true; settings: Settings }
  | { ok: false; fieldErrors: FieldErrors };

/** Collects the first message per field, keyed by its dotted path such as `location.name`. */
export function fieldErrorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? 'form';
    fieldErrors[path] ??= issue.message;
  }
  return fieldErrors;
}

/** Checks complete settings, including the rules that relate two fields. */
export function validateSettings(candidate: unknown): SettingsValidation {
  const result = v.safeParse(settingsSchema, candidate);
  if (!result.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(result.issues) };
  }

  const settings = result.output;
  const minInterval = minRefreshIntervalMinutes[settings.provider];
  if (settings.refreshIntervalMinutes < minInterval) {
    return {
      ok: false,
      fieldErrors: {
        refreshIntervalMinutes: `This provider needs an interval of at least ${minInterval} minutes.`,
      },
    };
  }
  return { ok: true, settings };
}

export type UpdateValidation =
  | { ok: true; update: SettingsUpdate }
  | { ok: false; fieldErrors: FieldErrors };

/** Checks the shape of a save request before it is merged with the stored settings. */
export function validateSettingsUpdate(candidate: unknown): UpdateValidation {
  const result = v.safeParse(settingsUpdateSchema, candidate);
  if (!result.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(result.issues) };
  }
  return { ok: true, update: result.output };
}

/**
 * Reads settings from a stored object and keeps every valid field, filling in defaults for the
 * rest, so one bad value does not cost the user the others. Returns the fields that were reset.
 */
export function settingsFromStored(stored: unknown): { settings: Settings; resetFields: string[] } {
  const whole = validateSettings(stored);
  if (whole.ok) {
    return { settings: whole.settings, resetFields: [] };
  }

  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const settings: Settings = { ...defaultSettings };
  const resetFields: string[] = [];
  for (const key of Object.keys(settingsEntries) as (keyof Settings)[]) {
    const value = (record as Record<string, unknown>)[key];
    const parsed = v.safeParse(settingsEntries[key], value);
    if (parsed.success) {
      Object.assign(settings, { [key]: parsed.output });
    } else {
      resetFields.push(key);
    }
  }

  const crossChecked = validateSettings(settings);
  if (!crossChecked.ok) {
    settings.refreshIntervalMinutes = Math.max(
      settings.refreshIntervalMinutes,
      minRefreshIntervalMinutes[settings.provider],
    );
    resetFields.push('refreshIntervalMinutes');
  }
  return { settings, resetFields };
}

/**
 * The shape of a save request, checked at the IPC boundary: types and known keys only. Values
 * such as an out-of-range interval pass here and come back from `validateSettingsUpdate` as
 * field errors that the settings window shows next to the field. The base URLs are left out:
 * the stored key is sent to them, and the settings window has no field for them, so only the
 * settings file and the environment set them.
 */
export const settingsUpdateShapeSchema = v.strictObject({
  provider: v.optional(v.picklist(providerIds)),
  location: v.optional(
    v.object({
      name: v.pipe(v.string(), v.maxLength(1000)),
      region: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
      countryCode: v.nullable(v.pipe(v.string(), v.maxLength(10))),
      latitude: v.number(),
      longitude: v.number(),
      timezone: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
    }),
  ),
  units: v.optional(v.picklist(unitSystems)),
  refreshIntervalMinutes: v.optional(v.number()),
  showTemperatureInTray: v.optional(v.boolean()),
  launchAtLogin: v.optional(v.boolean()),
  apiKey: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(1000)))),
  acceptBasicTextStorage: v.optional(v.boolean()),
});
