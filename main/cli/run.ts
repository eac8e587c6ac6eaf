import { WeatherError } from '../core/errors.ts';
import { formatSummaryLine } from '../core/format/summary.ts';
import { InvalidLocationQueryError } from '../core/location-query.ts';
import type { Place } from '../core/model.ts';
import { createProvider, InvalidBaseUrlError, resolveBaseUrls } from '../core/providers/index.ts';
import type { WeatherProvider } from '../core/providers/provider.ts';
import { type CommandOptions, parseCommandLine, UsageError } from './arguments.ts';
import {
  defaultPlace,
  defaultProvider,
  type Environment,
  readApiKey,
  unitsFromLocale,
} from './defaults.ts';
import { exitCodeForKind, exitCodes } from './exit-codes.ts';
import { type CommandStep, formatFailure } from './failure-message.ts';
import { helpText, versionText } from './help.ts';

export interface CommandIo {
  argv: readonly string[];
  env: Environment;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A place to fetch weather for. A null name lets the provider choose one. */
type Target = Omit<Place, 'name' | 'timezone'> & { name: string | null };

async function resolveTarget(options: CommandOptions, provider: WeatherProvider): Promise<Target> {
  if (options.latitude !== null && options.longitude !== null) {
    return {
      name: null,
      region: null,
      countryCode: null,
      latitude: options.latitude,
      longitude: options.longitude,
    };
  }
  if (options.location === null) {
    return defaultPlace;
  }

  const [firstMatch] = await provider.geocode({ text: options.location, limit: 10 });
  return firstMatch ?? defaultPlace;
}

/**
 * Removes control characters, such as ESC or a newline, from text that came from a provider or a
 * setting, so that a hostile server cannot send commands to the terminal or break the line.
 */
function stripControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, '');
}

/**
 * Runs the weather command and returns its exit status. Output goes through `io`, so the command
 * never prints the API key: it appears in no message and in no report.
 */
export async function runWeatherCommand(io: CommandIo): Promise<number> {
  let step: CommandStep = 'geocode';
  const apiKey = readApiKey(io.env);

  try {
    const options = parseCommandLine(io.argv);
    if (options.help) {
      io.stdout(helpText);
      return exitCodes.success;
    }
    if (options.version) {
      io.stdout(`${versionText}\n`);
      return exitCodes.success;
    }

    const providerId = options.provider ?? defaultProvider(io.env);
    if (providerId === 'openweathermap' && apiKey === null) {
      throw new UsageError(
        'OpenWeatherMap needs an API key: set OPENWEATHER_API_KEY, or use --provider open-meteo.',
      );
    }

    const provider = createProvider(providerId, {
      apiKey: apiKey?.key ?? null,
      baseUrls: resolveBaseUrls(io.env),
    });
    const target = await resolveTarget(options, provider);

    step = 'weather';
    const report = await provider.fetchWeather({
      latitude: target.latitude,
      longitude: target.longitude,
      units: options.units ?? unitsFromLocale(io.env),
      placeName: target.name ?? undefined,
      region: target.region,
      countryCode: target.countryCode,
    });

    // JSON.stringify escapes the C0 control characters, ESC and newline among them.
    io.stdout(
      options.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${stripControlCharacters(formatSummaryLine(report))}\n`,
    );
    return exitCodes.success;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InvalidLocationQueryError ||
      error instanceof InvalidBaseUrlError
    ) {
      io.stderr(
        `weather: ${stripControlCharacters(error.message)}\nRun with --help to see the options.\n`,
      );
      return exitCodes.usage;
    }
    if (error instanceof WeatherError) {
      const context = { step, apiKeyVariable: apiKey?.variable ?? null };
      io.stderr(`${stripControlCharacters(formatFailure(error, context))}\n`);
      return exitCodeForKind(error.kind);
    }

    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`weather: unexpected failure: ${stripControlCharacters(message)}\n`);
    return exitCodes.failure;
  }
}
