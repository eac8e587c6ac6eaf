import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    server: {
      deps: {
        // Vite must process electron-store, so that its `import electron` reaches the fake
        // Electron module in the main process tests instead of the real package.
        inline: ['electron-store'],
      },
    },
  },
});
