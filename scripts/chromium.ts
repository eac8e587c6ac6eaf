import type { LaunchOptions } from 'playwright-core';

/**
 * Launch options for Debian's Chromium, which the renderer tests, the tray icon script and the
 * benchmarks use in place of a browser downloaded by Playwright. The flags turn off the component
 * updater, sync and other background requests, so that pages served from 127.0.0.1 are all it
 * loads.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
} satisfies LaunchOptions;
