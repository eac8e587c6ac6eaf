import type { Place, ProviderId, Units } from '../core/model.ts';

export const defaultRefreshIntervalMinutes = 15;
export const maxRefreshIntervalMinutes = 180;

/**
 * Shortest refresh interval per provider. OpenWeatherMap recommends at most one request per
 * location every 10 minutes, and Open-Meteo's current conditions change every 15 minutes, so a
 * shorter interval would only fetch the same numbers again.
 */
export const minRefreshIntervalMinutes: Readonly<Record<ProviderId, number>> = {
  'open-meteo': 10,
  openweathermap: 10,
};

/** The user's settings as stored, minus the API key, which is stored encrypted on its own. */
export interface Settings {
  provider: ProviderId;
  location: Place;
  units: Units;
  refreshIntervalMinutes: number;
  showTemperatureInTray: boolean;
  launchAtLogin: boolean;
  /** Base URL of the Open-Meteo forecast API, for self-hosted servers and proxies. */
  openMeteoUrl: string;
  openMeteoGeocodingUrl: string;
  openWeatherUrl: string;
}

/** Protection of the API key at rest, as reported by Electron's safeStorage. */
export type KeyStorage = 'os-encryption' | 'basic-text' | 'unavailable';

/** Settings as sent to a renderer. The key itself never leaves the main process. */
export interface SettingsView extends Settings {
  apiKeySet: boolean;
  /** Last four characters of the key, so the user can tell which key is stored. */
  apiKeyLastFour: string | null;
  keyStorage: KeyStorage;
  /** Whether the user agreed to store the key with the `basic_text` backend's fixed key. */
  basicTextStorageAccepted: boolean;
  /** Message about a damaged settings file or a stored key that no longer decrypts, if any. */
  recoveryNotice: string | null;
}

/** A save request from the settings window. Fields left out keep their stored values. */
export interface SettingsUpdate extends Partial<Settings> {
  /** A new key, `null` to remove the stored key, or left out to keep it. */
  apiKey?: string | null;
  acceptBasicTextStorage?: boolean;
}
