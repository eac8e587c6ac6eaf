/** Forwards sleep, wake and network hints from Electron to the refresh scheduler. */

import { net, powerMonitor } from 'electron';
import type { Logger } from '../app/logger.ts';
import type { TraycastController } from '../app/traycast-controller.ts';

export function watchPowerAndNetwork(controller: TraycastController, logger: Logger): void {
  powerMonitor.on('suspend', () => {
    logger.info('System suspending; refreshes paused');
    controller.suspend();
  });
  powerMonitor.on('resume', () => {
    logger.info('System resumed');
    controller.resume();
  });
  // Unlocking often follows a wake without a `resume` event on some Linux desktops. The
  // scheduler refreshes then only if a refresh is overdue.
  powerMonitor.on('unlock-screen', () => {
    controller.resume();
  });
}

/** Reports whether the system has a network connection; false is a strong sign of offline. */
export function isOnline(): boolean {
  return net.isOnline();
}
