import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite 6 derives build targets from its own Electron table, which stops at 44; for
// Electron 45 it would silently fall back to 44's numbers. State the targets here instead so
// an upgrade is a deliberate edit: Electron 45 embeds Node 24 and Chromium >= 150.
const NODE_TARGET = 'node24';
const CHROME_TARGET = 'chrome150';

export default defineConfig({
  main: {
    build: {
      target: NODE_TARGET,
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      target: NODE_TARGET,
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron' and a few built-ins: bundle zod and
      // shared/ into it instead of leaving require('zod') in the output.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload is loaded as a classic script: it must be CommonJS, and with
        // "type": "module" in package.json the file needs the .cjs extension.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      target: CHROME_TARGET,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
