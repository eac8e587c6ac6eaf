/**
 * Rules of the `app://` protocol that serves the renderer pages: which file a URL maps to, its
 * content type, and the Content-Security-Policy sent with every response.
 */

import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { appHost, appScheme } from './ipc-validation.ts';

/**
 * The policy for every page. Scripts and styles come only from the app itself, and the renderer
 * makes no network requests, because main fetches the weather.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL such as `app://traycast/panel/index.html` to a file under `rendererRoot`.
 * Returns null for another scheme or host, or a path that would leave the root.
 */
export function resolveAppFile(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) {
    return null;
  }

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) {
    return null;
  }

  const root = resolve(rendererRoot);
  const filePath = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const fromRoot = relative(root, filePath);
  if (
    fromRoot === '' ||
    fromRoot.startsWith(`..${sep}`) ||
    fromRoot === '..' ||
    isAbsolute(fromRoot)
  ) {
    return null;
  }
  return filePath;
}

/** Headers for a file served by the protocol. */
export function responseHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': contentTypeOf(filePath),
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}
