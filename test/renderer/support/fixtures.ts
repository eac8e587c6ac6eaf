import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { AppState } from '../../../main/common/ipc-contract.ts';
import type { SettingsView } from '../../../main/common/settings.ts';
import { rendererOutDir, StaticServer } from './static-server.ts';
import { installBridge, type ScriptedResponses } from './test-bridge.ts';

interface PageFixtures {
  /** Opens the panel with a test bridge that returns this state for `weather:get-state`. */
  openPanel: (state: AppState, responses?: ScriptedResponses) => Promise<Page>;
  /** Opens the settings window with a test bridge that returns this view for `settings:get`. */
  openSettings: (view: SettingsView, responses?: ScriptedResponses) => Promise<Page>;
}

interface WorkerFixtures {
  /** Base URL of a static server for the built renderer in out/renderer. */
  rendererUrl: string;
}

export const test = base.extend<PageFixtures, WorkerFixtures>({
  rendererUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads dependencies from this pattern.
    async ({}, use) => {
      if (!existsSync(join(rendererOutDir, 'panel/index.html'))) {
        throw new Error(
          `The built renderer is missing in ${rendererOutDir}. ` +
            'Run `npx electron-vite build` first, or use `npm run test:renderer`.',
        );
      }
      const server = new StaticServer(rendererOutDir);
      await use(await server.start());
      await server.stop();
    },
    { scope: 'worker' },
  ],

  openPanel: async ({ page, rendererUrl }, use) => {
    await use(async (state, responses = {}) => {
      await installBridge(page, {
        'weather:get-state': state,
        'weather:refresh': state,
        ...responses,
      });
      await page.goto(`${rendererUrl}/panel/index.html`);
      await page.locator('body[data-ready="true"]').waitFor();
      return page;
    });
  },

  openSettings: async ({ page, rendererUrl }, use) => {
    await use(async (view, responses = {}) => {
      await installBridge(page, { 'settings:get': view, ...responses });
      await page.goto(`${rendererUrl}/settings/index.html`);
      await page.locator('body[data-ready="true"]').waitFor();
      return page;
    });
  },
});

export { expect } from '@playwright/test';
