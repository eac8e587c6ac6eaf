/**
 * Finds the Electron executable without importing the `electron` package, whose entry point
 * tries to download the binary when it is missing.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const missingBinaryMessage =
  'No Electron binary is installed (node_modules/electron/dist is missing), so the end-to-end ' +
  'suite is skipped. `npm start` or `npx install-electron` downloads it, which needs access ' +
  'to GitHub or to a mirror set in ELECTRON_MIRROR.';

/** Returns the path of the Electron executable, or null when none is installed. */
export function findElectronBinary(projectRoot: string): string | null {
  const moduleDirectory = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(moduleDirectory, 'path.txt');
  if (!existsSync(pathFile)) {
    return null;
  }

  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const distDirectory = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(moduleDirectory, 'dist');
  const executable = join(distDirectory, relativePath);
  return existsSync(executable) ? executable : null;
}
