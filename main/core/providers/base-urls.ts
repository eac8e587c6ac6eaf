/** Base URLs of the provider APIs. Self-hosted Open-Meteo servers and proxies replace them. */
export interface BaseUrls {
  openMeteo: string;
  openMeteoGeocoding: string;
  openWeather: string;
}

export const defaultBaseUrls: Readonly<BaseUrls> = {
  openMeteo: 'https://api.open-meteo.com',
  openMeteoGeocoding: 'https://geocoding-api.open-meteo.com',
  openWeather: 'https://api.openweathermap.org',
};

/** Environment variables that override each base URL. */
export const baseUrlVariables: Readonly<Record<keyof BaseUrls, string>> = {
  openMeteo: 'OPEN_METEO_URL',
  openMeteoGeocoding: 'OPEN_METEO_GEOCODING_URL',
  openWeather: 'OPENWEATHER_URL',
};

/**
 * Raised for a base URL that is not an absolute http or https URL, or that has parts no base URL
 * can keep.
 */
export class InvalidBaseUrlError extends Error {
  override readonly name = 'InvalidBaseUrlError';
  /** The setting or environment variable that held the value. */
  readonly source: string;

  constructor(source: string, value: string, problem = 'which is not an http or https URL') {
    super(
      `${source} is "${value}", ${problem}. ` +
        `Set it to a URL such as https://api.example.com, or unset it to use the default.`,
    );
    this.source = source;
  }
}

/**
 * Checks that a base URL is absolute http or https, with no user name, password, query or
 * fragment, naming `source` in the error.
 */
export function validateBaseUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidBaseUrlError(source, value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidBaseUrlError(source, value);
  }

  // fetch rejects a URL with credentials, and a query or fragment would end up before the
  // endpoint path, so that the path of the base is lost.
  if (url.username !== '' || url.password !== '' || /[?#]/.test(value)) {
    if (url.password !== '') {
      url.password = '***';
    }
    throw new InvalidBaseUrlError(
      source,
      url.password === '' ? value : url.href,
      'but a base URL cannot have a user name, password, query or fragment',
    );
  }
  return value;
}

/**
 * Returns the base URLs from OPEN_METEO_URL, OPEN_METEO_GEOCODING_URL and OPENWEATHER_URL, with
 * the public servers for any that is unset or empty. Throws `InvalidBaseUrlError` naming the
 * variable when `validateBaseUrl` rejects a value.
 */
export function resolveBaseUrls(env: Readonly<Record<string, string | undefined>>): BaseUrls {
  const resolve = (key: keyof BaseUrls): string => {
    const variable = baseUrlVariables[key];
    const value = env[variable]?.trim();
    return value ? validateBaseUrl(value, variable) : defaultBaseUrls[key];
  };

  return {
    openMeteo: resolve('openMeteo'),
    openMeteoGeocoding: resolve('openMeteoGeocoding'),
    openWeather: resolve('openWeather'),
  };
}

/**
 * Joins a base URL and an endpoint path, keeping any path the base has, so that
 * `https://proxy.example/weather` and `v1/forecast` give `https://proxy.example/weather/v1/forecast`.
 */
export function endpointUrl(base: string, path: string): URL {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(path.replace(/^\/+/, ''), withSlash);
}
