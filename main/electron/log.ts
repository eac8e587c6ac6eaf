/**
 * Logging through electron-log to `main.log` in Electron's logs folder, rotated at 1 MiB. A hook
 * masks the API key in every message, so it cannot reach the file even by mistake.
 */

import { join } from 'node:path';
import { app } from 'electron';
// The Node entry has the same file transport as electron-log/main without importing Electron
// itself, and the path below puts the file where electron-log/main would.
import log from 'electron-log/node';
import { redactSecrets } from '../app/log-format.ts';
import type { Logger } from '../app/logger.ts';

const maxLogFileBytes = 1024 * 1024;
const redactionMarker = Symbol.for('traycast.redaction-hook');

/** Sets up the log file and returns the logger; `secrets()` lists values to mask. */
export function createLogger(secrets: () => readonly (string | null)[]): Logger {
  log.transports.file.resolvePathFn = () => join(app.getPath('logs'), 'main.log');
  log.transports.file.maxSize = maxLogFileBytes;
  log.transports.file.level = 'info';
  log.transports.console.level = app.isPackaged ? false : 'info';

  // Replaces the hook of an earlier call instead of stacking a second one.
  log.hooks = log.hooks.filter((hook) => !(redactionMarker in hook));
  const redact: (typeof log.hooks)[number] = (message) => {
    message.data = message.data.map((item: unknown) => {
      if (typeof item === 'string') {
        return redactSecrets(item, secrets());
      }
      if (item instanceof Error) {
        return redactSecrets(item.stack ?? item.message, secrets());
      }
      return item;
    });
    return message;
  };
  log.hooks.push(Object.assign(redact, { [redactionMarker]: true }));

  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}
