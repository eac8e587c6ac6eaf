/** The only sites that the app opens in the user's browser: the providers' own pages. */
export const externalLinkHosts: readonly string[] = ['open-meteo.com', 'openweathermap.org'];

/** Whether a URL may go to `shell.openExternal`: https, no credentials, an allowlisted site. */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }

  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return externalLinkHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
