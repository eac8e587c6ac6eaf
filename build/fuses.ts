// Flips Electron's fuses in a packaged app. Fuses are bytes in the Electron binary that switch
// features off for good, so the packaged app cannot be run as a general Node.js runtime, take
// options from NODE_OPTIONS or --inspect, or load code from outside its checked app.asar.
import { join } from 'node:path';
import type { FuseV1Config } from '@electron/fuses';
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
} from '@electron/fuses';

/** The fuse settings of every packaged Traycast build. */
export const TRAYCAST_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
} as const;

/** The subset of electron-builder's AfterPackContext that this hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum value: 3 is arm64. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

const ARCH_ARM64 = 3;

/** Returns the path of the Electron binary (or .app bundle on macOS) that holds the fuses. */
export function electronBinaryPath(app: PackedApp): string {
  const productFilename = app.packager.appInfo.productFilename;

  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(app.appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(app.appOutDir, `${productFilename}.exe`);
    case 'linux':
      return join(app.appOutDir, app.packager.executableName ?? productFilename);
    default:
      throw new Error(`Unsupported Electron platform "${app.electronPlatformName}"`);
  }
}

/** Flips TRAYCAST_FUSES in the packaged app and checks that the binary now reports them. */
export async function applyFuses(app: PackedApp, hostPlatform = process.platform): Promise<void> {
  const binaryPath = electronBinaryPath(app);
  const isMacArm64 = app.electronPlatformName === 'darwin' && app.arch === ARCH_ARM64;

  // Flipping a fuse changes the binary and voids the ad hoc signature that arm64 macOS needs
  // to start it. @electron/fuses re-signs with `codesign`, which exists only on macOS.
  if (isMacArm64 && hostPlatform !== 'darwin') {
    throw new Error(
      'Cannot fuse the arm64 macOS build on this host because re-signing it needs macOS. ' +
        'Build the x64 zip here, or run `npm run dist:mac` on macOS.',
    );
  }

  const config: FuseV1Config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isMacArm64,
    ...TRAYCAST_FUSES,
  };
  await flipFuses(binaryPath, config);

  const wire = await getCurrentFuseWire(binaryPath);
  for (const [option, enabled] of Object.entries(TRAYCAST_FUSES)) {
    const expected = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    const index = Number(option) as FuseV1Options;
    if (wire[index] !== expected) {
      throw new Error(`Fuse ${FuseV1Options[index]} was not set in ${binaryPath}`);
    }
  }
}
