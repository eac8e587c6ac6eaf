/**
 * The settings form as plain values, its client-side checks and the save request built from it.
 * Main checks every request again, so these checks exist to explain mistakes early and in place.
 */

import {
  type KeyStorage,
  maxRefreshIntervalMinutes,
  minRefreshIntervalMinutes,
  type SettingsUpdate,
  type SettingsView,
} from '../../main/common/settings.ts';
import type { Place, ProviderId, Units } from '../../main/core/model.ts';

export { maxRefreshIntervalMinutes, minRefreshIntervalMinutes };

/** Fields that can show an inline message, named as in `SettingsUpdate`. */
export type FieldName =
  | 'provider'
  | 'apiKey'
  | 'acceptBasicTextStorage'
  | 'location'
  | 'units'
  | 'refreshIntervalMinutes';

export const fieldNames: readonly FieldName[] = [
  'provider',
  'apiKey',
  'acceptBasicTextStorage',
  'location',
  'units',
  'refreshIntervalMinutes',
];

export type FieldErrors = Partial<Record<FieldName, string>>;

export interface FormValues {
  provider: ProviderId;
  /** A new key typed by the user, or '' to keep the stored one. */
  apiKeyInput: string;
  removeStoredKey: boolean;
  acceptBasicTextStorage: boolean;
  /** The chosen place, or null when the location text was edited without choosing a place. */
  location: Place | null;
  locationText: string;
  units: Units;
  refreshIntervalText: string;
  showTemperatureInTray: boolean;
  launchAtLogin: boolean;
}

export type FormCheck =
  | { ok: true; update: SettingsUpdate }
  | { ok: false; fieldErrors: FieldErrors };

/** Returns the form values that show a stored settings view. */
export function formValuesFrom(view: SettingsView): FormValues {
  return {
    provider: view.provider,
    apiKeyInput: '',
    removeStoredKey: false,
    acceptBasicTextStorage: view.basicTextStorageAccepted,
    location: view.location,
    locationText: formatPlaceLabel(view.location),
    units: view.units,
    refreshIntervalText: String(view.refreshIntervalMinutes),
    showTemperatureInTray: view.showTemperatureInTray,
    launchAtLogin: view.launchAtLogin,
  };
}

/** Formats a place as "Name, Region, CC", leaving out parts that are missing or repeated. */
export function formatPlaceLabel(place: Place): string {
  const parts = [place.name];
  if (place.region && place.region !== place.name) {
    parts.push(place.region);
  }
  if (place.countryCode) {
    parts.push(place.countryCode);
  }
  return parts.join(', ');
}

export function refreshIntervalRange(provider: ProviderId): { min: number; max: number } {
  return { min: minRefreshIntervalMinutes[provider], max: maxRefreshIntervalMinutes };
}

/** Checks the refresh interval text, returning the minutes or an error message. */
export function parseRefreshInterval(
  text: string,
  provider: ProviderId,
): { minutes: number } | { error: string } {
  const { min, max } = refreshIntervalRange(provider);
  const trimmed = text.trim();
  const outOfRange = `Enter a whole number of minutes from ${min} to ${max}.`;
  if (!/^\d+$/.test(trimmed)) {
    return {
      error:
        trimmed === '' ? `Enter how often to refresh, from ${min} to ${max} minutes.` : outOfRange,
    };
  }

  const minutes = Number(trimmed);
  if (minutes < min || minutes > max) {
    return { error: outOfRange };
  }
  return { minutes };
}

function checkApiKey(values: FormValues, view: SettingsView): FieldErrors {
  if (values.provider !== 'openweathermap') {
    return {};
  }

  const typedKey = values.apiKeyInput.trim();
  const keyAfterSave = typedKey !== '' || (view.apiKeySet && !values.removeStoredKey);
  const storage: KeyStorage = view.keyStorage;

  if (storage === 'unavailable' && !view.apiKeySet) {
    return { apiKey: 'OpenWeatherMap needs an API key, and this system cannot store one.' };
  }
  if (!keyAfterSave) {
    return { apiKey: 'OpenWeatherMap needs an API key. Paste the key from your account page.' };
  }
  if (typedKey === '') {
    return {};
  }
  if (/\s/.test(typedKey)) {
    return { apiKey: 'The API key contains a space. Paste the key again without spaces.' };
  }
  if (!/^[\x21-\x7e]+$/.test(typedKey)) {
    return { apiKey: 'The API key may contain only letters, digits and symbols.' };
  }
  if (storage === 'unavailable') {
    return { apiKey: 'This system cannot store a new API key.' };
  }
  if (storage === 'basic-text' && !values.acceptBasicTextStorage) {
    return {
      acceptBasicTextStorage:
        'Agree to the weak protection to store the key, or clear the key field.',
    };
  }
  return {};
}

function samePlace(a: Place, b: Place): boolean {
  return (
    a.name === b.name &&
    a.region === b.region &&
    a.countryCode === b.countryCode &&
    a.latitude === b.latitude &&
    a.longitude === b.longitude &&
    a.timezone === b.timezone
  );
}

/**
 * Checks the form and builds the save request. The request carries only what changed, so an
 * unchanged form produces an empty request.
 */
export function checkForm(values: FormValues, view: SettingsView): FormCheck {
  const fieldErrors: FieldErrors = { ...checkApiKey(values, view) };

  if (values.location === null) {
    fieldErrors.location =
      values.locationText.trim() === ''
        ? 'Enter a location.'
        : 'Choose a place from the suggestions, so Traycast knows its coordinates.';
  }

  const interval = parseRefreshInterval(values.refreshIntervalText, values.provider);
  if ('error' in interval) {
    fieldErrors.refreshIntervalMinutes = interval.error;
  }

  if (Object.keys(fieldErrors).length > 0 || values.location === null || 'error' in interval) {
    return { ok: false, fieldErrors };
  }

  const update: SettingsUpdate = {};
  if (values.provider !== view.provider) {
    update.provider = values.provider;
  }
  if (!samePlace(values.location, view.location)) {
    update.location = values.location;
  }
  if (values.units !== view.units) {
    update.units = values.units;
  }
  if (interval.minutes !== view.refreshIntervalMinutes) {
    update.refreshIntervalMinutes = interval.minutes;
  }
  if (values.showTemperatureInTray !== view.showTemperatureInTray) {
    update.showTemperatureInTray = values.showTemperatureInTray;
  }
  if (values.launchAtLogin !== view.launchAtLogin) {
    update.launchAtLogin = values.launchAtLogin;
  }

  const typedKey = values.apiKeyInput.trim();
  if (values.provider === 'openweathermap' && typedKey !== '') {
    update.apiKey = typedKey;
    if (view.keyStorage === 'basic-text') {
      update.acceptBasicTextStorage = values.acceptBasicTextStorage;
    }
  } else if (values.removeStoredKey && view.apiKeySet) {
    update.apiKey = null;
  }
  return { ok: true, update };
}
