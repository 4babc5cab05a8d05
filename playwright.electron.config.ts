import { defineConfig } from '@playwright/test';

/**
 * The Electron suite drives the built desktop app with Playwright's `_electron`. Where the
 * Electron binary is absent (CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1), every test
 * skips with the reason printed; on a developer's machine it runs for real.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/electron/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
