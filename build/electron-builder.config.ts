// electron-builder configuration. It packs dist/bundle/app, which `npm run dist` and the
// container's bundle stage make with build/bundle-app.ts: out/ (main, preload and renderer with
// their dependencies bundled in) and a trimmed package.json. No node_modules folder goes in.
//
// Environment:
//   TRAYCAST_ELECTRON_DIST  an Electron zip, a folder holding the zip, or an unpacked Electron,
//                           used in place of downloading Electron (for offline or mirrored builds)
//   SOURCE_DATE_EPOCH       seconds since the epoch, given to every packaged file as its mtime
//   TRAYCAST_UNFUSED=1      leaves the packaged Electron binary unfused (see build/fuses.ts)
import type { Configuration } from 'electron-builder';
import { afterAllArtifactBuild, afterPack } from './pack-hooks.ts';

/** The Electron release that every installer ships, the same as package.json devDependencies. */
export const ELECTRON_VERSION = '45.6.1';

const config: Configuration = {
  appId: 'app.traycast.Traycast',
  productName: 'Traycast',
  copyright: 'Copyright © Traycast developers',
  electronVersion: ELECTRON_VERSION,
  electronDist: process.env.TRAYCAST_ELECTRON_DIST || undefined,

  directories: {
    app: 'dist/bundle/app',
    output: 'release',
    buildResources: 'build',
  },
  // The bundle has its dependencies compiled in, so production node_modules are excluded even if
  // electron-builder finds them beside the project's package.json.
  files: ['out/**', 'package.json', '!node_modules/**'],
  asar: true,
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  afterPack,
  afterAllArtifactBuild,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder expands these macros.
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  linux: {
    target: ['AppImage', 'deb', 'rpm'],
    executableName: 'traycast',
    icon: 'build/icons',
    category: 'Utility',
    synopsis: 'The current weather in the system tray',
  },
  deb: { packageCategory: 'utils' },
  rpm: { packageCategory: 'Applications/Internet' },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },

  mac: {
    // Zip for both architectures. On Linux only the x64 zip can be fused (see build/fuses.ts),
    // so the container build asks for --x64, and `npm run dist:mac` on macOS adds the dmg and
    // signs when a signing identity is configured.
    target: [{ target: 'zip', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.icns',
    category: 'public.app-category.weather',
    hardenedRuntime: true,
  },
  dmg: { writeUpdateInfo: false },
};

export default config;
