import { InvalidResponseError } from '../errors.ts';
import { describeEndpoint } from '../http-errors.ts';
import type { Units } from '../model.ts';
import type { OpenMeteoForecast } from '../schemas/open-meteo.ts';
import { unitRequests } from './open-meteo-request.ts';

const temperatureLabels = { celsius: '°C', fahrenheit: '°F' } as const;
const windSpeedLabels = { kmh: 'km/h', ms: 'm/s', mph: 'mp/h' } as const;

/**
 * Checks that the labels in `current_units` match the units requested, so that a proxy or server
 * that ignores the unit parameters cannot pass off Fahrenheit as Celsius. A missing label is
 * accepted.
 */
export function checkCurrentUnits(forecast: OpenMeteoForecast, units: Units, url: URL): void {
  const request = unitRequests[units];
  const expected = {
    temperature_2m: temperatureLabels[request.temperature_unit],
    wind_speed_10m: windSpeedLabels[request.wind_speed_unit],
  };

  for (const [field, label] of Object.entries(expected)) {
    const received = forecast.current_units[field];
    if (received !== undefined && received !== label) {
      throw new InvalidResponseError(
        'open-meteo',
        `Open-Meteo sent ${field} in "${received}" from ${describeEndpoint(url)}, ` +
          `but "${label}" was requested.`,
      );
    }
  }
}
