/**
 * Keyboard use and screen-reader structure of the panel in real Chromium, with a test bridge
 * standing in for the preload API because Electron cannot run here.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { invalidKeyState, offlineState, okState, testNow } from './support/reports.ts';
import { recordedInvocations, requestsTo } from './support/test-bridge.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(testNow);
});

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

test('tab order follows the layout', async ({ openPanel }) => {
  const page = await openPanel(offlineState);
  const order: string[] = [];

  for (let step = 0; step < 5; step += 1) {
    await page.keyboard.press('Tab');
    order.push(await focusedId(page));
  }

  expect(order).toEqual([
    'refresh',
    'open-settings',
    'banner-action',
    'hourly-scroller',
    'attribution',
  ]);
});

test('shift-tab goes backwards', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await page.locator('#attribution').focus();

  await page.keyboard.press('Shift+Tab');
  expect(await focusedId(page)).toBe('hourly-scroller');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedId(page)).toBe('open-settings');
});

test('escape closes the panel', async ({ openPanel }) => {
  const page = await openPanel(okState);

  await page.keyboard.press('Escape');

  expect(await requestsTo(page, 'window:close')).toEqual([undefined]);
});

test('enter activates settings', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');

  await page.keyboard.press('Enter');

  expect(await requestsTo(page, 'window:open-settings')).toEqual([undefined]);
});

test('enter and space refresh', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await page.keyboard.press('Tab');

  await page.keyboard.press('Enter');
  await expect.poll(() => requestsTo(page, 'weather:refresh')).toHaveLength(1);
  await page.keyboard.press('Space');

  await expect.poll(() => requestsTo(page, 'weather:refresh')).toHaveLength(2);
});

test('enter on error action', async ({ openPanel }) => {
  const page = await openPanel(invalidKeyState);
  await page.locator('#message-action').focus();

  await page.keyboard.press('Enter');

  expect(await requestsTo(page, 'window:open-settings')).toEqual([undefined]);
});

test('arrow keys scroll the hours', async ({ openPanel }) => {
  const page = await openPanel(okState);
  const scroller = page.locator('#hourly-scroller');
  await scroller.focus();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');

  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('focus is visible', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await page.keyboard.press('Tab');

  const outline = await page
    .locator('#refresh')
    .evaluate((element) => getComputedStyle(element).outlineStyle);

  expect(outline).toBe('solid');
});

test('focus survives a live update', async ({ openPanel }) => {
  const page = await openPanel(okState);
  await page.locator('#hourly-scroller').focus();

  await page.evaluate(
    (state) => window.__traycastTest?.emit('weather:state-changed', state),
    okState,
  );

  await expect(page.locator('#hourly-scroller')).toBeFocused();
});

test('icon buttons have names', async ({ openPanel }) => {
  const page = await openPanel(okState);

  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
});

test('headings outline the panel', async ({ openPanel }) => {
  const page = await openPanel(okState);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berlin');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Next 24 hours',
    'Next 7 days',
  ]);
  await expect(page.getByRole('region', { name: 'Next 24 hours' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveAccessibleName('Berlin');
});

test('keyboard use sends nothing else', async ({ openPanel }) => {
  const page = await openPanel(okState);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');

  const channels = (await recordedInvocations(page)).map((entry) => entry.channel);
  expect(channels).toEqual(['weather:get-state']);
});
