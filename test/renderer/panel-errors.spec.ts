/**
 * The panel's stale, offline and error states in real Chromium, with a test bridge standing in
 * for the preload API because Electron cannot run here.
 */

import { expect, test } from './support/fixtures.ts';
import {
  invalidKeyState,
  loadingState,
  locationNotFoundState,
  offlineState,
  okState,
  rateLimitedState,
  testNow,
} from './support/reports.ts';
import { failInvocations, requestsTo } from './support/test-bridge.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(testNow);
});

test('invalid key offers settings', async ({ openPanel }) => {
  const page = await openPanel(invalidKeyState);

  await expect(page.getByRole('heading', { name: 'Invalid API key' })).toBeVisible();
  await expect(page.locator('.message-detail')).toContainText('up to two hours');
  await page.getByRole('button', { name: 'Open Settings' }).click();

  expect(await requestsTo(page, 'window:open-settings')).toEqual([undefined]);
});

test('invalid key is announced', async ({ openPanel }) => {
  const page = await openPanel(invalidKeyState);
  const status = page.getByRole('status');

  await expect(status).toHaveText('Invalid API key');
  await expect(status).toHaveAttribute('aria-live', 'polite');
});

test('invalid key over a stale reading', async ({ openPanel }) => {
  const page = await openPanel({ ...invalidKeyState, report: okState.report, status: 'stale' });

  await expect(page.locator('#status-text')).toHaveText('Invalid API key, last updated 10:42 AM');
  await expect(page.locator('.now')).toBeVisible();
  await page.locator('#banner').getByRole('button', { name: 'Open Settings' }).click();

  expect(await requestsTo(page, 'window:open-settings')).toEqual([undefined]);
});

test('offline banner keeps the reading', async ({ openPanel }) => {
  const page = await openPanel(offlineState);

  await expect(page.locator('#banner')).toBeVisible();
  await expect(page.locator('#status-text')).toHaveText('Offline, last updated 10:42 AM');
  await expect(page.locator('.now-temperature')).toContainText('3°');
  await expect(page.locator('#next-refresh')).toHaveText('');
});

test('offline banner retries on request', async ({ openPanel }) => {
  const page = await openPanel(offlineState);

  await page.locator('#banner').getByRole('button', { name: 'Try again' }).click();

  expect(await requestsTo(page, 'weather:refresh')).toEqual([undefined]);
});

test('offline flag alone shows the banner', async ({ openPanel }) => {
  const page = await openPanel({ ...okState, status: 'stale', offline: true });

  await expect(page.locator('#status-text')).toHaveText('Offline, last updated 10:42 AM');
});

test('rate limit says when it retries', async ({ openPanel }) => {
  const page = await openPanel(rateLimitedState);

  await expect(page.locator('#status-text')).toHaveText(
    'Rate limited by OpenWeatherMap. Retrying at 11:05 AM',
  );
  await expect(page.locator('#banner-action')).toBeHidden();
});

test('rate limit without a reading', async ({ openPanel }) => {
  const page = await openPanel({ ...rateLimitedState, report: null, status: 'error' });

  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Rate limited by OpenWeatherMap. Retrying in 18 minutes',
  );
  await expect(page.locator('.message').getByRole('button')).toHaveCount(0);
});

test('location not found offers settings', async ({ openPanel }) => {
  const page = await openPanel(locationNotFoundState);

  await expect(page.getByRole('heading', { name: 'Location not found' })).toBeVisible();
  await expect(page.locator('.message-detail')).toHaveText(
    'No place named "Atlantis" was found. Choose another place in Settings.',
  );
  await page.getByRole('button', { name: 'Open Settings' }).click();

  expect(await requestsTo(page, 'window:open-settings')).toEqual([undefined]);
});

test('provider error shows its message', async ({ openPanel }) => {
  const page = await openPanel({
    ...invalidKeyState,
    failure: {
      kind: 'provider-error',
      provider: 'open-meteo',
      message: 'Open-Meteo answered HTTP 502.',
      retryAfterMs: null,
    },
  });

  await expect(page.getByRole('heading', { name: 'Open-Meteo had a problem' })).toBeVisible();
  await expect(page.locator('.message-detail')).toHaveText('Open-Meteo answered HTTP 502.');
  await page.getByRole('button', { name: 'Try again' }).click();

  expect(await requestsTo(page, 'weather:refresh')).toEqual([undefined]);
});

test('failed refresh keeps the reading', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await failInvocations(page, 'weather:refresh', 'The main process is not responding.');

  await page.getByRole('button', { name: 'Refresh now' }).click();

  await expect(page.locator('#status-text')).toHaveText('Update failed, last updated 10:42 AM');
  await expect(page.locator('.now-temperature')).toContainText('3°');
  await expect(page.locator('#refresh')).toHaveAttribute('aria-busy', 'false');
});

test('failed first request is shown', async ({ page, rendererUrl }) => {
  await page.addInitScript(() => {
    // A bridge whose every invocation rejects, as when main registered no handlers.
    Object.defineProperty(window, 'traycast', {
      value: {
        invoke: (channel: string) => Promise.reject(new Error(`No handler for ${channel}`)),
        on: () => () => undefined,
      },
    });
  });

  await page.goto(`${rendererUrl}/panel/index.html`);

  await expect(page.getByRole('heading', { name: 'Update failed' })).toBeVisible();
  await expect(page.locator('.message-detail')).toHaveText('No handler for weather:get-state');
});

test('first start shows loading', async ({ openPanel }) => {
  const page = await openPanel(loadingState);

  await expect(page.locator('.placeholder-text')).toHaveText('Loading the weather…');
  await expect(page.getByRole('status')).toHaveText('Loading the weather');
  await expect(page.locator('#attribution')).toBeHidden();
});

test('recovery clears the banner', async ({ openPanel }) => {
  const page = await openPanel(offlineState);
  await expect(page.locator('#banner')).toBeVisible();

  await page.evaluate(
    (state) => window.__traycastTest?.emit('weather:state-changed', state),
    okState,
  );

  await expect(page.locator('#status-text')).toHaveText('');
  await expect(page.locator('#banner')).toHaveAttribute('data-mode', 'empty');
});
