import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartEntry, setLinuxAutostart } from '../../main/app/linux-autostart.ts';

let configHome: string;

beforeEach(() => {
  configHome = mkdtempSync(join(tmpdir(), 'traycast-autostart-'));
});

afterEach(() => {
  rmSync(configHome, { recursive: true, force: true });
});

describe('setLinuxAutostart', () => {
  it('writes and removes the desktop entry', () => {
    const env = { XDG_CONFIG_HOME: configHome };
    const filePath = join(configHome, 'autostart', 'traycast.desktop');

    setLinuxAutostart(true, ['/opt/Traycast/traycast'], env);
    expect(readFileSync(filePath, 'utf8')).toContain('Exec="/opt/Traycast/traycast"');

    setLinuxAutostart(false, ['/opt/Traycast/traycast'], env);
    expect(existsSync(filePath)).toBe(false);
  });

  it('quotes special characters in the command', () => {
    expect(autostartEntry(['/home/a b/Tray"cast', '--x=$HOME'])).toContain(
      'Exec="/home/a b/Tray\\"cast" "--x=\\$HOME"',
    );
  });
});
