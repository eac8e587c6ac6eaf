/**
 * The app's version, kept equal to `version` in package.json (a test checks it). A plain constant
 * lets the command line run under `node --experimental-strip-types` without importing JSON.
 */
export const appVersion = '0.1.0';

export const projectUrl = 'https://github.com/traycast/traycast';

/** The User-Agent sent with every request, so providers can tell who is calling. */
export const defaultUserAgent = `Traycast/${appVersion} (+${projectUrl})`;
