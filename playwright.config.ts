import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// NUAGE_E2E_PORT lets two runs on one machine use different preview servers.
const PORT = Number(process.env['NUAGE_E2E_PORT'] ?? 4173);

/** End-to-end tests of the renderer in web mode (Chromium from apt, see ENVIRONMENT.md). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumLaunchOptions.executablePath,
      args: [...chromiumLaunchOptions.args],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npm run web:build && npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
