import type { ProviderId } from './model.ts';

/** Names of the providers as they spell them, for messages and attribution. */
export const providerNames: Record<ProviderId, string> = {
  'open-meteo': 'Open-Meteo',
  openweathermap: 'OpenWeatherMap',
};
