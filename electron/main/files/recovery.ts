/**
 * Crash recovery: the renderer writes the open document here after changes; at start the
 * app offers it back. Written atomically so a crash mid-write never leaves half a file.
 */
import * as nodeFs from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';

export interface RecoveryStore {
  write(text: string): Promise<void>;
  /** The saved text and when it was written (ISO 8601), or null when there is none. */
  read(): Promise<{ text: string; savedAt: string } | null>;
  clear(): Promise<void>;
}

export function createRecoveryStore(file: string): RecoveryStore {
  return {
    write: (text) => writeFileAtomic(file, text),
    async read() {
      try {
        const [text, info] = await Promise.all([nodeFs.readFile(file, 'utf8'), nodeFs.stat(file)]);
        return { text, savedAt: info.mtime.toISOString() };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async clear() {
      await nodeFs.unlink(file).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },
  };
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
