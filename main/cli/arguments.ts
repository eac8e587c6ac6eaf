import { parseArgs } from 'node:util';
import { type ProviderId, providerIds, type Units, unitSystems } from '../core/model.ts';

/** The command line as parsed and checked, before defaults are applied. */
export interface CommandOptions {
  help: boolean;
  version: boolean;
  json: boolean;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  provider: ProviderId | null;
  units: Units | null;
}

/** Raised for a command line that cannot run, which makes the command exit with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const optionDefinitions = {
  location: { type: 'string' },
  lat: { type: 'string' },
  lon: { type: 'string' },
  provider: { type: 'string' },
  units: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/**
 * Joins `--lat -33.9` into `--lat=-33.9`, because parseArgs reads a value that starts with a dash
 * as a missing value, and southern latitudes and western longitudes are negative.
 */
function joinNegativeCoordinates(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const next = argv[index + 1];
    if (
      (argument === '--lat' || argument === '--lon') &&
      next !== undefined &&
      /^-\.?\d/.test(next)
    ) {
      joined.push(`${argument}=${next}`);
      index += 1;
    } else {
      joined.push(argument);
    }
  }
  return joined;
}

/** A decimal number such as `-33.9`, `.5` or `1e1`. Number() alone would also take `0x10`. */
const decimalPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseCoordinate(option: string, text: string | undefined, limit: number): number | null {
  if (text === undefined) {
    return null;
  }

  const value = Number(text.trim());
  if (!decimalPattern.test(text.trim()) || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new UsageError(
      `--${option} is "${text}", but it must be a number from -${limit} to ${limit} in decimal degrees.`,
    );
  }
  return value;
}

function parseChoice<T extends string>(
  option: string,
  text: string | undefined,
  choices: readonly T[],
): T | null {
  if (text === undefined) {
    return null;
  }
  if (!choices.includes(text as T)) {
    throw new UsageError(`--${option} is "${text}", but it must be one of: ${choices.join(', ')}.`);
  }
  return text as T;
}

/** Parses and checks the arguments after the command name. Throws `UsageError` on bad input. */
export function parseCommandLine(argv: readonly string[]): CommandOptions {
  let values: ReturnType<typeof parseArgs<{ options: typeof optionDefinitions }>>['values'];
  try {
    ({ values } = parseArgs({
      args: joinNegativeCoordinates(argv),
      options: optionDefinitions,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    );
  }

  const latitude = parseCoordinate('lat', values.lat, 90);
  const longitude = parseCoordinate('lon', values.lon, 180);
  if ((latitude === null) !== (longitude === null)) {
    throw new UsageError('--lat and --lon must be given together.');
  }
  if (latitude !== null && values.location !== undefined) {
    throw new UsageError('Give either --location or --lat and --lon, not both.');
  }

  return {
    help: values.help,
    version: values.version,
    json: values.json,
    location: values.location ?? null,
    latitude,
    longitude,
    provider: parseChoice('provider', values.provider, providerIds),
    units: parseChoice('units', values.units, unitSystems),
  };
}
