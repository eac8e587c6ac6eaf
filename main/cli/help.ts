import { appVersion } from '../core/version.ts';

export const versionText = `Traycast ${appVersion}`;

export const helpText = `Usage: npm run --silent weather -- [options]

Prints the current weather for a place on one line, or the full report as JSON.

Options:
  --location TEXT   Place to look up: "City", "City, CC" or "City, Region, CC",
                    using the first match (default: Los Angeles, California, US)
  --lat N --lon N   Latitude and longitude in decimal degrees, instead of --location
  --provider NAME   open-meteo or openweathermap (default: openweathermap when an
                    API key is set, otherwise open-meteo)
  --units SYSTEM    metric (°C, km/h or m/s), imperial (°F, mph) or standard (K, m/s)
                    (default: imperial for an en-US locale, metric otherwise)
  --json            Print the normalized report as JSON instead of one line
  -h, --help        Print this help and exit
  -v, --version     Print the version and exit

Environment:
  OPENWEATHER_API_KEY  OpenWeatherMap API key (API_KEY is read when it is unset)
  OPEN_METEO_URL, OPEN_METEO_GEOCODING_URL, OPENWEATHER_URL
                       Base URLs of the APIs, for self-hosted servers and proxies
  LC_ALL, LC_MEASUREMENT, LANG
                       Locale that sets the default units

Exit status:
  0 success, 1 other failure, 2 usage error, 3 invalid or inactive API key,
  4 location not found, 5 rate limited, 6 network unreachable or timed out,
  7 invalid provider response
`;
