/**
 * The bridge object that the preload exposes on `window.traycast`, built over the part of
 * `ipcRenderer` it needs so that tests can pass a recording fake in place of Electron.
 */

import {
  type EventChannel,
  type EventChannels,
  eventChannels,
  type InvokeChannel,
  invokeChannels,
  type TraycastBridge,
} from '../main/common/ipc-contract.ts';

/** The methods of Electron's `ipcRenderer` that the bridge calls. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowedInvokeChannels: ReadonlySet<string> = new Set(invokeChannels);
const allowedEventChannels: ReadonlySet<string> = new Set(eventChannels);

/**
 * Creates the bridge. Only channels in the IPC contract pass, at most one request argument goes
 * to main, and listeners receive the payload alone, never the IPC event with its sender.
 */
export function createBridge(ipc: IpcRendererLike): TraycastBridge {
  function invoke(channel: InvokeChannel, ...request: unknown[]): Promise<unknown> {
    if (typeof channel !== 'string' || !allowedInvokeChannels.has(channel)) {
      return Promise.reject(new Error(`IPC channel not allowed: ${String(channel)}`));
    }
    if (request.length === 0) {
      return ipc.invoke(channel);
    }
    return ipc.invoke(channel, request[0]);
  }

  function on<C extends EventChannel>(
    channel: C,
    listener: (payload: EventChannels[C]) => void,
  ): () => void {
    if (typeof channel !== 'string' || !allowedEventChannels.has(channel)) {
      throw new Error(`IPC event channel not allowed: ${String(channel)}`);
    }
    if (typeof listener !== 'function') {
      throw new TypeError(`Listener for ${channel} must be a function`);
    }

    const forwardPayload = (_event: unknown, payload: unknown): void => {
      listener(payload as EventChannels[C]);
    };
    ipc.on(channel, forwardPayload);

    let subscribed = true;
    return () => {
      if (subscribed) {
        subscribed = false;
        ipc.removeListener(channel, forwardPayload);
      }
    };
  }

  return { invoke: invoke as TraycastBridge['invoke'], on };
}
