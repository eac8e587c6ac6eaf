import type { WeatherFailure } from '../errors.ts';
import type { WeatherReport } from '../model.ts';
import { formatTemperature } from './temperature.ts';
import { formatTime } from './time.ts';
import { truncateText } from './truncate.ts';

/** Maximum tooltip that Windows shows: 128 UTF-16 code units including the terminating null. */
export const maxTooltipLength = 127;

export interface TooltipInput {
  /** The last good report, or null when none has arrived yet. */
  report: WeatherReport | null;
  /** When the last good report arrived, as ISO 8601 UTC; defaults to the report's `fetchedAt`. */
  lastSuccessAt?: string | null;
  /** The failure of the last refresh, or null when it succeeded. */
  failure?: WeatherFailure | null;
  offline?: boolean;
  locale?: string;
}

const failureLabels: Record<WeatherFailure['kind'], string> = {
  'invalid-api-key': 'API key invalid',
  'location-not-found': 'location not found',
  'rate-limited': 'rate limited',
  'network-unreachable': 'offline',
  'timed-out': 'timed out',
  'provider-error': 'provider error',
  'invalid-response': 'invalid response',
  unknown: 'update failed',
};

function describeStatus(input: TooltipInput, updatedAt: string): string {
  if (input.offline) {
    return `offline, last updated ${updatedAt}`;
  }
  if (input.failure) {
    return `${failureLabels[input.failure.kind]}, last updated ${updatedAt}`;
  }
  return `updated ${updatedAt}`;
}

/**
 * Formats the tray tooltip in at most 127 characters, such as
 * `Los Angeles: 72°F, clear sky · updated 10:42`. When the text is too long, the place name is
 * shortened first, and the whole line only if that is not enough.
 */
export function formatTooltip(input: TooltipInput): string {
  const { report } = input;
  if (report === null) {
    const status = input.failure ? input.failure.message : input.offline ? 'offline' : 'loading';
    return truncateText(`Traycast: ${status}`, maxTooltipLength);
  }

  const offset = report.location.utcOffsetSeconds;
  const updatedAt = formatTime(input.lastSuccessAt ?? report.fetchedAt, offset, input.locale);
  const temperature = formatTemperature(report.current.temperature, report.units);
  const rest = `: ${temperature}, ${report.current.condition.description} · ${describeStatus(input, updatedAt)}`;

  const nameBudget = Math.max(maxTooltipLength - rest.length, 0);
  const name = truncateText(report.location.name, nameBudget);
  return truncateText(`${name}${rest}`, maxTooltipLength);
}
