/**
 * Screenshots of the panel and the settings window for review, saved under artifacts/. The pages
 * run with a test bridge in place of the preload, because Electron cannot run here.
 */

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { invalidKeyState, offlineState, okState, testNow } from './support/reports.ts';
import { openWeatherSettings } from './support/settings-views.ts';

const artifactsDir = resolve(import.meta.dirname, '../../artifacts');

// Twice the pixels of a 1x display, as on most laptops, so the review images show fine detail.
test.use({ deviceScaleFactor: 2 });

test.beforeAll(async () => {
  await mkdir(artifactsDir, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(testNow);
});

test('panel in light mode', async ({ page, openPanel }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openPanel(okState);
  await expect(page.locator('.now')).toBeVisible();
  await page.screenshot({ path: join(artifactsDir, 'panel-light.png'), fullPage: true });
});

test('panel as first shown', async ({ page, openPanel }) => {
  await openPanel(okState);
  await expect(page.locator('.now')).toBeVisible();
  await page.screenshot({ path: join(artifactsDir, 'panel-window.png') });
});

test('panel in dark mode', async ({ page, openPanel }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPanel(okState);
  await expect(page.locator('.now')).toBeVisible();
  await page.screenshot({ path: join(artifactsDir, 'panel-dark.png'), fullPage: true });
});

test('panel offline', async ({ page, openPanel }) => {
  await openPanel(offlineState);
  await expect(page.locator('#banner')).toBeVisible();
  await page.screenshot({ path: join(artifactsDir, 'panel-offline.png'), fullPage: true });
});

test('panel with an invalid key', async ({ page, openPanel }) => {
  await openPanel(invalidKeyState);
  await expect(page.locator('.message')).toBeVisible();
  await page.screenshot({ path: join(artifactsDir, 'panel-error.png'), fullPage: true });
});

test('settings window', async ({ page, openSettings }) => {
  await page.setViewportSize({ width: 520, height: 680 });
  await openSettings(openWeatherSettings);
  await page.screenshot({ path: join(artifactsDir, 'settings.png'), fullPage: true });
});

test('settings window in dark mode', async ({ page, openSettings }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 520, height: 680 });
  await openSettings(openWeatherSettings);
  await page.screenshot({ path: join(artifactsDir, 'settings-dark.png'), fullPage: true });
});
