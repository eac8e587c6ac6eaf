/**
 * `npm start`, the README's command, on a machine without the Electron binary. The electron
 * package downloads its binary on first use, but electron-vite only reads the path the download
 * leaves behind, so the start script has to fetch the binary itself. Downloads go to a loopback
 * mirror that responds with 404, so no test reaches the internet.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../e2e/electron-binary.ts';
import { LoopbackServer } from '../support/loopback-server.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

let server: LoopbackServer;
let cacheDirectory: string;

beforeEach(async () => {
  server = new LoopbackServer();
  await server.start();
  cacheDirectory = mkdtempSync(join(tmpdir(), 'traycast-electron-cache-'));
});

afterEach(async () => {
  await server.stop();
  rmSync(cacheDirectory, { recursive: true, force: true });
});

function runNpmStart(): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? cacheDirectory,
      ELECTRON_MIRROR: `${server.url}/`,
      electron_config_cache: cacheDirectory,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => {
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}

describe('npm start', () => {
  it('downloads the Electron binary when it is missing', async (context) => {
    if (findElectronBinary(projectRoot) !== null) {
      context.skip('an Electron binary is installed, so npm start would launch the app');
    }

    const { exitCode, output } = await runNpmStart();

    expect(exitCode).not.toBe(0);
    expect(server.requests.map((request) => request.path)).toContainEqual(
      expect.stringMatching(/\/electron-v[\d.]+-[a-z0-9]+-[a-z0-9]+\.zip$/),
    );
    expect(output).not.toContain('Electron uninstall');
  });
});
