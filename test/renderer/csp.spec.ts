/**
 * The Content Security Policy of both pages, enforced by real Chromium from each page's meta tag
 * (the static server sends no CSP header). A test bridge replaces the preload API, because
 * Electron cannot run here.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { okState, testNow } from './support/reports.ts';
import { openMeteoSettings } from './support/settings-views.ts';

const expectedPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Violation {
  directive: string;
  blockedUri: string;
}

/** Starts collecting `securitypolicyviolation` events in the page. */
async function collectViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const violations: Violation[] = [];
    Object.defineProperty(window, '__violations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.effectiveDirective, blockedUri: event.blockedURI });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

for (const pageName of ['panel', 'settings'] as const) {
  test.describe(`${pageName} page`, () => {
    test.beforeEach(async ({ page, openPanel, openSettings }) => {
      await page.clock.setFixedTime(testNow);
      if (pageName === 'panel') {
        await openPanel(okState);
      } else {
        await openSettings(openMeteoSettings);
      }
      await collectViolations(page);
    });

    test('declares the strict policy', async ({ page }) => {
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');

      expect(policy?.replace(/\s+/g, ' ')).toBe(expectedPolicy);
    });

    test('blocks an inline script', async ({ page }) => {
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          consoleErrors.push(message.text());
        }
      });

      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true;';
        document.body.append(script);
      });

      await expect
        .poll(() => violations(page))
        .toContainEqual({
          directive: 'script-src-elem',
          blockedUri: 'inline',
        });
      expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
      expect(consoleErrors.some((text) => text.includes('Content Security Policy'))).toBe(true);
    });

    test('blocks fetch to loopback', async ({ page, rendererUrl }) => {
      const outcome = await page.evaluate(async (url) => {
        try {
          await fetch(url);
          return 'loaded';
        } catch (error) {
          return error instanceof TypeError ? 'blocked' : String(error);
        }
      }, `${rendererUrl}/panel/index.html`);

      expect(outcome).toBe('blocked');
      await expect
        .poll(() => violations(page))
        .toContainEqual({
          directive: 'connect-src',
          blockedUri: `${rendererUrl}/panel/index.html`,
        });
    });

    test('blocks an inline style', async ({ page }) => {
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
        document.head.append(style);
      });

      await expect
        .poll(() => violations(page))
        .toContainEqual({
          directive: 'style-src-elem',
          blockedUri: 'inline',
        });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(255, 0, 0)');
    });
  });
}

test('panel loads only its own files', async ({ page, openPanel, rendererUrl }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    requested.push(request.url());
  });
  await page.clock.setFixedTime(testNow);

  await openPanel(okState);
  await expect(page.locator('.now')).toBeVisible();

  expect(requested.length).toBeGreaterThan(0);
  for (const url of requested) {
    expect(url.startsWith(`${rendererUrl}/`)).toBe(true);
  }
  expect(requested.filter((url) => /\.(js|css|html)$/.test(url)).length).toBe(requested.length);
});
