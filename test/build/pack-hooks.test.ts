import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterAllArtifactBuild, setTreeMtime } from '../../build/pack-hooks.ts';

let outDir: string;

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'traycast-artifacts-'));
});

afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('afterAllArtifactBuild', () => {
  it('lists installers only, sorted by name', async () => {
    const names = ['Traycast-0.1.0-linux-x86_64.AppImage', 'Traycast-0.1.0-linux-amd64.deb'];
    for (const name of [...names, 'Traycast-0.1.0-win-x64.exe.blockmap', 'latest.yml']) {
      await writeFile(join(outDir, name), name);
    }
    await mkdir(join(outDir, 'linux-unpacked'));
    await writeFile(join(outDir, 'linux-unpacked', 'Traycast.zip'), 'nested');

    const paths = [
      ...names,
      'Traycast-0.1.0-win-x64.exe.blockmap',
      'latest.yml',
      'linux-unpacked/Traycast.zip',
    ].map((name) => join(outDir, name));
    const extra = await afterAllArtifactBuild({ outDir, artifactPaths: paths });

    expect(extra).toEqual([join(outDir, 'SHA256SUMS')]);
    const lines = (await readFile(join(outDir, 'SHA256SUMS'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => line.split('  ')[1])).toEqual([
      'Traycast-0.1.0-linux-amd64.deb',
      'Traycast-0.1.0-linux-x86_64.AppImage',
    ]);
    // Each file's content is its own name.
    const debDigest = createHash('sha256').update('Traycast-0.1.0-linux-amd64.deb').digest('hex');
    expect(lines[0]).toBe(`${debDigest}  Traycast-0.1.0-linux-amd64.deb`);
  });
});

describe('setTreeMtime', () => {
  it('sets files, folders and the root', async () => {
    await mkdir(join(outDir, 'resources'));
    await writeFile(join(outDir, 'resources', 'app.asar'), 'asar');
    await utimes(join(outDir, 'resources', 'app.asar'), 5, 5);

    await setTreeMtime(outDir, 1_700_000_000);

    for (const path of [outDir, join(outDir, 'resources'), join(outDir, 'resources', 'app.asar')]) {
      expect((await stat(path)).mtimeMs).toBe(1_700_000_000_000);
    }
  });
});
