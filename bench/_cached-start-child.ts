/**
 * One start of the main process in a fresh Node process, for bench/cached-start.ts. The
 * `electron` module is the recording fake from test/support/fake-electron.ts. Prints one JSON
 * line with the times in ms, then stops the app.
 *
 * Usage: node --experimental-strip-types bench/_cached-start-child.ts USER_DATA PLACE_NAME
 */

import { register } from 'node:module';

register('./_fake-electron-hooks.ts', import.meta.url);

export interface StartTiming {
  /** From the start of the import of main/electron/* to the first tooltip with a reading. */
  importToTooltipMs: number;
  /** The part of it spent loading main/electron/* and their imports. */
  moduleLoadMs: number;
  /** From the process start (performance.timeOrigin) to the first tooltip with a reading. */
  processToTooltipMs: number;
  tooltip: string;
}

const tooltipTimeoutMs = 30_000;
const [userData, placeName] = process.argv.slice(2);
if (!userData || !placeName) {
  throw new Error('Usage: _cached-start-child.ts USER_DATA PLACE_NAME');
}

const fake = await import('../test/support/fake-electron.ts');
fake.resetFakeElectron(userData);

// A tooltip with a reading starts with the place name. Before one, it reads `Traycast: loading`.
const firstReading = new Promise<{ text: string; at: number }>((resolve, reject) => {
  const setToolTip = fake.Tray.prototype.setToolTip;
  fake.Tray.prototype.setToolTip = function recordTooltip(text: string) {
    if (text.startsWith(`${placeName}: `)) {
      resolve({ text, at: performance.now() });
    }
    setToolTip.call(this, text);
  };
  setTimeout(
    () => reject(new Error(`No tooltip with a reading within ${tooltipTimeoutMs} ms`)),
    tooltipTimeoutMs,
  ).unref();
});

// main/electron/index.ts only imports main-process.ts and calls startTraycast(), so importing
// main-process.ts first splits the time into loading the modules and starting the app.
const importStartedAt = performance.now();
await import('../main/electron/main-process.ts');
const modulesLoadedAt = performance.now();
const { started } = await import('../main/electron/index.ts');
const firstTooltip = await firstReading;

const runtime = await started;
runtime?.controller.stop();
await runtime?.controller.whenIdle();

const timing: StartTiming = {
  importToTooltipMs: firstTooltip.at - importStartedAt,
  moduleLoadMs: modulesLoadedAt - importStartedAt,
  processToTooltipMs: firstTooltip.at,
  tooltip: firstTooltip.text,
};
console.log(JSON.stringify(timing));
