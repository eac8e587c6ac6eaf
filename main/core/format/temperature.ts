import type { Units } from '../model.ts';
import { roundForDisplay } from './numbers.ts';

const temperatureSuffixes: Record<Units, string> = {
  metric: '°C',
  imperial: '°F',
  // Kelvin is an absolute scale and takes no degree sign.
  standard: ' K',
};

/** Formats a temperature rounded to whole degrees: "72°F", "-3°C" or "290 K". */
export function formatTemperature(value: number, units: Units): string {
  return `${roundForDisplay(value)}${temperatureSuffixes[units]}`;
}
