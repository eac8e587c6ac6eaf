/**
 * The built app in a real Electron, driven through Playwright's `_electron`. It runs only where
 * an Electron binary is installed, and skips with the reason otherwise.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { LoopbackServer } from '../support/loopback-server.ts';
import { metricForecast } from '../support/open-meteo-responses.ts';
import { findElectronBinary, missingBinaryMessage } from './electron-binary.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const executablePath = findElectronBinary(projectRoot);

test.skip(executablePath === null, missingBinaryMessage);

let server: LoopbackServer;
let userData: string;
let electronApp: ElectronApplication;

test.beforeEach(async () => {
  server = new LoopbackServer();
  await server.start();
  server.route('/v1/forecast', { body: metricForecast() });
  userData = mkdtempSync(join(tmpdir(), 'traycast-e2e-'));
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({
      location: {
        name: 'Berlin',
        region: null,
        countryCode: 'DE',
        latitude: 52.52,
        longitude: 13.41,
        timezone: 'Europe/Berlin',
      },
    }),
  );

  // NOTE: Chromium's --user-data-dir switch is expected to move Electron's userData folder too.
  // No run has confirmed it, since this machine has no Electron binary.
  electronApp = await _electron.launch({
    executablePath: executablePath ?? undefined,
    args: [projectRoot, `--user-data-dir=${userData}`],
    env: {
      ...process.env,
      OPEN_METEO_URL: server.url,
      OPEN_METEO_GEOCODING_URL: server.url,
    },
  });
});

test.afterEach(async () => {
  await electronApp?.close();
  await server.stop();
  rmSync(userData, { recursive: true, force: true });
});

/** Opens the panel the way a second launch does. */
async function openPanel(): Promise<Page> {
  const window = electronApp.waitForEvent('window');
  await electronApp.evaluate(({ app }) => {
    app.emit('second-instance', {}, [], '', {});
  });
  return window;
}

test('loads the weather into the panel through the preload bridge', async () => {
  const panel = await openPanel();
  await expect(panel).toHaveURL('app://traycast/panel/index.html');

  await expect
    .poll(() =>
      panel.evaluate(async () => {
        const bridge = (window as unknown as { traycast: { invoke(channel: string): unknown } })
          .traycast;
        const state = (await bridge.invoke('weather:get-state')) as {
          report: { location: { name: string } } | null;
        };
        return state.report?.location.name ?? null;
      }),
    )
    .toBe('Berlin');
  expect(server.requestsTo('/v1/forecast').length).toBeGreaterThanOrEqual(1);
});

test('gives the renderer no Node.js', async () => {
  const panel = await openPanel();

  const globals = await panel.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));

  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});

test('keeps running after its windows close', async () => {
  await openPanel();

  const remaining = await electronApp.evaluate(({ BrowserWindow }) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.destroy();
    }
    return BrowserWindow.getAllWindows().length;
  });
  // The app would have quit here without its window-all-closed listener.
  await new Promise((resolve) => setTimeout(resolve, 500));

  expect(remaining).toBe(0);
  expect(await electronApp.evaluate(({ app }) => app.isReady())).toBe(true);
});
