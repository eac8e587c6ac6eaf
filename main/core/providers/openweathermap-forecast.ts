import { localDate } from '../format/time.ts';
import type { DailyEntry, HourlyStep, Units } from '../model.ts';
import type { OpenWeatherForecast, OpenWeatherForecastStep } from '../schemas/openweathermap.ts';
import { epochToIso, precipitationVolume, primaryCondition } from './openweathermap-values.ts';

const stepSeconds = 3 * 60 * 60;

/** Days that the free 5-day forecast covers. */
export const openWeatherForecastDays = 5;

function toPercent(probability: number | null): number | null {
  return probability === null ? null : Math.round(probability * 100);
}

/** Returns the 8 three-hour steps that cover the next 24 hours from `observedAtSeconds`. */
export function nextDayOfSteps(
  forecast: OpenWeatherForecast,
  observedAtSeconds: number,
  units: Units,
): HourlyStep[] {
  return forecast.list
    .filter((step) => step.dt + stepSeconds > observedAtSeconds)
    .slice(0, 8)
    .map((step) => ({
      time: epochToIso(step.dt),
      temperature: step.main.temp,
      precipitationProbability: toPercent(step.pop),
      precipitation: precipitationVolume(step.rain, step.snow, '3h', units),
      windSpeed: step.wind.speed,
      condition: primaryCondition(step.weather, step.sys.pod !== 'n'),
    }));
}

function extreme(values: (number | null)[], pick: (...numbers: number[]) => number): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : pick(...present);
}

function summarizeDay(
  date: string,
  steps: OpenWeatherForecastStep[],
  offsetSeconds: number,
  units: Units,
): DailyEntry {
  const volumes = steps
    .map((step) => precipitationVolume(step.rain, step.snow, '3h', units))
    .filter((volume): volume is number => volume !== null);
  const noonSeconds = Date.parse(`${date}T12:00:00Z`) / 1000 - offsetSeconds;
  const [middayStep] = [...steps].sort(
    (a, b) => Math.abs(a.dt - noonSeconds) - Math.abs(b.dt - noonSeconds),
  );

  return {
    date,
    temperatureMax: extreme(
      steps.map((step) => step.main.temp_max ?? step.main.temp),
      Math.max,
    ),
    temperatureMin: extreme(
      steps.map((step) => step.main.temp_min ?? step.main.temp),
      Math.min,
    ),
    precipitationProbability: toPercent(
      extreme(
        steps.map((step) => step.pop),
        Math.max,
      ),
    ),
    precipitationSum: volumes.length === 0 ? null : volumes.reduce((sum, value) => sum + value, 0),
    sunrise: null,
    sunset: null,
    condition: middayStep ? primaryCondition(middayStep.weather, true) : null,
  };
}

/**
 * Builds daily entries from the three-hour steps, grouped by the location's local date, for up to
 * five days from today. The forecast carries no daily data of its own, so today's entry covers only
 * the steps still ahead, and sunrise and sunset are known only for the day the forecast gives
 * them for.
 */
export function dailyFromSteps(
  forecast: OpenWeatherForecast,
  today: string,
  offsetSeconds: number,
  units: Units,
): DailyEntry[] {
  const stepsByDate = new Map<string, OpenWeatherForecastStep[]>();
  for (const step of forecast.list) {
    const date = localDate(step.dt * 1000, offsetSeconds);
    if (date >= today) {
      stepsByDate.set(date, [...(stepsByDate.get(date) ?? []), step]);
    }
  }

  const { sunrise, sunset } = forecast.city;
  const sunDate = sunrise === null ? null : localDate(sunrise * 1000, offsetSeconds);

  return [...stepsByDate.entries()].slice(0, openWeatherForecastDays).map(([date, steps]) => {
    const entry = summarizeDay(date, steps, offsetSeconds, units);
    if (date === sunDate) {
      entry.sunrise = sunrise === null ? null : epochToIso(sunrise);
      entry.sunset = sunset === null ? null : epochToIso(sunset);
    }
    return entry;
  });
}
