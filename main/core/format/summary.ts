import type { WeatherReport } from '../model.ts';
import { formatTemperature } from './temperature.ts';
import { formatPrecipitation, formatWindSpeed } from './wind.ts';

/** Returns the place as "Name, CC", or just the name when the country is unknown. */
export function formatPlace(report: WeatherReport): string {
  const { name, countryCode } = report.location;
  return countryCode ? `${name}, ${countryCode}` : name;
}

/**
 * Lists the current conditions in reading order, such as ["72°F", "clear sky", "feels like 70°F",
 * "wind 6 mph"]. A value the provider did not send is left out, never shown as 0.
 */
export function formatConditionParts(report: WeatherReport): string[] {
  const { current, units, windSpeedUnit, precipitationUnit } = report;
  const parts = [formatTemperature(current.temperature, units), current.condition.description];

  if (current.feelsLike !== null) {
    parts.push(`feels like ${formatTemperature(current.feelsLike, units)}`);
  }
  if (current.windSpeed !== null) {
    parts.push(`wind ${formatWindSpeed(current.windSpeed, windSpeedUnit)}`);
  }
  if (current.precipitation !== null && current.precipitation > 0) {
    parts.push(`precipitation ${formatPrecipitation(current.precipitation, precipitationUnit)}`);
  }
  return parts;
}

/** Formats the one-line summary, such as `Los Angeles, US: 72°F, clear sky, wind 6 mph`. */
export function formatSummaryLine(report: WeatherReport): string {
  return `${formatPlace(report)}: ${formatConditionParts(report).join(', ')}`;
}
