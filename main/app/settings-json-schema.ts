/**
 * JSON Schema of the settings file for electron-store, which validates with ajv on every read
 * and write. It checks types and enumerations only: `settings-schema.ts` contains the full rules,
 * and a stricter schema here would make electron-store reject a file that recovery can repair.
 */

import { providerIds, unitSystems } from '../core/model.ts';

const nullableString = { type: ['string', 'null'] } as const;

export const settingsJsonSchema = {
  provider: { type: 'string', enum: [...providerIds] },
  location: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      region: nullableString,
      countryCode: nullableString,
      latitude: { type: 'number' },
      longitude: { type: 'number' },
      timezone: nullableString,
    },
    required: ['name', 'latitude', 'longitude'],
  },
  units: { type: 'string', enum: [...unitSystems] },
  refreshIntervalMinutes: { type: 'number' },
  showTemperatureInTray: { type: 'boolean' },
  launchAtLogin: { type: 'boolean' },
  openMeteoUrl: { type: 'string' },
  openMeteoGeocodingUrl: { type: 'string' },
  openWeatherUrl: { type: 'string' },
  apiKeyCiphertext: nullableString,
  basicTextStorageAccepted: { type: 'boolean' },
} as const;
