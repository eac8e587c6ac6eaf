import type { WeatherReport } from '../../main/core/model.ts';

/** Builds a plausible imperial report for formatting tests, with any fields overridden. */
export function sampleReport(overrides: Partial<WeatherReport> = {}): WeatherReport {
  return {
    provider: 'open-meteo',
    location: {
      name: 'Los Angeles',
      region: 'California',
      countryCode: 'US',
      latitude: 34.0522,
      longitude: -118.2437,
      utcOffsetSeconds: -8 * 3600,
      timezone: 'America/Los_Angeles',
    },
    units: 'imperial',
    windSpeedUnit: 'mph',
    precipitationUnit: 'inch',
    current: {
      observedAt: '2025-01-15T18:45:00.000Z',
      temperature: 71.8,
      feelsLike: 69.9,
      humidity: 18,
      pressure: 1019.4,
      windSpeed: 5.9,
      windDirection: 42,
      windGust: 11.2,
      visibility: 24_140,
      precipitation: 0,
      cloudCover: 0,
      condition: { code: 0, description: 'clear sky', icon: 'clear-day', isDay: true },
    },
    hourly: [],
    hourlyStepHours: 1,
    daily: [],
    forecastDays: 7,
    sunrise: null,
    sunset: null,
    updateIntervalSeconds: 900,
    attribution: { text: 'Weather data by Open-Meteo.com', url: 'https://open-meteo.com/' },
    fetchedAt: '2025-01-15T18:42:10.000Z',
    ...overrides,
  };
}
