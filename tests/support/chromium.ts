/**
 * How the e2e tests and the canvas benchmark launch Chromium: the apt build (never a
 * downloaded one, see ENVIRONMENT.md), headless, with no background work that would add
 * network traffic or noise to the measurements.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} as const;
