import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundling the dependencies leaves app.asar with no node_modules folder at all.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'main/electron/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        // A sandboxed preload cannot load ES modules, so it ships as one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      outDir: 'out/renderer',
      // The renderer's bytes are a tracked budget (30 KB gzipped), so ship them minified.
      minify: true,
      rollupOptions: {
        input: {
          panel: resolve(root, 'renderer/panel/index.html'),
          settings: resolve(root, 'renderer/settings/index.html'),
        },
      },
    },
  },
});
