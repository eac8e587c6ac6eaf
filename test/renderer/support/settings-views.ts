import type { SettingsView } from '../../../main/common/settings.ts';
import type { Place } from '../../../main/core/model.ts';

export const berlin: Place = {
  name: 'Berlin',
  region: 'Land Berlin',
  countryCode: 'DE',
  latitude: 52.52437,
  longitude: 13.41053,
  timezone: 'Europe/Berlin',
};

export const places: Place[] = [
  {
    name: 'Portland',
    region: 'Oregon',
    countryCode: 'US',
    latitude: 45.52345,
    longitude: -122.67621,
    timezone: 'America/Los_Angeles',
  },
  {
    name: 'Portland',
    region: 'Maine',
    countryCode: 'US',
    latitude: 43.66147,
    longitude: -70.25533,
    timezone: 'America/New_York',
  },
  {
    name: 'Portland',
    region: 'Victoria',
    countryCode: 'AU',
    latitude: -38.34174,
    longitude: 141.60422,
    timezone: 'Australia/Melbourne',
  },
];

/** Settings as main would send them: Open-Meteo, no key stored, keys encrypted by the OS. */
export const openMeteoSettings: SettingsView = {
  provider: 'open-meteo',
  location: berlin,
  units: 'metric',
  refreshIntervalMinutes: 15,
  showTemperatureInTray: true,
  launchAtLogin: false,
  openMeteoUrl: 'https://api.open-meteo.com',
  openMeteoGeocodingUrl: 'https://geocoding-api.open-meteo.com',
  openWeatherUrl: 'https://api.openweathermap.org',
  apiKeySet: false,
  apiKeyLastFour: null,
  keyStorage: 'os-encryption',
  basicTextStorageAccepted: false,
  recoveryNotice: null,
};

/** OpenWeatherMap with a stored key that ends in 1234. */
export const openWeatherSettings: SettingsView = {
  ...openMeteoSettings,
  provider: 'openweathermap',
  apiKeySet: true,
  apiKeyLastFour: '1234',
};
