/**
 * The `app://traycast/` protocol that serves the renderer pages from disk, with the
 * Content-Security-Policy header on every response.
 */

import { readFile } from 'node:fs/promises';
import { protocol, session } from 'electron';
import { contentSecurityPolicy, resolveAppFile, responseHeaders } from '../app/app-protocol.ts';
import { appScheme } from '../app/ipc-validation.ts';
import type { Logger } from '../app/logger.ts';

/** Registers the scheme as standard and secure. Electron allows this only before `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves files from the renderer build folder for `app://` requests. */
export function handleAppProtocol(rendererRoot: string, logger: Logger): void {
  protocol.handle(appScheme, async (request) => {
    const filePath = resolveAppFile(request.url, rendererRoot);
    if (filePath === null) {
      logger.warn(`Rejected app:// request for ${request.url}`);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(filePath);
      return new Response(body, { headers: responseHeaders(filePath) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/**
 * Adds the CSP header to responses that do not come from the app protocol, such as the
 * development server's, so every page gets the same policy.
 */
export function addContentSecurityPolicyHeader(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}
