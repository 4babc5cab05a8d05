/**
 * Finds the Electron executable without `require('electron')`, which would try to download
 * it (and hang or fail offline). Used to skip the Electron suite where there is no binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  let moduleDir: string;
  try {
    moduleDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(moduleDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(moduleDir, 'dist');
  const executable = relative === '' ? '' : join(distDir, relative);
  if (executable !== '' && existsSync(executable)) return { ok: true, path: executable };
  const why = process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']
    ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set and'
    : 'Electron downloads its binary on first run and';
  return {
    ok: false,
    reason:
      `Electron binary absent: ${why} ${executable || join(moduleDir, 'dist')} does not exist. ` +
      'Run `npx install-electron` (or `npm start` once) to download it, then `npm run test:electron`.',
  };
}
