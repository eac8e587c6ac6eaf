// The Electron binary is stubbed: a small file that holds the fuse sentinel and a fuse wire laid
// out as in Electron 45, so the real @electron/fuses reads and writes it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFuses, electronBinaryPath, type PackedApp } from '../../build/fuses.ts';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode, NodeOptions, NodeCliInspect, GrantFileProtocol and
// WasmTrapHandlers on; the rest off.
const DEFAULT_WIRE = '101100011';

let appOutDir: string;

function linuxApp(): PackedApp {
  return {
    appOutDir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: { appInfo: { productFilename: 'Traycast' }, executableName: 'traycast' },
  };
}

beforeEach(async () => {
  appOutDir = await mkdtemp(join(tmpdir(), 'traycast-fuses-'));
  const wire = Buffer.concat([
    Buffer.from('ELF stub before the sentinel'),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('stub after the wire'),
  ]);
  await writeFile(join(appOutDir, 'traycast'), wire);
});

afterEach(async () => {
  await rm(appOutDir, { recursive: true, force: true });
});

describe('applyFuses', () => {
  it('sets the five fuses and leaves the others', async () => {
    await applyFuses(linuxApp(), 'linux');
    const wire = await getCurrentFuseWire(join(appOutDir, 'traycast'));

    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
  });

  it('rejects arm64 macOS builds off macOS', async () => {
    const app = { ...linuxApp(), electronPlatformName: 'darwin', arch: 3 };
    await expect(applyFuses(app, 'linux')).rejects.toThrow('needs macOS');
  });

  it('fails on a binary without fuses', async () => {
    await writeFile(join(appOutDir, 'traycast'), 'no sentinel here');
    await expect(applyFuses(linuxApp(), 'linux')).rejects.toThrow('sentinel');
  });
});

describe('electronBinaryPath', () => {
  it('names the binary per platform', () => {
    const app = linuxApp();
    expect(electronBinaryPath(app)).toBe(join(appOutDir, 'traycast'));
    expect(electronBinaryPath({ ...app, electronPlatformName: 'win32' })).toBe(
      join(appOutDir, 'Traycast.exe'),
    );
    expect(electronBinaryPath({ ...app, electronPlatformName: 'darwin' })).toBe(
      join(appOutDir, 'Traycast.app'),
    );
  });

  it('rejects an unknown platform', () => {
    expect(() => electronBinaryPath({ ...linuxApp(), electronPlatformName: 'aix' })).toThrow(
      'Unsupported Electron platform "aix"',
    );
  });
});
