/**
 * Hardening of every web contents and of the session: no navigation, no new windows, no
 * webviews and no permissions, whatever a page requests.
 */

import { app, session, type WebContents } from 'electron';
import type { Logger } from '../app/logger.ts';

/** Blocks navigation away from the loaded page, new windows and webviews. */
export function hardenWebContents(contents: WebContents, logger: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    logger.warn(`Blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    logger.warn(`Blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('Blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Applies the hardening to every web contents created from now on, and denies permissions. */
export function secureSessionAndContents(logger: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, logger);
  });

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn(`Denied the permission request for ${permission}`);
    callback(false);
  });
  defaultSession.setPermissionCheckHandler(() => false);
}
