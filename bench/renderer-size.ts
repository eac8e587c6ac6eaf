/**
 * Measures the JavaScript and CSS that the built renderer ships, in bytes before and after gzip,
 * against the target of 30 KB gzipped for both pages together. Run `npx electron-vite build`
 * first, or use `npm run bench:renderer`.
 */

import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const rendererDir = resolve(import.meta.dirname, '../out/renderer');
const targetGzipBytes = 30 * 1024;

interface Measured {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function measure(): Promise<Measured[]> {
  const files = (await listFiles(rendererDir)).filter((file) =>
    ['.js', '.css'].includes(extname(file)),
  );
  if (files.length === 0) {
    throw new Error(
      `No JavaScript or CSS in ${rendererDir}. Run \`npx electron-vite build\` first.`,
    );
  }

  const measured: Measured[] = [];
  for (const file of files) {
    const content = await readFile(file);
    measured.push({
      file: relative(rendererDir, file),
      rawBytes: content.length,
      // Level 9, as `gzip -9` and most static servers that precompress use.
      gzipBytes: gzipSync(content, { level: 9 }).length,
    });
  }
  return measured;
}

const measured = await measure();
const totalRaw = measured.reduce((sum, entry) => sum + entry.rawBytes, 0);
const totalGzip = measured.reduce((sum, entry) => sum + entry.gzipBytes, 0);

console.log('| file | bytes | gzipped bytes |');
console.log('| --- | ---: | ---: |');
for (const entry of measured) {
  console.log(`| ${entry.file} | ${entry.rawBytes} | ${entry.gzipBytes} |`);
}
console.log(`| **total JS + CSS** | ${totalRaw} | ${totalGzip} |`);
const verdict = totalGzip <= targetGzipBytes ? 'within the target' : 'OVER the target';
const totalKb = (totalGzip / 1024).toFixed(1);
console.log(`\nGzipped total: ${totalKb} KB, ${verdict} of ${targetGzipBytes / 1024} KB.`);
