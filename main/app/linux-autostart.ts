/**
 * Launch at login on Linux, where Electron's `setLoginItemSettings` does nothing: a desktop entry
 * in the XDG autostart folder, as desktop environments that follow the freedesktop.org
 * Desktop Application Autostart Specification read it.
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function autostartFilePath(env: Readonly<Record<string, string | undefined>>): string {
  const configHome = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'autostart', 'traycast.desktop');
}

/** Quotes an argument for the Exec key, which takes double-quoted strings with escapes. */
function quoteExecArgument(argument: string): string {
  return `"${argument.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Traycast',
    'Comment=The current weather in the system tray',
    `Exec=${command.map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes or removes the autostart entry. `command` is the executable and its arguments. */
export function setLinuxAutostart(
  enabled: boolean,
  command: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): void {
  const filePath = autostartFilePath(env);
  if (!enabled) {
    rmSync(filePath, { force: true });
    return;
  }
  mkdirSync(join(filePath, '..'), { recursive: true });
  writeFileSync(filePath, autostartEntry(command));
}
