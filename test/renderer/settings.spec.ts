/**
 * The settings window in real Chromium. A test bridge replaces the preload API, because Electron
 * cannot run here. It returns a scripted SettingsView for `settings:get` and records every save,
 * test and search request the page sends.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import {
  berlin,
  openMeteoSettings,
  openWeatherSettings,
  places,
} from './support/settings-views.ts';
import {
  failInvocations,
  holdResponses,
  recordedInvocations,
  releaseResponses,
  requestsTo,
} from './support/test-bridge.ts';

const savedOk = { ok: true as const, settings: openWeatherSettings };

async function channels(page: Page): Promise<string[]> {
  return (await recordedInvocations(page)).map((entry) => entry.channel);
}

test.describe('api key', () => {
  test('is masked with a show toggle', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings);
    const key = page.getByLabel('OpenWeatherMap API key');
    const toggle = page.getByRole('button', { name: 'Show key' });

    await expect(key).toHaveAttribute('type', 'password');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(key).toHaveAttribute('type', 'text');
    await expect(page.getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Hide key' }).click();
    await expect(key).toHaveAttribute('type', 'password');
  });

  test('shows only the last four', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings);

    await expect(page.locator('#api-key-status')).toHaveText(
      'A key ending in …1234 is stored. Paste a new key to replace it.',
    );
    await expect(page.getByLabel('OpenWeatherMap API key')).toHaveValue('');
  });

  test('is hidden for Open-Meteo', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await expect(page.locator('#api-key-section')).toBeHidden();
    await page.getByRole('radio', { name: /^OpenWeatherMap/ }).check();
    await expect(page.locator('#api-key-section')).toBeVisible();
    await expect(page.locator('#api-key-status')).toHaveText(
      'No key is stored. Paste the key from your OpenWeatherMap account.',
    );
  });

  test('test explains new-key 401', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings, {
      'settings:test-key': {
        ok: false,
        kind: 'invalid-api-key',
        message: 'OpenWeatherMap rejected the key (HTTP 401).',
      },
    });
    await page.getByLabel('OpenWeatherMap API key').fill('0123456789abcdef0123456789abcdef');

    await page.getByRole('button', { name: 'Test key' }).click();

    await expect(page.locator('#test-key-result')).toContainText(
      'OpenWeatherMap rejected the key (HTTP 401).',
    );
    await expect(page.locator('#test-key-result')).toContainText('up to two hours');
    expect(await requestsTo(page, 'settings:test-key')).toEqual([
      { provider: 'openweathermap', apiKey: '0123456789abcdef0123456789abcdef' },
    ]);
  });

  test('test uses the stored key', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings, {
      'settings:test-key': { ok: true, message: 'The key works.' },
    });
    await holdResponses(page, 'settings:test-key');

    await page.getByRole('button', { name: 'Test key' }).click();
    await expect(page.getByRole('button', { name: 'Testing…' })).toBeDisabled();
    await releaseResponses(page, 'settings:test-key');

    await expect(page.locator('#test-key-result')).toHaveText('The key works.');
    await expect(page.locator('#test-key-result')).toHaveAttribute('role', 'status');
    expect(await requestsTo(page, 'settings:test-key')).toEqual([
      { provider: 'openweathermap', apiKey: null },
    ]);
  });

  test('basic_text needs agreement', async ({ openSettings }) => {
    const page = await openSettings(
      { ...openWeatherSettings, apiKeySet: false, apiKeyLastFour: null, keyStorage: 'basic-text' },
      { 'settings:save': savedOk },
    );
    await expect(page.locator('#basic-text-warning')).toBeVisible();
    await page.getByLabel('OpenWeatherMap API key').fill('0123456789abcdef0123456789abcdef');

    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#accept-basic-text-error')).toHaveText(
      'Agree to the weak protection to store the key, or clear the key field.',
    );
    expect(await requestsTo(page, 'settings:save')).toEqual([]);

    await page.getByLabel('Store the key anyway with this weak protection').check();
    await expect(page.locator('#accept-basic-text-error')).toBeHidden();
    await page.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => requestsTo(page, 'settings:save'))
      .toEqual([{ apiKey: '0123456789abcdef0123456789abcdef', acceptBasicTextStorage: true }]);
  });

  test('unavailable storage disables the field', async ({ openSettings }) => {
    const page = await openSettings({
      ...openWeatherSettings,
      apiKeySet: false,
      apiKeyLastFour: null,
      keyStorage: 'unavailable',
    });

    await expect(page.locator('#key-storage-unavailable')).toBeVisible();
    await expect(page.getByLabel('OpenWeatherMap API key')).toBeDisabled();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#api-key-error')).toHaveText(
      'OpenWeatherMap needs an API key, and this system cannot store one.',
    );
  });
});

test.describe('validation', () => {
  test('interval out of range', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);
    const interval = page.getByLabel('Refresh every');

    await interval.fill('5');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#refresh-interval-error')).toHaveText(
      'Enter a whole number of minutes from 10 to 180.',
    );
    await expect(interval).toHaveAttribute('aria-invalid', 'true');
    await expect(interval).toBeFocused();
    expect(await channels(page)).toEqual(['settings:get']);
  });

  test('interval checked on change', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);
    const interval = page.getByLabel('Refresh every');

    await interval.fill('181');
    await interval.blur();

    await expect(page.locator('#refresh-interval-error')).toHaveText(
      'Enter a whole number of minutes from 10 to 180.',
    );
    await interval.fill('180');
    await expect(page.locator('#refresh-interval-error')).toBeHidden();
    await expect(interval).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('location must be chosen', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await page.getByRole('combobox', { name: 'Location' }).fill('Somewhere');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#location-error')).toHaveText(
      'Choose a place from the suggestions, so Traycast knows its coordinates.',
    );
    expect(await channels(page)).not.toContain('settings:save');
  });

  test('key required for OpenWeatherMap', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await page.getByRole('radio', { name: /^OpenWeatherMap/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#api-key-error')).toHaveText(
      'OpenWeatherMap needs an API key. Paste the key from your account page.',
    );
    await expect(page.getByLabel('OpenWeatherMap API key')).toBeFocused();
  });

  test('key with a space', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings);

    await page.getByLabel('OpenWeatherMap API key').fill('0123 4567');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#api-key-error')).toHaveText(
      'The API key contains a space. Paste the key again without spaces.',
    );
  });

  test('errors from main appear inline', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'settings:save': {
        ok: false,
        fieldErrors: {
          refreshIntervalMinutes: 'This provider needs an interval of at least 15 minutes.',
          openMeteoUrl: 'Enter a full address such as https://api.open-meteo.com.',
        },
      },
    });

    await page.getByLabel('Refresh every').fill('12');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#refresh-interval-error')).toHaveText(
      'This provider needs an interval of at least 15 minutes.',
    );
    await expect(page.locator('#form-error')).toHaveText(
      'Enter a full address such as https://api.open-meteo.com.',
    );
    expect(await channels(page)).not.toContain('window:close');
  });

  test('dotted error paths map to fields', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'settings:save': { ok: false, fieldErrors: { 'location.name': 'Enter a location name.' } },
    });

    await page.getByLabel('Launch Traycast at login').check();
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#location-error')).toHaveText('Enter a location name.');
    await expect(page.getByRole('combobox', { name: 'Location' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

test.describe('save and cancel', () => {
  test('save sends only changes', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings, { 'settings:save': savedOk });

    await page.getByLabel('Units').selectOption('imperial');
    await page.getByLabel('Refresh every').fill('30');
    await page.getByLabel('Launch Traycast at login').check();
    await page.getByLabel('Show the temperature in the tray').uncheck();
    await page.getByLabel('OpenWeatherMap API key').fill('  fedcba9876543210fedcba9876543210 ');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => channels(page))
      .toEqual(['settings:get', 'settings:save', 'window:close']);
    expect(await requestsTo(page, 'settings:save')).toEqual([
      {
        units: 'imperial',
        refreshIntervalMinutes: 30,
        showTemperatureInTray: false,
        launchAtLogin: true,
        apiKey: 'fedcba9876543210fedcba9876543210',
      },
    ]);
  });

  test('provider switch is saved', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings, { 'settings:save': savedOk });

    await page.getByRole('radio', { name: /^Open-Meteo/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => requestsTo(page, 'settings:save'))
      .toEqual([{ provider: 'open-meteo' }]);
  });

  test('enter in a field saves', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, { 'settings:save': savedOk });

    await page.getByLabel('Refresh every').fill('45');
    await page.getByLabel('Refresh every').press('Enter');

    await expect
      .poll(() => requestsTo(page, 'settings:save'))
      .toEqual([{ refreshIntervalMinutes: 45 }]);
  });

  test('unchanged form just closes', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => channels(page)).toEqual(['settings:get', 'window:close']);
  });

  test('cancel sends only close', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings);

    await page.getByLabel('Units').selectOption('standard');
    await page.getByLabel('OpenWeatherMap API key').fill('fedcba9876543210fedcba9876543210');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect.poll(() => channels(page)).toEqual(['settings:get', 'window:close']);
  });

  test('escape cancels', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await page.getByLabel('Refresh every').fill('60');
    await page.keyboard.press('Escape');

    await expect.poll(() => channels(page)).toEqual(['settings:get', 'window:close']);
  });

  test('save failure keeps the window', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);
    await failInvocations(page, 'settings:save', 'No handler registered for settings:save');

    await page.getByLabel('Refresh every').fill('60');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#form-error')).toHaveText(
      'Saving the settings failed: No handler registered for settings:save',
    );
    expect(await channels(page)).not.toContain('window:close');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  test('shows the recovery notice', async ({ openSettings }) => {
    const notice =
      'The settings file could not be read, so Traycast started from defaults. ' +
      'A copy was saved as settings.corrupt-1.json.';
    const page = await openSettings({ ...openMeteoSettings, recoveryNotice: notice });

    await expect(page.getByRole('alert').first()).toHaveText(notice);
  });
});

test.describe('location search', () => {
  test('suggestions with arrow keys', async ({ openSettings }) => {
    const page = await openSettings(openWeatherSettings, {
      'location:search': { ok: true, places },
      'settings:save': savedOk,
    });
    const combobox = page.getByRole('combobox', { name: 'Location' });

    await combobox.fill('');
    await combobox.pressSequentially('Portl');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(3);
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(await requestsTo(page, 'location:search')).toEqual([
      { text: 'Portl', provider: 'openweathermap' },
    ]);

    await combobox.press('ArrowDown');
    await combobox.press('ArrowDown');
    await expect(combobox).toHaveAttribute('aria-activedescendant', 'location-option-1');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(
      'Maine',
    );
    await combobox.press('ArrowUp');
    await combobox.press('ArrowUp');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(
      'Victoria',
    );
    await combobox.press('ArrowDown');
    await combobox.press('ArrowDown');
    await combobox.press('Enter');

    await expect(combobox).toHaveValue('Portland, Maine, US');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(await channels(page)).not.toContain('settings:save');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => requestsTo(page, 'settings:save')).toEqual([{ location: places[1] }]);
  });

  test('escape closes only the list', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'location:search': { ok: true, places },
    });
    const combobox = page.getByRole('combobox', { name: 'Location' });

    await combobox.fill('Portland');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(3);
    await combobox.press('Escape');

    await expect(page.getByRole('listbox')).toBeHidden();
    expect(await channels(page)).not.toContain('window:close');
  });

  test('click chooses a place', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'location:search': { ok: true, places },
    });

    await page.getByRole('combobox', { name: 'Location' }).fill('Portland');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Victoria/ })
      .click();

    await expect(page.getByRole('combobox', { name: 'Location' })).toHaveValue(
      'Portland, Victoria, AU',
    );
    await expect(page.locator('#location-status')).toHaveText('Portland, Victoria, AU chosen.');
  });

  test('no match says so', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'location:search': { ok: true, places: [] },
    });

    await page.getByRole('combobox', { name: 'Location' }).fill('Xyzzy');

    await expect(page.locator('#location-status')).toHaveText('No places match “Xyzzy”.');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(0);
  });

  test('search error is shown', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'location:search': { ok: false, message: 'The geocoding service timed out.' },
    });

    await page.getByRole('combobox', { name: 'Location' }).fill('Oslo');

    await expect(page.locator('#location-status')).toHaveText('The geocoding service timed out.');
  });

  test('short text does not search', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings, {
      'location:search': { ok: true, places },
    });

    await page.getByRole('combobox', { name: 'Location' }).fill('P');
    await page.waitForTimeout(500);

    expect(await requestsTo(page, 'location:search')).toEqual([]);
  });

  test('stored location needs no search', async ({ openSettings }) => {
    const page = await openSettings(openMeteoSettings);

    await expect(page.getByRole('combobox', { name: 'Location' })).toHaveValue(
      'Berlin, Land Berlin, DE',
    );
    expect(berlin.name).toBe('Berlin');
  });
});
