import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

/**
 * Renderer tests: the built pages in out/renderer, served from 127.0.0.1 and run in Debian's
 * Chromium with a test bridge in place of the preload. Build first with `npx electron-vite build`
 * (`npm run test:renderer` does both).
 */
export default defineConfig({
  testDir: 'test/renderer',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/renderer',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // The size of the panel window that main creates.
    viewport: { width: 360, height: 560 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    serviceWorkers: 'block',
  },
});
