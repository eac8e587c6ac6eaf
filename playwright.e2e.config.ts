import { defineConfig } from '@playwright/test';

/**
 * The end-to-end suite, which drives the built app in Electron. It needs no browser download,
 * and it skips itself where no Electron binary is installed.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/global-setup.ts',
});
