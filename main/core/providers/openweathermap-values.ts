import { conditionFromOpenWeather } from '../format/openweathermap-conditions.ts';
import type { Condition, Units } from '../model.ts';
import { mapNullable, millimetresToInches } from '../units.ts';

interface Volume {
  '1h': number | null;
  '3h': number | null;
}

type ConditionFields = { id: number; description: string; icon: string };

function sumPresent(values: (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === 'number');
  return present.length === 0 ? null : present.reduce((total, value) => total + value, 0);
}

/**
 * Adds rain and snow for one period (`1h` or `3h`). Returns null when neither block has that
 * period, because OpenWeatherMap leaves them out when nothing fell. Amounts arrive in mm for
 * every unit system, so imperial reports convert them to inches.
 */
export function precipitationVolume(
  rain: Volume | null,
  snow: Volume | null,
  period: keyof Volume,
  units: Units,
): number | null {
  const total = sumPresent([rain?.[period], snow?.[period]]);
  return units === 'imperial' ? mapNullable(total, millimetresToInches) : total;
}

/** Builds a condition from the primary `weather[0]` entry, taking isDay from the icon's `d` or `n`. */
export function primaryCondition(
  weather: readonly ConditionFields[],
  fallbackIsDay: boolean,
): Condition | null {
  const [primary] = weather;
  if (primary === undefined) {
    return null;
  }

  const isDay = primary.icon.endsWith('n') ? false : primary.icon.endsWith('d') || fallbackIsDay;
  return conditionFromOpenWeather(primary.id, isDay, primary.description);
}

export function epochToIso(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString();
}
