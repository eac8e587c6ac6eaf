import type { PrecipitationUnit, WindSpeedUnit } from '../model.ts';
import { roundForDisplay } from './numbers.ts';

/** Formats a wind speed rounded to a whole number with its unit, such as "6 mph". */
export function formatWindSpeed(value: number, windSpeedUnit: WindSpeedUnit): string {
  return `${roundForDisplay(value)} ${windSpeedUnit}`;
}

const compassPoints = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

/** Names the compass point a wind comes from, given degrees clockwise from north. */
export function formatWindDirection(degrees: number): string {
  const normalized = ((degrees % 360) + 360) % 360;
  return compassPoints[Math.round(normalized / 45) % 8] ?? 'N';
}

/** Formats a precipitation amount: one decimal in mm, two in inches, such as "0.4 mm". */
export function formatPrecipitation(value: number, unit: PrecipitationUnit): string {
  const digits = unit === 'mm' ? 1 : 2;
  const text = value.toFixed(digits);
  const shown = Number(text) === 0 ? (0).toFixed(digits) : text;
  return unit === 'mm' ? `${shown} mm` : `${shown} in`;
}
