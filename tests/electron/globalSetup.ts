/** Builds the app before the Electron suite, only where the suite can run at all. */
import { execFileSync } from 'node:child_process';
import { findElectronBinary } from './electronBinary';

export default function globalSetup(): void {
  const binary = findElectronBinary();
  if (!binary.ok) {
    console.log(`[electron] Skipping the Electron suite: ${binary.reason}`);
    return;
  }
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    stdio: 'inherit',
  });
}
