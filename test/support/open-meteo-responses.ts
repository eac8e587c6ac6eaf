import { loadFixture } from './fixtures.ts';

/**
 * Returns the Berlin forecast fixture labelled as a metric response. The fixture is recorded with
 * wind in m/s, while a metric request asks for km/h, and the provider rejects a response whose
 * unit labels differ from the request.
 */
export function metricForecast(): Record<string, unknown> {
  const forecast = loadFixture<{ current_units: Record<string, string> }>(
    'open-meteo/forecast-berlin-celsius.json',
  );
  forecast.current_units.wind_speed_10m = 'km/h';
  return forecast;
}
