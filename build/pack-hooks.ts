// electron-builder hooks. afterPack runs on the unpacked app before signing and before the
// installers are made. afterAllArtifactBuild writes SHA256SUMS beside the installers.
//
// `electron .` from the project runs the unpacked, unfused app, as the end-to-end suite needs.
// TRAYCAST_UNFUSED=1 leaves a packaged build unfused as well, for debugging an installed copy.
import { createHash } from 'node:crypto';
import { lutimes, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { applyFuses, type PackedApp } from './fuses.ts';

/** File name endings of the installers and archives that go into SHA256SUMS. */
export const INSTALLER_EXTENSIONS = ['.AppImage', '.deb', '.rpm', '.exe', '.zip', '.dmg'] as const;

/** The subset of electron-builder's BuildResult that afterAllArtifactBuild reads. */
export interface BuiltArtifacts {
  outDir: string;
  artifactPaths: readonly string[];
}

/** Sets the mtime of root and of everything under it, without following symbolic links. */
export async function setTreeMtime(root: string, mtimeSeconds: number): Promise<void> {
  const entries = await readdir(root, { recursive: true });
  for (const entry of [...entries, '.']) {
    const path = join(root, entry);
    await lutimes(path, mtimeSeconds, mtimeSeconds);
  }
}

export async function afterPack(app: PackedApp): Promise<void> {
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

/**
 * Writes SHA256SUMS in the sha256sum format, sorted by name, for the installers that
 * electron-builder wrote directly into outDir. Update metadata (.blockmap, .yml) is left out.
 * Returns the path of SHA256SUMS so that electron-builder lists it as an artifact too.
 */
export async function afterAllArtifactBuild(result: BuiltArtifacts): Promise<string[]> {
  const outDir = resolve(result.outDir);
  const installers = result.artifactPaths
    .filter((path) => dirname(resolve(path)) === outDir)
    .filter((path) => INSTALLER_EXTENSIONS.some((extension) => path.endsWith(extension)))
    .map((path) => basename(path))
    .sort();

  const lines: string[] = [];
  for (const name of installers) {
    const digest = createHash('sha256')
      .update(await readFile(join(outDir, name)))
      .digest('hex');
    lines.push(`${digest}  ${name}\n`);
  }

  const sumsPath = join(outDir, 'SHA256SUMS');
  await writeFile(sumsPath, lines.join(''));
  return [sumsPath];
}
