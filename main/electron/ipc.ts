/**
 * The `ipcMain.handle` handlers for every invoke channel. Each message is checked for its sender
 * frame and its payload before a handler runs. A rejected message is logged and the renderer
 * gets an error that names the reason.
 */

import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { isTrustedSenderUrl, parseInvokeRequest } from '../app/ipc-validation.ts';
import type { Logger } from '../app/logger.ts';
import {
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  invokeChannels,
} from '../common/ipc-contract.ts';

export type InvokeHandlers = {
  [C in InvokeChannel]: (
    request: InvokeRequest<C>,
    event: IpcMainInvokeEvent,
  ) => InvokeResponse<C> | Promise<InvokeResponse<C>>;
};

/** Raised back to the renderer for a message from a foreign sender or with a bad payload. */
export class IpcRejectedError extends Error {
  override readonly name = 'IpcRejectedError';
}

export interface IpcOptions {
  handlers: InvokeHandlers;
  /** Origins of the app's pages: `app://traycast`, plus the dev server when unpackaged. */
  trustedOrigins: readonly string[];
  logger: Logger;
}

function checkSender(channel: InvokeChannel, event: IpcMainInvokeEvent, options: IpcOptions): void {
  const frame = event.senderFrame;
  const url = frame?.url ?? null;
  // Only top-level frames of the app's pages may call main; an embedded frame never may.
  if (!frame || frame.parent !== null || !isTrustedSenderUrl(url, options.trustedOrigins)) {
    options.logger.warn(`Rejected ${channel} from untrusted sender ${url ?? '(no frame)'}`);
    throw new IpcRejectedError(`Rejected ${channel}: the sender ${url} is not a Traycast page.`);
  }
}

function register<C extends InvokeChannel>(channel: C, options: IpcOptions): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    checkSender(channel, event, options);

    const check = parseInvokeRequest(channel, payload);
    if (!check.ok) {
      options.logger.warn(`Rejected ${channel} with an invalid request: ${check.message}`);
      throw new IpcRejectedError(`Rejected ${channel}: invalid request. ${check.message}`);
    }
    const handler = options.handlers[channel] as InvokeHandlers[C];
    return handler(check.request, event);
  });
}

export function registerIpcHandlers(options: IpcOptions): void {
  for (const channel of invokeChannels) {
    register(channel, options);
  }
}
