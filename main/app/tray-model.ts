/**
 * Tray content for an app state as plain data: tooltip, macOS title, icon and the context menu.
 * The Electron side turns this into a Tray and a Menu.
 */

import type { AppState } from '../common/ipc-contract.ts';
import { formatTemperature, formatTooltip } from '../core/format/index.ts';
import type { IconName } from '../core/model.ts';

export type TrayMenuAction =
  | 'show-panel'
  | 'refresh'
  | 'open-settings'
  | 'toggle-launch-at-login'
  | 'quit';

export type TrayMenuItem =
  /** A disabled line of text, used for the current reading. */
  | { kind: 'label'; label: string }
  | { kind: 'action'; action: TrayMenuAction; label: string }
  | { kind: 'checkbox'; action: TrayMenuAction; label: string; checked: boolean }
  | { kind: 'separator' };

export interface TrayView {
  tooltip: string;
  /** Text beside the icon on macOS, empty when the temperature is turned off or unknown. */
  title: string;
  iconName: IconName;
  /** The temperature to draw into the icon on Windows and Linux, or null to draw the condition. */
  iconTemperature: number | null;
  menu: TrayMenuItem[];
}

export interface TrayViewOptions {
  showTemperature: boolean;
  launchAtLogin: boolean;
  /** BCP 47 locale for times, such as `en-US`; 24-hour times without one. */
  locale?: string;
}

export const fallbackIconName: IconName = 'unknown-day';

/** Builds the tray's content for a state. The first menu item repeats the tooltip. */
export function buildTrayView(state: AppState, options: TrayViewOptions): TrayView {
  const formatted = formatTooltip({
    report: state.report,
    lastSuccessAt: state.lastSuccessAt,
    failure: state.failure,
    offline: state.offline,
    locale: options.locale,
  });
  // Place names and messages come from providers. Windows ends a tooltip at a NUL, and a newline
  // would split the one-line menu item, so each run of control characters becomes one space.
  const tooltip = formatted.replace(/\p{Cc}+/gu, ' ');

  const report = state.report;
  const showTemperature = options.showTemperature && report !== null;
  return {
    tooltip,
    title: showTemperature ? formatTemperature(report.current.temperature, report.units) : '',
    iconName: report?.current.condition.icon ?? fallbackIconName,
    iconTemperature: showTemperature ? report.current.temperature : null,
    menu: [
      // Some Linux desktops show neither the tooltip nor react to clicks, so the reading is here.
      { kind: 'label', label: tooltip },
      { kind: 'separator' },
      { kind: 'action', action: 'show-panel', label: 'Show panel' },
      { kind: 'action', action: 'refresh', label: 'Refresh now' },
      { kind: 'action', action: 'open-settings', label: 'Settings…' },
      { kind: 'separator' },
      {
        kind: 'checkbox',
        action: 'toggle-launch-at-login',
        label: 'Launch at login',
        checked: options.launchAtLogin,
      },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: 'Quit' },
    ],
  };
}
