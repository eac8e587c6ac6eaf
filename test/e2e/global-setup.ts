import { join } from 'node:path';
import { findElectronBinary, missingBinaryMessage } from './electron-binary.ts';

/** Prints why the suite is skipped, since the list reporter shows skipped tests without it. */
export default function globalSetup(): void {
  if (findElectronBinary(join(import.meta.dirname, '..', '..')) === null) {
    console.log(missingBinaryMessage);
  }
}
