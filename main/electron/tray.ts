/**
 * The tray icon, tooltip, title and context menu, drawn from a `TrayView`. The Tray lives in a
 * module-level variable so garbage collection cannot remove it from the system tray.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  Menu,
  type MenuItemConstructorOptions,
  type NativeImage,
  nativeImage,
  nativeTheme,
  type Rectangle,
  Tray,
} from 'electron';
import { encodePng } from '../app/tray-icon/png.ts';
import {
  darkTaskbarStyle,
  lightTaskbarStyle,
  renderTemperatureBitmap,
} from '../app/tray-icon/temperature-bitmap.ts';
import {
  fallbackIconName,
  type TrayMenuAction,
  type TrayMenuItem,
  type TrayView,
} from '../app/tray-model.ts';
import type { IconName } from '../core/model.ts';

let tray: Tray | null = null;
let lastView: TrayView | null = null;

export interface TrayOptions {
  /** Folder with `<IconName>.png`, `@2x` and `Template` variants. */
  iconDirectory: string;
  onAction(action: TrayMenuAction): void;
  /** Called for a left click, which opens the panel where the platform reports clicks. */
  onClick(): void;
}

let options: TrayOptions | null = null;

function conditionIcon(iconName: IconName): NativeImage {
  const directory = options?.iconDirectory ?? '';
  // macOS recolours template images for light and dark menu bars by itself.
  const suffix = process.platform === 'darwin' ? 'Template' : '';
  for (const name of [iconName, fallbackIconName]) {
    const path = join(directory, `${name}${suffix}.png`);
    if (existsSync(path)) {
      return nativeImage.createFromPath(path);
    }
  }
  return nativeImage.createEmpty();
}

/** Draws the temperature at 16 px with a 32 px representation for high-density screens. */
function temperatureIcon(temperature: number): NativeImage {
  const style = nativeTheme.shouldUseDarkColors ? darkTaskbarStyle : lightTaskbarStyle;
  const image = nativeImage.createFromBuffer(
    encodePng(renderTemperatureBitmap(temperature, 16, style)),
    { scaleFactor: 1 },
  );
  image.addRepresentation({
    scaleFactor: 2,
    buffer: encodePng(renderTemperatureBitmap(temperature, 32, style)),
  });
  return image;
}

function iconFor(view: TrayView): NativeImage {
  // Only macOS can show text beside the icon, so elsewhere the number becomes the icon.
  if (view.iconTemperature !== null && process.platform !== 'darwin') {
    return temperatureIcon(view.iconTemperature);
  }
  return conditionIcon(view.iconName);
}

function menuItemOptions(item: TrayMenuItem): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'label':
      return { label: item.label, enabled: false };
    case 'separator':
      return { type: 'separator' };
    case 'action':
      return { label: item.label, click: () => options?.onAction(item.action) };
    case 'checkbox':
      return {
        label: item.label,
        type: 'checkbox',
        checked: item.checked,
        click: () => options?.onAction(item.action),
      };
  }
}

export function createTray(trayOptions: TrayOptions, view: TrayView): void {
  options = trayOptions;
  tray = new Tray(iconFor(view));
  tray.on('click', () => options?.onClick());
  nativeTheme.on('updated', () => {
    if (lastView) {
      updateTray(lastView);
    }
  });
  updateTray(view);
}

/** Redraws the icon and tooltip and rebuilds the context menu. */
export function updateTray(view: TrayView): void {
  if (!tray || tray.isDestroyed()) {
    return;
  }
  lastView = view;
  tray.setImage(iconFor(view));
  tray.setToolTip(view.tooltip);
  if (process.platform === 'darwin') {
    tray.setTitle(view.title);
  }
  // Linux shows the tray through StatusNotifierItem, which needs a menu to show anything.
  tray.setContextMenu(Menu.buildFromTemplate(view.menu.map(menuItemOptions)));
}

export function trayBounds(): Rectangle | null {
  if (!tray || tray.isDestroyed()) {
    return null;
  }
  return tray.getBounds();
}

export function destroyTray(): void {
  tray?.destroy();
  tray = null;
  lastView = null;
}
