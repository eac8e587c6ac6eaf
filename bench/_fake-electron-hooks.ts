/**
 * A module resolution hook that maps the `electron` specifier to the recording fake in
 * test/support/fake-electron.ts, so plain Node can load main/electron/* and electron-store
 * without the Electron runtime. Register it before the first module that imports `electron`:
 *
 *   register('./_fake-electron-hooks.ts', import.meta.url);
 */

import type { ResolveHook } from 'node:module';

const fakeElectronUrl = new URL('../test/support/fake-electron.ts', import.meta.url).href;

export const resolve: ResolveHook = (specifier, context, nextResolve) => {
  if (specifier === 'electron') {
    return { url: fakeElectronUrl, shortCircuit: true };
  }
  return nextResolve(specifier, context);
};
