/**
 * Startup and lifecycle of the main process: one instance, a tray that outlives its windows, and
 * the wiring between the weather controller, the tray, the windows and IPC.
 */

import { join } from 'node:path';
import { app, net, safeStorage, shell } from 'electron';
import { appOrigin, appPageUrl } from '../app/ipc-validation.ts';
import { setLinuxAutostart } from '../app/linux-autostart.ts';
import type { Logger } from '../app/logger.ts';
import { ReadingCache } from '../app/reading-cache.ts';
import { SettingsRepository } from '../app/settings-repository.ts';
import { buildTrayView, type TrayMenuAction } from '../app/tray-model.ts';
import { TraycastController } from '../app/traycast-controller.ts';
import type { AppState } from '../common/ipc-contract.ts';
import { unitsForLocaleTag } from '../core/defaults.ts';
import { type InvokeHandlers, registerIpcHandlers } from './ipc.ts';
import { createLogger } from './log.ts';
import { isOnline, watchPowerAndNetwork } from './power.ts';
import {
  addContentSecurityPolicyHeader,
  handleAppProtocol,
  registerAppScheme,
} from './protocol.ts';
import { secureSessionAndContents } from './security.ts';
import { openSettingsStore } from './store.ts';
import { createTray, trayBounds, updateTray } from './tray.ts';
import { WindowManager } from './windows.ts';

export const appUserModelId = 'com.traycast.app';

export interface TraycastRuntime {
  controller: TraycastController;
  windows: WindowManager;
  logger: Logger;
}

function applyLaunchAtLogin(enabled: boolean, logger: Logger): void {
  try {
    if (process.platform === 'linux') {
      const command = process.env.APPIMAGE ? [process.env.APPIMAGE] : [process.execPath];
      setLinuxAutostart(enabled, command, process.env);
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled });
    }
  } catch (error) {
    logger.error(`Failed to turn launch at login ${enabled ? 'on' : 'off'}`, error);
  }
}

function ipcHandlers(runtime: TraycastRuntime): InvokeHandlers {
  const { controller, windows, logger } = runtime;
  return {
    'weather:get-state': () => controller.state,
    'weather:refresh': () => controller.refreshNow(),
    'settings:get': () => controller.settingsView(),
    'settings:save': (request) => controller.saveSettings(request),
    'settings:test-key': (request) => controller.testKey(request),
    'location:search': (request) => controller.searchLocations(request),
    'window:open-settings': () => windows.openSettings(),
    'window:close': (_request, event) => windows.closeWindowOf(event.sender),
    'link:open': async ({ url }) => {
      // The request schema has already checked the URL against the https allowlist.
      logger.info(`Opening ${url} in the browser`);
      await shell.openExternal(url);
    },
  };
}

/**
 * Starts Traycast. Returns null in a second instance, which quits once Electron has passed the
 * launch on to the first instance, and the first instance then shows its panel.
 */
export async function startTraycast(): Promise<TraycastRuntime | null> {
  let currentKey: string | null = null;
  const logger = createLogger(() => [currentKey]);

  if (!app.requestSingleInstanceLock()) {
    logger.info('Traycast is already running; asking it to show its panel');
    app.quit();
    return null;
  }
  if (process.platform === 'win32') {
    app.setAppUserModelId(appUserModelId);
  }
  registerAppScheme();
  // Without a listener Electron quits when the last window closes. The tray keeps running.
  app.on('window-all-closed', () => {});

  await app.whenReady();
  app.dock?.hide();
  secureSessionAndContents(logger);
  const rendererRoot = join(app.getAppPath(), 'out', 'renderer');
  handleAppProtocol(rendererRoot, logger);
  addContentSecurityPolicyHeader();

  // electron-vite sets this while serving the renderer in development only.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const pageOrigin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;

  const userData = app.getPath('userData');
  const opened = openSettingsStore(userData, logger, {
    units: unitsForLocaleTag(app.getSystemLocale()),
  });
  const settings = new SettingsRepository({
    storage: opened.storage,
    encryption: safeStorage,
    platform: process.platform,
    logger,
    recoveryNotice: opened.recoveryNotice,
  });
  currentKey = settings.apiKey;

  const controller = new TraycastController({
    settings,
    cache: new ReadingCache(join(userData, 'last-reading.json'), logger),
    logger,
    env: process.env,
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
    isOnline,
  });
  const windows = new WindowManager({
    preloadPath: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
    pageUrl: (page) => appPageUrl(page, pageOrigin),
    trayBounds,
    logger,
  });
  const runtime: TraycastRuntime = { controller, windows, logger };

  const trayView = (state: AppState) =>
    buildTrayView(state, {
      showTemperature: settings.settings.showTemperatureInTray,
      launchAtLogin: settings.settings.launchAtLogin,
      locale: app.getLocale(),
    });
  const onTrayAction = (action: TrayMenuAction) => {
    switch (action) {
      case 'show-panel':
        windows.showPanel();
        break;
      case 'refresh':
        void controller.refreshNow();
        break;
      case 'open-settings':
        windows.openSettings();
        break;
      case 'toggle-launch-at-login':
        controller.saveSettings({ launchAtLogin: !settings.settings.launchAtLogin });
        break;
      case 'quit':
        app.quit();
        break;
    }
  };
  createTray(
    {
      iconDirectory: join(rendererRoot, 'tray'),
      onAction: onTrayAction,
      onClick: () => windows.togglePanel(),
    },
    trayView(controller.state),
  );

  controller.appState.subscribe((state) => {
    updateTray(trayView(state));
    windows.broadcast('weather:state-changed', state);
  });
  controller.onSettingsSaved((view, changed) => {
    currentKey = settings.apiKey;
    if (changed.includes('launchAtLogin')) {
      applyLaunchAtLogin(view.launchAtLogin, logger);
    }
    updateTray(trayView(controller.state));
    windows.broadcast('settings:changed', view);
  });

  registerIpcHandlers({
    handlers: ipcHandlers(runtime),
    trustedOrigins: [pageOrigin],
    logger,
  });
  watchPowerAndNetwork(controller, logger);
  app.on('second-instance', () => {
    logger.info('A second launch asked for the panel');
    windows.showPanel();
  });
  app.on('before-quit', () => {
    windows.prepareToQuit();
    controller.stop();
    logger.info('Traycast quitting');
  });

  controller.start();
  return runtime;
}
