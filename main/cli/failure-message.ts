import { ProviderError, type WeatherError } from '../core/errors.ts';
import { baseUrlVariables } from '../core/providers/base-urls.ts';

/** The step of the command that failed, which decides the setting to point the user at. */
export type CommandStep = 'geocode' | 'weather';

export interface FailureContext {
  step: CommandStep;
  /** The variable the API key came from, when one was used. */
  apiKeyVariable: string | null;
}

function baseUrlVariable(error: WeatherError, step: CommandStep): string {
  if (error.provider === 'openweathermap') {
    return baseUrlVariables.openWeather;
  }
  return step === 'geocode' ? baseUrlVariables.openMeteoGeocoding : baseUrlVariables.openMeteo;
}

/** Returns the advice for a provider error by status, because only a 5xx can clear by itself. */
function providerErrorAdvice(error: WeatherError, variable: string): string {
  const status = error instanceof ProviderError ? error.status : null;
  if (status !== null && status >= 300 && status < 400) {
    return `Set ${variable} to the address the server redirects to, if you trust that server.`;
  }
  if (status !== null && status >= 400 && status < 500) {
    return (
      'Retrying will not help, because the server rejected the request itself. ' +
      `Check ${variable} if it is set.`
    );
  }
  return `Try again later, and check ${variable} if it is set.`;
}

function advice(error: WeatherError, context: FailureContext): string {
  const variable = baseUrlVariable(error, context.step);

  switch (error.kind) {
    case 'invalid-api-key':
      return context.apiKeyVariable
        ? `The key was read from ${context.apiKeyVariable}. Or use --provider open-meteo, which needs no key.`
        : 'Set OPENWEATHER_API_KEY, or use --provider open-meteo, which needs no key.';
    case 'location-not-found':
      return 'Check the spelling of --location, add a country code such as "Boston, US", or pass --lat and --lon.';
    case 'rate-limited':
      return 'The provider limits how often one client may call it.';
    case 'network-unreachable':
    case 'timed-out':
      return `Check the network connection, and ${variable} if it is set.`;
    case 'invalid-response':
      return `If ${variable} points at a proxy or your own server, check that it returns the provider's format.`;
    case 'provider-error':
      return providerErrorAdvice(error, variable);
  }
}

/** Formats the message printed on stderr: what failed, on which value, and what to do. */
export function formatFailure(error: WeatherError, context: FailureContext): string {
  return `weather: ${error.message} ${advice(error, context)}`;
}
