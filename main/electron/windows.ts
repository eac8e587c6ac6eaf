/**
 * The panel popover and the settings window. Both load the app's own pages with context
 * isolation, the sandbox and web security on, and no Node.js in the renderer.
 */

import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Rectangle,
  screen,
  type WebContents,
  type WebPreferences,
} from 'electron';
import type { AppPage } from '../app/ipc-validation.ts';
import type { Logger } from '../app/logger.ts';
import { placePanel } from '../app/panel-position.ts';
import type { EventChannel, EventChannels } from '../common/ipc-contract.ts';

export const panelSize = { width: 360, height: 560 };
const settingsSize = { width: 520, height: 680 };

/** Builds the web preferences that every window uses. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // A middle click would otherwise open a link in a new window without `window.open`.
    disableBlinkFeatures: 'Auxclick',
  };
}

export interface WindowManagerOptions {
  preloadPath: string;
  pageUrl(page: AppPage): string;
  /** Bounds of the tray icon, or null where the platform does not report them. */
  trayBounds(): Rectangle | null;
  logger: Logger;
}

export class WindowManager {
  private readonly options: WindowManagerOptions;
  private panel: BrowserWindow | null = null;
  private settings: BrowserWindow | null = null;
  private quitting = false;

  constructor(options: WindowManagerOptions) {
    this.options = options;
  }

  /** Lets windows close for real; until then, closing the panel only hides it. */
  prepareToQuit(): void {
    this.quitting = true;
  }

  showPanel(): void {
    const panel = this.panel ?? this.createPanel();
    this.placePanel(panel);
    panel.show();
    panel.focus();
  }

  togglePanel(): void {
    if (this.panel?.isVisible()) {
      this.panel.hide();
      return;
    }
    this.showPanel();
  }

  openSettings(): void {
    if (this.settings && !this.settings.isDestroyed()) {
      this.settings.show();
      this.settings.focus();
      return;
    }
    this.panel?.hide();
    this.settings = this.createSettings();
  }

  /** Closes the window of a page that asked to close: the panel hides, settings closes. */
  closeWindowOf(contents: WebContents): void {
    if (this.panel && this.panel.webContents === contents) {
      this.panel.hide();
      return;
    }
    if (this.settings && this.settings.webContents === contents) {
      this.settings.close();
    }
  }

  /** Sends an event to every open page. */
  broadcast<C extends EventChannel>(channel: C, payload: EventChannels[C]): void {
    for (const window of [this.panel, this.settings]) {
      if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) {
        window.webContents.send(channel, payload);
      }
    }
  }

  private createPanel(): BrowserWindow {
    const panel = new BrowserWindow({
      ...panelSize,
      show: false,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      title: 'Traycast',
      webPreferences: secureWebPreferences(this.options.preloadPath),
    } satisfies BrowserWindowConstructorOptions);

    panel.on('blur', () => {
      if (!panel.webContents.isDevToolsOpened()) {
        panel.hide();
      }
    });
    panel.on('close', (event) => {
      if (!this.quitting) {
        event.preventDefault();
        panel.hide();
      }
    });
    panel.on('closed', () => {
      this.panel = null;
    });
    void panel.loadURL(this.options.pageUrl('panel')).catch((error: unknown) => {
      this.options.logger.error('Failed to load the panel page', error);
    });
    this.panel = panel;
    return panel;
  }

  private createSettings(): BrowserWindow {
    const settings = new BrowserWindow({
      ...settingsSize,
      minWidth: 420,
      minHeight: 520,
      show: false,
      title: 'Traycast Settings',
      autoHideMenuBar: true,
      fullscreenable: false,
      webPreferences: secureWebPreferences(this.options.preloadPath),
    } satisfies BrowserWindowConstructorOptions);

    settings.once('ready-to-show', () => {
      settings.show();
    });
    settings.on('closed', () => {
      this.settings = null;
    });
    void settings.loadURL(this.options.pageUrl('settings')).catch((error: unknown) => {
      this.options.logger.error('Failed to load the settings page', error);
    });
    return settings;
  }

  private placePanel(panel: BrowserWindow): void {
    const trayBounds = this.options.trayBounds();
    const cursor = screen.getCursorScreenPoint();
    const anchor =
      trayBounds && trayBounds.width > 0
        ? { x: trayBounds.x + trayBounds.width / 2, y: trayBounds.y + trayBounds.height / 2 }
        : cursor;
    const display = screen.getDisplayNearestPoint({
      x: Math.round(anchor.x),
      y: Math.round(anchor.y),
    });
    const [width = panelSize.width, height = panelSize.height] = panel.getSize();
    const placement = placePanel({
      trayBounds,
      workArea: display.workArea,
      displayBounds: display.bounds,
      windowSize: { width, height },
      cursor,
    });
    panel.setPosition(placement.x, placement.y);
  }
}
