// Stages the compiled app (out/ and a trimmed package.json) into one folder and packs it into
// app.asar so that two runs on the same sources give byte-identical files.
import { createHash } from 'node:crypto';
import {
  chmod,
  cp,
  lstat,
  mkdir,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createPackageFromFiles, listPackage } from '@electron/asar';

/** package.json fields that the packaged app reads at run time or electron-builder needs. */
const MANIFEST_FIELDS = [
  'name',
  'productName',
  'version',
  'description',
  'license',
  'author',
  'homepage',
  'type',
  'main',
] as const;

/** Folders of the project that go into the app, relative to the project root. */
export const APP_CONTENT = ['out'] as const;

/**
 * Returns the project manifest reduced to MANIFEST_FIELDS: the bundle carries its dependencies
 * inside out/, so the packaged app needs neither dependency lists nor scripts.
 */
export function trimManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const trimmed: Record<string, unknown> = {};
  for (const field of MANIFEST_FIELDS) {
    if (manifest[field] !== undefined) {
      trimmed[field] = manifest[field];
    }
  }
  return trimmed;
}

/** Compares by UTF-16 code units, so the order does not depend on the locale. */
function compareCodeUnits(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  return left > right ? 1 : 0;
}

/**
 * Lists every file and folder under root as paths relative to root with `/` separators,
 * sorted by code unit so that the order is the same on every file system.
 */
export async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.map((entry) => entry.split(sep).join('/')).sort(compareCodeUnits);
}

/**
 * Sets every entry under root, root included, to mode 644 for files and 755 for folders and to
 * the given modification time in seconds since the epoch.
 */
export async function normalizeTree(root: string, mtimeSeconds: number): Promise<void> {
  const paths = (await listTree(root)).map((entry) => join(root, entry));

  // Deepest paths first, so that setting a folder's time comes after its children's changes.
  for (const path of [...paths.reverse(), root]) {
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) {
      throw new Error(`Symbolic links are not allowed in the app bundle: ${path}`);
    }
    await chmod(path, stats.isDirectory() ? 0o755 : 0o644);
    await utimes(path, mtimeSeconds, mtimeSeconds);
  }
}

/** Copies out/ and the trimmed package.json from projectRoot into appDir, replacing appDir. */
export async function stageApp(projectRoot: string, appDir: string): Promise<void> {
  await rm(appDir, { recursive: true, force: true });
  await mkdir(appDir, { recursive: true });

  for (const folder of APP_CONTENT) {
    await cp(join(projectRoot, folder), join(appDir, folder), { recursive: true });
  }

  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
  await writeFile(
    join(appDir, 'package.json'),
    `${JSON.stringify(trimManifest(manifest), null, 2)}\n`,
  );
}

/** Packs appDir into asarPath with the entries in sorted order. */
export async function packAsar(appDir: string, asarPath: string): Promise<void> {
  const entries = (await listTree(appDir)).map((entry) => join(appDir, entry));
  await rm(asarPath, { force: true });
  await createPackageFromFiles(appDir, asarPath, entries);
}

/** Lists the paths inside an asar archive, each starting with `/`, in archive order. */
export function listAsar(asarPath: string): string[] {
  return listPackage(asarPath, { isPack: false }).map((entry) => entry.split(sep).join('/'));
}

/** Writes SHA256SUMS for every file under root, in sorted order, in the sha256sum format. */
export async function writeChecksums(root: string, outputName = 'SHA256SUMS'): Promise<string> {
  const lines: string[] = [];

  for (const entry of await listTree(root)) {
    const path = join(root, entry);
    if (entry === outputName || (await lstat(path)).isDirectory()) {
      continue;
    }
    const digest = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    lines.push(`${digest}  ${entry}`);
  }

  const text = `${lines.join('\n')}\n`;
  await writeFile(join(root, outputName), text);
  return text;
}
