// Stages the electron-vite output into dist/bundle/app, packs dist/bundle/app.asar and writes
// dist/bundle/SHA256SUMS. Run `npx electron-vite build` first.
//
// With SOURCE_DATE_EPOCH set (seconds since the epoch), every file gets that modification time,
// so the folder can be archived reproducibly; without it, only the permissions are normalized.
import { utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listAsar, normalizeTree, packAsar, stageApp, writeChecksums } from './app-bundle.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/bundle' } },
});

const projectRoot = resolve(import.meta.dirname, '..');
const bundleDir = resolve(projectRoot, values.out);
const appDir = join(bundleDir, 'app');
const asarPath = join(bundleDir, 'app.asar');

const epochText = process.env.SOURCE_DATE_EPOCH;
const epoch = epochText === undefined || epochText === '' ? undefined : Number(epochText);
if (epoch !== undefined && !(Number.isInteger(epoch) && epoch >= 0)) {
  throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epochText}"`);
}
const mtimeSeconds = epoch ?? Math.floor(Date.now() / 1000);
if (epoch === undefined) {
  console.warn('SOURCE_DATE_EPOCH is not set, so file times are the current time');
}

await stageApp(projectRoot, appDir);
await normalizeTree(appDir, mtimeSeconds);
await packAsar(appDir, asarPath);
const checksums = await writeChecksums(bundleDir);
await normalizeTree(bundleDir, mtimeSeconds);
await utimes(bundleDir, mtimeSeconds, mtimeSeconds);

const asarEntries = listAsar(asarPath);
console.log(`app.asar: ${asarEntries.length} entries`);
process.stdout.write(checksums);
