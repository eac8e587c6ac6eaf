import type { TraycastBridge } from '../../main/common/ipc-contract.ts';

declare global {
  interface Window {
    /** Set by the preload through contextBridge. */
    readonly traycast?: TraycastBridge;
  }
}

/** Returns the preload's bridge, failing loudly when the page runs without the preload. */
export function getBridge(): TraycastBridge {
  const bridge = window.traycast;
  if (!bridge) {
    throw new Error(
      'window.traycast is missing: this page must be loaded with the Traycast preload',
    );
  }
  return bridge;
}
