/**
 * The recently opened designs, most recent first, kept in userData/recent.json. A missing
 * or corrupt file reads as an empty list (it is a convenience, never a reason to fail).
 */
import * as nodeFs from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT = 10;

export interface RecentList {
  /** Paths, most recent first; at most MAX_RECENT. */
  list(): Promise<string[]>;
  /** Moves (or inserts) `path` to the top and returns the new list. */
  add(path: string): Promise<string[]>;
  remove(path: string): Promise<string[]>;
  clear(): Promise<string[]>;
}

/** Pure update: `path` first, no duplicates, capped. */
export function withRecent(paths: readonly string[], path: string, max: number = MAX_RECENT): string[] {
  const normalised = resolve(path);
  return [normalised, ...paths.filter((p) => !samePath(p, normalised))].slice(0, max);
}

/** Pure parse of recent.json's content: anything unexpected is dropped, never thrown. */
export function parseRecentFile(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const paths = (json as { paths?: unknown } | null)?.paths;
  if (!Array.isArray(paths)) return [];
  let out: string[] = [];
  for (const p of [...paths].reverse()) {
    if (typeof p === 'string' && p.length > 0 && p.length <= 4096) out = withRecent(out, p);
  }
  return out;
}

export function createRecentList(file: string): RecentList {
  // Serialise updates so two quick opens cannot lose one another's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<string[]> => {
    try {
      return parseRecentFile(await nodeFs.readFile(file, 'utf8'));
    } catch {
      return [];
    }
  };
  const update = (change: (paths: string[]) => string[]): Promise<string[]> => {
    const next = queue.then(async () => {
      const paths = change(await read());
      await writeFileAtomic(file, `${JSON.stringify({ version: 1, paths }, null, 2)}\n`);
      return paths;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    list: () => queue.then(read),
    add: (path) => update((paths) => withRecent(paths, path)),
    remove: (path) => update((paths) => paths.filter((p) => !samePath(p, resolve(path)))),
    clear: () => update(() => []),
  };
}

/** Windows and macOS file systems are case-insensitive by default. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}
