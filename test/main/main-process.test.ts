/**
 * The main process wiring (main/electron/*) against a recording fake of the `electron` module,
 * because the Electron binary cannot run on this machine. Everything else is real: settings and
 * logs in a temporary userData folder, electron-store, and weather from a loopback server that
 * serves Open-Meteo responses.
 */

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TraycastRuntime } from '../../main/electron/main-process.ts';
import { loadFixture } from '../support/fixtures.ts';
import { LoopbackServer } from '../support/loopback-server.ts';
import { metricForecast } from '../support/open-meteo-responses.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

type FakeElectron = typeof import('../support/fake-electron.ts');

const panelUrl = 'app://traycast/panel/index.html';
const settingsUrl = 'app://traycast/settings/index.html';
const forecastPath = '/v1/forecast';
const apiKey = 'f00dfeedf00dfeedf00dfeedf00dbeef';

const berlin = {
  name: 'Berlin',
  region: 'Land Berlin',
  countryCode: 'DE',
  latitude: 52.52,
  longitude: 13.41,
  timezone: 'Europe/Berlin',
};

let userData: string;
let server: LoopbackServer;
let runtime: TraycastRuntime | null = null;
let fake: FakeElectron;

/**
 * Returns the instance of the fake that the app imports. The mocked module stays cached across
 * vi.resetModules(), so importing `electron` here gives the instance that main/electron/* uses.
 */
async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

async function launch(
  options: { appPath?: string; systemLocale?: string } = {},
): Promise<TraycastRuntime | null> {
  // A fresh copy of main/electron/* per launch, as a new process would have.
  vi.resetModules();
  fake = await fakeElectron();
  fake.resetFakeElectron(userData);
  if (options.systemLocale) {
    fake.fakeState.systemLocale = options.systemLocale;
  }
  if (options.appPath) {
    fake.fakeState.appPath = options.appPath;
  }
  const { started } = await import('../../main/electron/index.ts');
  runtime = await started;
  await runtime?.controller.whenIdle();
  return runtime;
}

function requireRuntime(): TraycastRuntime {
  if (!runtime) {
    throw new Error('The app did not start');
  }
  return runtime;
}

function tray() {
  const [first] = fake.Tray.instances;
  if (!first) {
    throw new Error('No tray was created');
  }
  return first;
}

function firstMenuItem() {
  return tray().contextMenu?.items[0];
}

function writeSettingsFile(content: string): void {
  writeFileSync(join(userData, 'settings.json'), content);
}

function logText(): string {
  const logFile = join(userData, 'logs', 'main.log');
  return existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
}

beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'traycast-main-'));
  server = new LoopbackServer();
  await server.start();
  server.route(forecastPath, { body: metricForecast() });
  vi.stubEnv('OPEN_METEO_URL', server.url);
  vi.stubEnv('OPEN_METEO_GEOCODING_URL', server.url);
  writeSettingsFile(JSON.stringify({ location: berlin }));
});

afterEach(async () => {
  runtime?.controller.stop();
  await runtime?.controller.whenIdle();
  runtime = null;
  vi.unstubAllEnvs();
  await server.stop();
  rmSync(userData, { recursive: true, force: true });
});

describe('main process start', () => {
  it('shows the reading in the tooltip and first menu item', async () => {
    await launch();

    expect(server.requestsTo(forecastPath)).toHaveLength(1);
    // The time is when the reading arrived, in Berlin's UTC offset from the response.
    expect(tray().tooltip).toMatch(/^Berlin: 17°C, slight rain · updated \d\d:\d\d$/);
    expect(firstMenuItem()).toEqual({ label: tray().tooltip, enabled: false });
  });

  it('lists the actions in the context menu', async () => {
    await launch();

    const labels = tray().contextMenu?.items.map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      tray().tooltip,
      'separator',
      'Show panel',
      'Refresh now',
      'Settings…',
      'separator',
      'Launch at login',
      'separator',
      'Quit',
    ]);
  });

  it('shows the stale text after a failed refresh', async () => {
    const started = requireRuntimeAfter(await launch());
    const goodTooltip = tray().tooltip;

    server.route(forecastPath, { status: 503, body: 'Service Unavailable' });
    await started.controller.refreshNow();

    const updatedAt = goodTooltip.slice(-5);
    expect(goodTooltip).toBe(`Berlin: 17°C, slight rain · updated ${updatedAt}`);
    expect(tray().tooltip).toBe(
      `Berlin: 17°C, slight rain · provider error, last updated ${updatedAt}`,
    );
    expect(firstMenuItem()?.label).toBe(tray().tooltip);
  });

  it('says offline when the network is gone', async () => {
    const started = requireRuntimeAfter(await launch());
    const updatedAt = tray().tooltip.slice(-5);

    fake.fakeState.online = false;
    server.route(forecastPath, { destroy: true });
    await started.controller.refreshNow();

    expect(tray().tooltip).toBe(`Berlin: 17°C, slight rain · offline, last updated ${updatedAt}`);
  });

  it('draws the temperature into the icon on Linux', async () => {
    await launch();

    const image = tray().image as { source: { buffer?: Buffer }; representations: unknown[] };
    expect(image.source.buffer?.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.representations).toHaveLength(1);
  });

  it('shows the cached reading at once on the next start', async () => {
    await launch();
    const firstTooltip = tray().tooltip;
    requireRuntime().controller.stop();
    expect(existsSync(join(userData, 'last-reading.json'))).toBe(true);

    server.route(forecastPath, { status: 503, body: 'down' });
    await launch();

    // The cached reading is fresh, so the second start makes no request at all.
    expect(server.requestsTo(forecastPath)).toHaveLength(1);
    expect(tray().tooltip).toBe(firstTooltip);
  });

  it('follows the system locale on first launch', async () => {
    rmSync(join(userData, 'settings.json'));
    server.route(forecastPath, {
      body: loadFixture('open-meteo/forecast-los-angeles-imperial.json'),
    });

    await launch({ systemLocale: 'en-US' });

    const query = server.requestsTo(forecastPath)[0]?.query;
    expect(query?.get('latitude')).toBe('34.05223');
    expect(query?.get('temperature_unit')).toBe('fahrenheit');
    expect(tray().tooltip).toMatch(/^Los Angeles: 72°F, clear sky · updated /);
  });

  it('makes one request after settings are saved', async () => {
    await launch();

    const result = await fake.ipcMain.invoke('settings:save', settingsUrl, { units: 'imperial' });
    await requireRuntime().controller.whenIdle();

    expect(result).toMatchObject({ ok: true });
    expect(server.requestsTo(forecastPath)).toHaveLength(2);
    expect(server.requestsTo(forecastPath)[1]?.query.get('temperature_unit')).toBe('fahrenheit');
  });
});

describe('main process with extreme readings', () => {
  it('keeps refreshing after a temperature of 1e21', async () => {
    const forecast = metricForecast() as { current: Record<string, unknown> };
    forecast.current.temperature_2m = 1e21;
    server.route(forecastPath, { body: forecast });

    await launch();
    const started = requireRuntime();

    expect(started.controller.state.status).toBe('ok');
    expect(started.controller.state.nextRefreshAt).not.toBeNull();
    expect(tray().tooltip).toMatch(/^Berlin: /);
    expect(existsSync(join(userData, 'last-reading.json'))).toBe(true);
  });
});

describe('main process tray and power', () => {
  it('redraws the icon when the system theme changes', async () => {
    await launch();
    const darkIcon = tray().image;

    fake.nativeTheme.shouldUseDarkColors = false;
    fake.nativeTheme.emit('updated');

    expect(tray().image).not.toBe(darkIcon);
    const lightIcon = tray().image as { source: { buffer?: Buffer } };
    const dark = darkIcon as { source: { buffer?: Buffer } };
    expect(lightIcon.source.buffer?.equals(dark.source.buffer ?? Buffer.alloc(0))).toBe(false);
  });

  it('toggles launch at login from the menu', async () => {
    vi.stubEnv('XDG_CONFIG_HOME', userData);
    await launch();

    tray().contextMenu?.click('Launch at login');

    const checkbox = tray().contextMenu?.items.find((item) => item.label === 'Launch at login');
    expect(checkbox?.checked).toBe(true);
    expect(existsSync(join(userData, 'autostart', 'traycast.desktop'))).toBe(true);
    expect(server.requestsTo(forecastPath)).toHaveLength(1);
  });

  it('refreshes once after suspend and two resumes', async () => {
    await launch();

    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('resume');
    fake.powerMonitor.emit('resume');
    await requireRuntime().controller.whenIdle();

    expect(server.requestsTo(forecastPath)).toHaveLength(2);
  });
});

/** Narrows the launch result for tests that need the running app. */
function requireRuntimeAfter(started: TraycastRuntime | null): TraycastRuntime {
  if (!started) {
    throw new Error('The app did not start');
  }
  return started;
}

describe('main process windows', () => {
  it('creates windows with the secure options', async () => {
    await launch();

    tray().contextMenu?.click('Show panel');
    tray().contextMenu?.click('Settings…');

    const windows = fake.BrowserWindow.instances;
    expect(windows).toHaveLength(2);
    for (const window of windows) {
      const preferences = window.options.webPreferences;
      expect(preferences?.contextIsolation).toBe(true);
      expect(preferences?.sandbox).toBe(true);
      expect(preferences?.nodeIntegration).toBe(false);
      expect(preferences?.webSecurity).toBe(true);
      expect(preferences?.preload).toBe(join(process.cwd(), 'out', 'preload', 'index.cjs'));
    }
    expect(windows.map((window) => window.webContents.url)).toEqual([panelUrl, settingsUrl]);
    expect(windows[0]?.options.frame).toBe(false);
  });

  it('places the panel inside the work area next to the tray', async () => {
    await launch();

    tray().contextMenu?.click('Show panel');

    const [panel] = fake.BrowserWindow.instances;
    const [x = 0, y = 0] = panel?.position ?? [];
    expect(panel?.isVisible()).toBe(true);
    expect(x + 360).toBeLessThanOrEqual(1920);
    expect(y + 560).toBeLessThanOrEqual(1040);
    expect(y).toBeGreaterThan(400);
  });

  it('hides the panel on blur and never quits when it closes', async () => {
    await launch();
    tray().contextMenu?.click('Show panel');
    const [panel] = fake.BrowserWindow.instances;

    panel?.emit('blur');
    expect(panel?.isVisible()).toBe(false);

    panel?.close();
    expect(panel?.isDestroyed()).toBe(false);
    expect(fake.fakeState.quitCalls).toBe(0);
    expect(fake.app.listenerCount('window-all-closed')).toBe(1);
  });

  it('denies navigation, new windows and permissions', async () => {
    await launch();
    tray().contextMenu?.click('Show panel');
    const [panel] = fake.BrowserWindow.instances;
    const contents = panel?.webContents;

    const navigation = { preventDefault: vi.fn() };
    contents?.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();

    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' } as never)).toEqual({
      action: 'deny',
    });

    const permission = vi.fn();
    fake.fakeState.permissionRequestHandler?.(
      contents as never,
      'geolocation',
      permission,
      {} as never,
    );
    expect(permission).toHaveBeenCalledWith(false);
    expect(fake.fakeState.permissionCheckHandler?.(null, 'media', '', {} as never)).toBe(false);
  });

  it('registers the app scheme as secure and standard', async () => {
    await launch();

    expect(fake.fakeState.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('serves pages from the app protocol with the CSP header', async () => {
    const appPath = join(userData, 'app');
    mkdirSync(join(appPath, 'out', 'renderer', 'panel'), { recursive: true });
    writeFileSync(join(appPath, 'out', 'renderer', 'panel', 'index.html'), '<!doctype html>');
    await launch({ appPath });
    const handler = fake.fakeState.protocolHandlers.get('app');

    const page = await handler?.(new Request(panelUrl));
    const missing = await handler?.(new Request('app://traycast/main/index.js'));

    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(missing?.status).toBe(404);
  });
});

describe('main process IPC', () => {
  it('answers the app pages', async () => {
    await launch();

    const state = (await fake.ipcMain.invoke('weather:get-state', panelUrl)) as {
      status: string;
    };

    expect(state.status).toBe('ok');
  });

  it('rejects a foreign sender', async () => {
    await launch();

    await expect(
      fake.ipcMain.invoke('weather:get-state', 'https://evil.example/panel/index.html'),
    ).rejects.toThrow(/not a Traycast page/);
    await expect(
      fake.ipcMain.invoke('settings:get', 'file:///tmp/settings/index.html'),
    ).rejects.toThrow(/not a Traycast page/);
    expect(logText()).toContain('Rejected weather:get-state from untrusted sender');
  });

  it('rejects a bad payload', async () => {
    await launch();

    await expect(
      fake.ipcMain.invoke('settings:save', settingsUrl, { nodeIntegration: true }),
    ).rejects.toThrow(/invalid request/);
    await expect(
      fake.ipcMain.invoke('link:open', panelUrl, { url: 'https://evil.example/' }),
    ).rejects.toThrow(/open-meteo\.com/);
    expect(fake.fakeState.openedExternal).toEqual([]);
  });

  it('opens an allowlisted link in the browser', async () => {
    await launch();

    await fake.ipcMain.invoke('link:open', panelUrl, { url: 'https://open-meteo.com/' });

    expect(fake.fakeState.openedExternal).toEqual(['https://open-meteo.com/']);
  });

  it('stores the key encrypted and never logs or returns it', async () => {
    await launch();

    const result = await fake.ipcMain.invoke('settings:save', settingsUrl, { apiKey });
    const view = await fake.ipcMain.invoke('settings:get', settingsUrl);

    expect(JSON.stringify(result)).not.toContain(apiKey);
    expect(view).toMatchObject({ apiKeySet: true, apiKeyLastFour: 'beef' });
    expect(readFileSync(join(userData, 'settings.json'), 'utf8')).not.toContain(apiKey);
    expect(logText()).not.toContain(apiKey);
  });
});

describe('main process recovery', () => {
  it.each([
    ['an empty file', ''],
    ['truncated JSON', '{"provider": "open-meteo", "location": {"name": "Ber'],
  ])('recovers from %s and keeps a copy', async (_name, content) => {
    writeSettingsFile(content);

    await launch();
    const view = (await fake.ipcMain.invoke('settings:get', settingsUrl)) as {
      recoveryNotice: string | null;
      provider: string;
    };

    const copies = readdirSync(userData).filter((name) => name.startsWith('settings.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(userData, copies[0] ?? ''), 'utf8')).toBe(content);
    expect(view.recoveryNotice).toContain(copies[0]);
    expect(view.provider).toBe('open-meteo');
    expect(logText()).toContain('is damaged');
    expect(fake.Tray.instances).toHaveLength(1);
  });
});

describe('main process recovery of values', () => {
  it('keeps the location when the key field has the wrong type', async () => {
    writeSettingsFile(JSON.stringify({ location: berlin, apiKeyCiphertext: 42 }));

    await launch();
    const view = (await fake.ipcMain.invoke('settings:get', settingsUrl)) as {
      recoveryNotice: string | null;
      location: { name: string };
    };
    await fake.ipcMain.invoke('settings:save', settingsUrl, { showTemperatureInTray: false });
    const saved = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'));

    expect(view.location.name).toBe('Berlin');
    expect(view.recoveryNotice).toContain('apiKeyCiphertext');
    expect(saved.showTemperatureInTray).toBe(false);
    expect(saved.location.name).toBe('Berlin');
  });
});

/**
 * Makes a folder read-only and returns the function that undoes it, or null where that is not
 * possible. Root ignores file modes, so as root the folder gets the immutable attribute, which
 * needs chattr and a file system that supports it.
 */
function makeReadOnly(directory: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(directory, 0o555);
    return () => chmodSync(directory, 0o755);
  }
  try {
    execFileSync('chattr', ['+i', directory], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('chattr', ['-i', directory]);
}

describe('main process with a read-only userData folder', () => {
  it.for([
    ['an older file', JSON.stringify({ location: berlin })],
    ['an invalid value', JSON.stringify({ location: berlin, units: 'kelvin' })],
  ])('uses the readable settings of %s', async ([_name, content = ''], context) => {
    writeSettingsFile(content);
    mkdirSync(join(userData, 'logs'));
    const restore = makeReadOnly(userData);
    if (restore === null) {
      context.skip('this system cannot make a folder read-only for root');
    }

    try {
      await launch();
      const view = (await fake.ipcMain.invoke('settings:get', settingsUrl)) as {
        recoveryNotice: string | null;
        location: { name: string };
        units: string;
      };

      expect(view.location.name).toBe('Berlin');
      expect(view.units).toBe('metric');
      expect(view.recoveryNotice).toContain('not saved');
      expect(readFileSync(join(userData, 'settings.json'), 'utf8')).toBe(content);
    } finally {
      restore?.();
    }
  });
});

describe('main process single instance', () => {
  it('quits a second instance without a tray', async () => {
    vi.resetModules();
    fake = await fakeElectron();
    fake.resetFakeElectron(userData);
    fake.fakeState.singleInstanceLock = false;

    const { started } = await import('../../main/electron/index.ts');

    expect(await started).toBeNull();
    expect(fake.fakeState.quitCalls).toBe(1);
    expect(fake.Tray.instances).toHaveLength(0);
  });

  it('opens the panel when a second instance starts', async () => {
    await launch();
    expect(fake.BrowserWindow.instances).toHaveLength(0);

    fake.app.emit('second-instance', {}, [], process.cwd(), {});

    const [panel] = fake.BrowserWindow.instances;
    expect(panel?.webContents.url).toBe(panelUrl);
    expect(panel?.isVisible()).toBe(true);
  });

  it('quits from the tray menu only', async () => {
    await launch();

    tray().contextMenu?.click('Quit');

    expect(fake.fakeState.quitCalls).toBe(1);
  });
});
