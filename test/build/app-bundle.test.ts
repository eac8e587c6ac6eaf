import { chmod, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listAsar,
  listTree,
  normalizeTree,
  packAsar,
  stageApp,
  trimManifest,
  writeChecksums,
} from '../../build/app-bundle.ts';

const EPOCH = 1_700_000_000;
const MANIFEST = {
  name: 'traycast',
  productName: 'Traycast',
  version: '1.2.3',
  type: 'module',
  main: 'out/main/index.js',
  scripts: { build: 'electron-vite build' },
  dependencies: { ky: '2.1.0' },
  devDependencies: { electron: '45.6.1' },
};
const OUT_FILES: Record<string, string> = {
  'out/main/index.js': 'console.log("main");\n',
  'out/preload/index.cjs': '"use strict";\n',
  'out/renderer/panel/index.html': '<!doctype html>\n',
  'out/renderer/assets/Panel.js': 'export {};\n',
  'out/renderer/assets/a-panel.js': 'export {};\n',
};

let workDir: string;

/** Writes a project with out/, package.json and a node_modules folder, in the given order. */
async function makeProject(root: string, order: string[], mtime: number): Promise<void> {
  await writeFile(join(root, 'package.json'), JSON.stringify(MANIFEST));
  await mkdir(join(root, 'node_modules', 'ky'), { recursive: true });
  await writeFile(join(root, 'node_modules', 'ky', 'index.js'), 'export {};\n');
  for (const path of order) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), OUT_FILES[path] ?? '');
    await chmod(join(root, path), 0o600);
    await utimes(join(root, path), mtime, mtime);
  }
}

/** Stages, normalizes and packs a project; returns the app folder and the asar path. */
async function bundle(projectRoot: string): Promise<{ appDir: string; asarPath: string }> {
  const appDir = join(projectRoot, 'dist', 'app');
  const asarPath = join(projectRoot, 'dist', 'app.asar');
  await stageApp(projectRoot, appDir);
  await normalizeTree(appDir, EPOCH);
  await packAsar(appDir, asarPath);
  return { appDir, asarPath };
}

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'traycast-bundle-'));
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('trimManifest', () => {
  it('keeps run-time fields and drops dependency lists', () => {
    const trimmed = trimManifest(MANIFEST);
    expect(trimmed).toEqual({
      name: 'traycast',
      productName: 'Traycast',
      version: '1.2.3',
      type: 'module',
      main: 'out/main/index.js',
    });
  });
});

describe('listTree', () => {
  it('sorts by code unit, not by locale', async () => {
    const root = join(workDir, 'project');
    await mkdir(root);
    await makeProject(root, Object.keys(OUT_FILES), EPOCH);
    const entries = await listTree(join(root, 'out', 'renderer', 'assets'));
    expect(entries).toEqual(['Panel.js', 'a-panel.js']);
  });

  it('sorts nested paths as whole strings', async () => {
    await mkdir(join(workDir, 'a'));
    await writeFile(join(workDir, 'a', 'x.js'), '');
    await writeFile(join(workDir, 'b.js'), '');
    await writeFile(join(workDir, 'a.js'), '');
    expect(await listTree(workDir)).toEqual(['a', 'a.js', 'a/x.js', 'b.js']);
  });
});

describe('packAsar', () => {
  it('holds only out/ and package.json', async () => {
    const root = join(workDir, 'project');
    await mkdir(root);
    await makeProject(root, Object.keys(OUT_FILES), EPOCH);
    const { appDir, asarPath } = await bundle(root);

    const entries = listAsar(asarPath);
    expect(entries).toContain('/package.json');
    expect(entries).toContain('/out/main/index.js');
    expect(entries.filter((entry) => entry.includes('node_modules'))).toEqual([]);
    expect(entries.every((entry) => entry === '/package.json' || entry.startsWith('/out'))).toBe(
      true,
    );

    const packedManifest = JSON.parse(await readFile(join(appDir, 'package.json'), 'utf8'));
    expect(packedManifest.dependencies).toBeUndefined();
  });

  it('gives identical bytes for differently made trees', async () => {
    const first = join(workDir, 'first');
    const second = join(workDir, 'second');
    await mkdir(first);
    await mkdir(second);
    await makeProject(first, Object.keys(OUT_FILES), EPOCH - 500);
    await makeProject(second, Object.keys(OUT_FILES).reverse(), EPOCH + 900);

    const firstAsar = await readFile((await bundle(first)).asarPath);
    const secondAsar = await readFile((await bundle(second)).asarPath);
    expect(secondAsar.equals(firstAsar)).toBe(true);
  });
});

describe('normalizeTree', () => {
  it('sets modes and times of files and folders', async () => {
    const root = join(workDir, 'project');
    await mkdir(root);
    await makeProject(root, Object.keys(OUT_FILES), EPOCH + 5);
    await normalizeTree(join(root, 'out'), EPOCH);

    const file = await stat(join(root, 'out', 'main', 'index.js'));
    const folder = await stat(join(root, 'out', 'main'));
    expect(file.mode & 0o777).toBe(0o644);
    expect(folder.mode & 0o777).toBe(0o755);
    expect(file.mtimeMs / 1000).toBe(EPOCH);
    expect(folder.mtimeMs / 1000).toBe(EPOCH);
  });
});

describe('writeChecksums', () => {
  it('lists files in sha256sum format, sorted', async () => {
    const root = join(workDir, 'sums');
    await mkdir(join(root, 'b'), { recursive: true });
    await writeFile(join(root, 'b', 'x.txt'), 'x');
    await writeFile(join(root, 'a.txt'), '');

    const text = await writeChecksums(root);
    expect(text).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n' +
        '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  b/x.txt\n',
    );
    expect(await readFile(join(root, 'SHA256SUMS'), 'utf8')).toBe(text);
  });
});
