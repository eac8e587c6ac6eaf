// electron-builder's afterPack hook: it runs on the unpacked app before signing and before the
// installers are made.
//
// `electron .` from the project runs the unpacked, unfused app, as the end-to-end suite needs.
// TRAYCAST_UNFUSED=1 leaves a packaged build unfused as well, for debugging an installed copy.
import { lutimes, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { applyFuses, type PackedApp } from './fuses.ts';

/** Sets the mtime of root and of everything under it, without following symbolic links. */
export async function setTreeMtime(root: string, mtimeSeconds: number): Promise<void> {
  const entries = await readdir(root, { recursive: true });
  for (const entry of [...entries, '.']) {
    const path = join(root, entry);
    await lutimes(path, mtimeSeconds, mtimeSeconds);
  }
}

export default async function afterPack(app: PackedApp): Promise<void> {
  if (process.env.TRAYCAST_UNFUSED === '1') {
    console.warn(`TRAYCAST_UNFUSED=1: leaving the fuses of ${app.appOutDir} unchanged`);
  } else {
    await applyFuses(app);
  }

  // Electron's own files keep the times from its zip unless they are reset here, and those
  // times would end up in the deb, rpm, AppImage and zip.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    await setTreeMtime(app.appOutDir, Number(epoch));
  }
}
