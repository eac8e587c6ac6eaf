/**
 * Measures the time from the start of navigation to the panel showing a reading, in Debian's
 * Chromium: the page loads from a static server on 127.0.0.1, and a test bridge returns a full
 * report at once in place of the preload, because Electron cannot run here. Each run uses a new
 * browser context, so nothing is cached. Run `npx electron-vite build` first, or use
 * `npm run bench:renderer`.
 */

import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { okState } from '../test/renderer/support/reports.ts';
import { rendererOutDir, StaticServer } from '../test/renderer/support/static-server.ts';
import { installBridge } from '../test/renderer/support/test-bridge.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);

interface Timing {
  /** From navigation start to the `traycast:panel-rendered` mark, after the first render. */
  renderedMs: number;
  domContentLoadedMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const server = new StaticServer(rendererOutDir);
const baseUrl = await server.start();
const browser = await chromium.launch(chromiumLaunchOptions);
const timings: Timing[] = [];

try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 560 } });
    const page = await context.newPage();
    await installBridge(page, { 'weather:get-state': okState });
    await page.goto(`${baseUrl}/panel/index.html`);
    await page.locator('body[data-ready="true"] .now').waitFor();

    timings.push(
      await page.evaluate(() => {
        const [mark] = performance.getEntriesByName('traycast:panel-rendered');
        const [navigation] = performance.getEntriesByType(
          'navigation',
        ) as PerformanceNavigationTiming[];
        if (!mark || !navigation) {
          throw new Error('The panel did not record its render mark');
        }
        return {
          renderedMs: mark.startTime,
          domContentLoadedMs: navigation.domContentLoadedEventEnd,
        };
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const rendered = timings.map((timing) => timing.renderedMs);
const domContentLoaded = timings.map((timing) => timing.domContentLoadedMs);
console.log(`Panel load in Chromium ${browser.version()}, ${runs} runs, new context each:`);
console.log(
  `  navigation start to panel with data: median ${median(rendered).toFixed(1)} ms, ` +
    `min ${Math.min(...rendered).toFixed(1)} ms, max ${Math.max(...rendered).toFixed(1)} ms`,
);
console.log(
  `  navigation start to DOMContentLoaded: median ${median(domContentLoaded).toFixed(1)} ms`,
);
