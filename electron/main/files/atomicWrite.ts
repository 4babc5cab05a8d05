/**
 * Atomic file replacement: write a temp file beside the target, flush it to disk, then
 * rename it over the target. A crash or a failed write at any step leaves the original file
 * exactly as it was, and the temp file is removed. No Electron import: tested in vitest.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of `node:fs/promises` the writer uses; tests pass a failing one. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
  chmod: typeof nodeFs.chmod;
}

export const defaultAtomicWriteFs: AtomicWriteFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  stat: nodeFs.stat,
  chmod: nodeFs.chmod,
};

/** Replaces `target` with `data` atomically; throws (with the original untouched) on failure. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = defaultAtomicWriteFs,
): Promise<void> {
  const directory = dirname(target);
  // Same directory as the target so the rename never crosses file systems (which would not
  // be atomic); a dot name so a leftover after a power cut does not look like a document.
  const temp = join(directory, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = await fs.stat(target).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existingMode !== undefined) await fs.chmod(temp, existingMode);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory, fs);
}

/** Makes the rename itself durable on POSIX; Windows cannot open directories, so it is best effort. */
async function syncDirectory(directory: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is already in place; a directory fsync failure only weakens durability.
  }
}
