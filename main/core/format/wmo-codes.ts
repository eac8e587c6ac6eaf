import type { Condition, IconBase } from '../model.ts';
import { toIconName } from './icons.ts';

interface ConditionEntry {
  description: string;
  icon: IconBase;
}

/** Every WMO weather code that Open-Meteo documents for `weather_code`. */
export const wmoCodes: Readonly<Record<number, ConditionEntry>> = {
  0: { description: 'clear sky', icon: 'clear' },
  1: { description: 'mainly clear', icon: 'clear' },
  2: { description: 'partly cloudy', icon: 'partly-cloudy' },
  3: { description: 'overcast', icon: 'cloudy' },
  45: { description: 'fog', icon: 'fog' },
  48: { description: 'depositing rime fog', icon: 'fog' },
  51: { description: 'light drizzle', icon: 'drizzle' },
  53: { description: 'moderate drizzle', icon: 'drizzle' },
  55: { description: 'dense drizzle', icon: 'drizzle' },
  56: { description: 'light freezing drizzle', icon: 'freezing-rain' },
  57: { description: 'dense freezing drizzle', icon: 'freezing-rain' },
  61: { description: 'slight rain', icon: 'rain' },
  63: { description: 'moderate rain', icon: 'rain' },
  65: { description: 'heavy rain', icon: 'rain' },
  66: { description: 'light freezing rain', icon: 'freezing-rain' },
  67: { description: 'heavy freezing rain', icon: 'freezing-rain' },
  71: { description: 'slight snowfall', icon: 'snow' },
  73: { description: 'moderate snowfall', icon: 'snow' },
  75: { description: 'heavy snowfall', icon: 'snow' },
  77: { description: 'snow grains', icon: 'snow' },
  80: { description: 'slight rain showers', icon: 'showers' },
  81: { description: 'moderate rain showers', icon: 'showers' },
  82: { description: 'violent rain showers', icon: 'showers' },
  85: { description: 'slight snow showers', icon: 'snow' },
  86: { description: 'heavy snow showers', icon: 'snow' },
  95: { description: 'thunderstorm', icon: 'thunderstorm' },
  96: { description: 'thunderstorm with slight hail', icon: 'thunderstorm' },
  99: { description: 'thunderstorm with heavy hail', icon: 'thunderstorm' },
};

/** Returns the description of a WMO weather code, or a generic label for an unknown code. */
export function describeWmoCode(code: number): string {
  return wmoCodes[code]?.description ?? `unknown weather (WMO code ${code})`;
}

/** Builds the condition for a WMO weather code; a float code such as 3.0 is rounded first. */
export function conditionFromWmoCode(code: number, isDay: boolean): Condition {
  const rounded = Math.round(code);
  const icon = wmoCodes[rounded]?.icon ?? 'unknown';
  return {
    code: rounded,
    description: describeWmoCode(rounded),
    icon: toIconName(icon, isDay),
    isDay,
  };
}
