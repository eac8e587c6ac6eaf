/**
 * The panel's content in real Chromium. A test bridge replaces the preload API, because Electron
 * cannot run here. It returns a scripted AppState for `weather:get-state` and records what the
 * page invokes.
 */

import { expect, test } from './support/fixtures.ts';
import { fullReport, offlineState, okState, sparseReport, testNow } from './support/reports.ts';
import {
  emitEvent,
  holdResponses,
  listenerCount,
  releaseResponses,
  requestsTo,
} from './support/test-bridge.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(testNow);
});

test.describe('panel with a full report', () => {
  test('shows place and current conditions', async ({ openPanel }) => {
    const page = await openPanel(okState);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berlin');
    await expect(page.locator('#place-detail')).toHaveText('Land Berlin, DE');
    await expect(page.locator('.now-temperature')).toContainText('3°');
    await expect(page.locator('.now-condition')).toHaveText('Partly cloudy');
    await expect(page.locator('.feels-like')).toHaveText('Feels like -1°C');
    await expect(page.locator('.high-low')).toHaveText('H 5°  L -2°');
    await expect(page.locator('.now-icon svg')).toHaveAttribute('data-icon', 'partly-cloudy-day');
  });

  test('shows every detail tile', async ({ openPanel }) => {
    const page = await openPanel(okState);
    const tiles = page.locator('.tile');

    await expect(tiles.locator('dt')).toHaveText([
      'Humidity',
      'Wind',
      'Pressure',
      'Visibility',
      'Sunrise',
      'Sunset',
    ]);
    await expect(tiles.nth(0).locator('.tile-value')).toHaveText('81%');
    await expect(tiles.nth(1).locator('.tile-value')).toHaveText('14 km/h');
    await expect(tiles.nth(1).locator('.tile-extra')).toHaveText('From W, gusts 32 km/h');
    await expect(tiles.nth(2).locator('.tile-value')).toHaveText('1,018 hPa');
    await expect(tiles.nth(3).locator('.tile-value')).toHaveText('24 km');
  });

  test('shows sun times in the location time', async ({ openPanel }) => {
    // The browser runs in UTC and Berlin is UTC+1, so 07:09Z must read 8:09 AM.
    const page = await openPanel(okState);

    await expect(page.locator('.tile', { hasText: 'Sunrise' }).locator('.tile-value')).toHaveText(
      '8:09 AM',
    );
    await expect(page.locator('.tile', { hasText: 'Sunset' }).locator('.tile-value')).toHaveText(
      '4:17 PM',
    );
  });

  test('shows reading time and age', async ({ openPanel }) => {
    const page = await openPanel(okState);

    await expect(page.locator('.observed')).toHaveText('Observed 10:30 AM · 17 minutes ago');
    await expect(page.locator('#next-refresh')).toHaveText('Next update 10:57 AM');
  });

  test('shows 24 hours and 7 days', async ({ openPanel }) => {
    const page = await openPanel(okState);

    await expect(page.locator('#hourly-heading')).toHaveText('Next 24 hours');
    await expect(page.locator('.hour')).toHaveCount(24);
    await expect(page.locator('.hour-time').first()).toHaveText('11 AM');
    await expect(page.locator('.hour-temperature').first()).toHaveText('3°');
    await expect(page.locator('.hour').nth(4).locator('.chance')).toContainText('70%');

    await expect(page.locator('#daily-heading')).toHaveText('Next 7 days');
    await expect(page.locator('.day-name')).toHaveText([
      'Today',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
      'Mon',
      'Tue',
    ]);
    await expect(page.locator('.day').first().locator('.day-low')).toHaveText('-2°');
    await expect(page.locator('.day').first().locator('.day-high')).toHaveText('5°');
  });

  test('labels forecast icons for screen readers', async ({ openPanel }) => {
    const page = await openPanel(okState);

    await expect(page.locator('.hour').nth(4).getByRole('img')).toHaveAttribute(
      'aria-label',
      'Slight rain',
    );
    await expect(page.locator('.now-icon svg')).toHaveAttribute('aria-hidden', 'true');
  });

  test('opens attribution through main', async ({ openPanel }) => {
    const page = await openPanel(okState);
    const attribution = page.getByRole('button', { name: 'Weather data by Open-Meteo.com' });

    await attribution.click();

    expect(await requestsTo(page, 'link:open')).toEqual([{ url: 'https://open-meteo.com/' }]);
    expect(page.url()).toMatch(/\/panel\/index\.html$/);
    expect(page.context().pages()).toHaveLength(1);
  });
});

test.describe('panel with missing values', () => {
  const sparseState = { ...okState, report: sparseReport };

  test('hides tiles the provider left out', async ({ openPanel }) => {
    const page = await openPanel(sparseState);

    await expect(page.locator('.tile dt')).toHaveText(['Humidity']);
    await expect(page.locator('.feels-like')).toHaveCount(0);
    await expect(page.getByText('Sunrise')).toHaveCount(0);
    await expect(page.getByText('Pressure')).toHaveCount(0);
  });

  test('never shows zero for null', async ({ openPanel }) => {
    const page = await openPanel(sparseState);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the shown text.
    const content = await page.locator('#content').innerText();

    expect(content).not.toMatch(/(^|\D)0 ?(mph|in|inHg|mi|%)/);
    expect(content).not.toMatch(/(^|\D)0°/);
  });

  test('marks missing forecast values', async ({ openPanel }) => {
    const page = await openPanel(sparseState);

    await expect(page.locator('#hourly-heading')).toHaveText('Next 24 hours, every 3 hours');
    await expect(page.locator('.hour')).toHaveCount(8);
    await expect(page.locator('.hour').nth(3).locator('.hour-temperature')).toHaveText(
      '–temperature not forecast',
    );
    await expect(page.locator('.hour').nth(6).locator('.icon')).toHaveCount(0);
    await expect(page.locator('#daily-heading')).toHaveText('Next 5 days');
    await expect(page.locator('.day').nth(4).locator('.day-low')).toHaveText('–');
    await expect(page.locator('.day').nth(4).locator('.visually-hidden').last()).toHaveText(
      'low not forecast, high not forecast',
    );
    await expect(page.locator('.day').nth(4).locator('.range-fill')).toHaveCount(0);
  });

  test('uses imperial units', async ({ openPanel }) => {
    const page = await openPanel(sparseState);

    await expect(page.locator('.now-temperature')).toContainText('38°');
    await expect(page.locator('.now-temperature')).toContainText('38°F');
    await expect(page.locator('.now-condition')).toHaveText('Broken clouds');
  });
});

test.describe('panel in German', () => {
  test.use({ locale: 'de-DE' });

  test('formats numbers and times for the locale', async ({ openPanel }) => {
    const page = await openPanel(okState);

    await expect(page.locator('.tile', { hasText: 'Sunrise' }).locator('.tile-value')).toHaveText(
      '8:09',
    );
    await expect(page.locator('.tile', { hasText: 'Pressure' }).locator('.tile-value')).toHaveText(
      '1.018 hPa',
    );
    await expect(page.locator('.day-name').first()).toHaveText('Heute');
    await expect(page.locator('.day-name').nth(1)).toHaveText('Do');
  });

  test('uses a decimal comma', async ({ openPanel }) => {
    const hazy = structuredClone(okState);
    if (hazy.report) {
      hazy.report.current.visibility = 4_520;
    }
    const page = await openPanel(hazy);

    await expect(
      page.locator('.tile', { hasText: 'Visibility' }).locator('.tile-value'),
    ).toHaveText('4,5 km');
  });
});

test.describe('panel updates', () => {
  test('re-renders on state-changed events', async ({ openPanel }) => {
    const page = await openPanel(okState);
    expect(await listenerCount(page, 'weather:state-changed')).toBe(1);

    const warmer = structuredClone(okState);
    if (warmer.report) {
      warmer.report.current.temperature = 12.6;
    }
    await emitEvent(page, 'weather:state-changed', warmer);
    await expect(page.locator('.now-temperature')).toContainText('13°');

    await emitEvent(page, 'weather:state-changed', offlineState);
    await expect(page.locator('#status-text')).toHaveText('Offline, last updated 10:42 AM');
  });

  test('refresh button invokes weather:refresh', async ({ openPanel }) => {
    const colder = structuredClone(okState);
    if (colder.report) {
      colder.report.current.temperature = -4.2;
    }
    const page = await openPanel(okState, { 'weather:refresh': colder });
    await holdResponses(page, 'weather:refresh');

    await page.getByRole('button', { name: 'Refresh now' }).click();

    await expect(page.locator('#refresh')).toHaveAttribute('aria-busy', 'true');
    expect(await requestsTo(page, 'weather:refresh')).toEqual([undefined]);
    await releaseResponses(page, 'weather:refresh');
    await expect(page.locator('#refresh')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.now-temperature')).toContainText('-4°');
  });

  test('age advances with the clock', async ({ page, openPanel }) => {
    await page.clock.install({ time: testNow });
    await openPanel(okState);
    await expect(page.locator('.age')).toHaveText('17 minutes ago');

    await page.clock.runFor(5 * 60_000);

    await expect(page.locator('.age')).toHaveText('22 minutes ago');
  });
});

test.describe('panel colour scheme', () => {
  for (const [scheme, background, text] of [
    ['light', 'rgb(246, 247, 249)', 'rgb(23, 25, 29)'],
    ['dark', 'rgb(23, 25, 28)', 'rgb(236, 238, 241)'],
  ] as const) {
    test(`follows ${scheme} mode`, async ({ page, openPanel }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openPanel(okState);

      const colors = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const card = getComputedStyle(document.querySelector('.now') as Element);
        return { background: body.backgroundColor, text: body.color, card: card.backgroundColor };
      });
      expect(colors.background).toBe(background);
      expect(colors.text).toBe(text);
      expect(colors.card).not.toBe(colors.background);
    });
  }

  test('switches live with the system', async ({ page, openPanel }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openPanel(okState);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(246, 247, 249)');

    await page.emulateMedia({ colorScheme: 'dark' });

    expect(await background()).toBe('rgb(23, 25, 28)');
  });
});

test('report fixture matches the panel clock', () => {
  // Guards the fixtures: the tests above assume the reading is 17 minutes old at testNow.
  expect(testNow.getTime() - Date.parse(fullReport.current.observedAt)).toBe(17 * 60_000);
});
