import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultAtomicWriteFs,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../../../electron/main/files/atomicWrite';
import { FileTooLargeError, MAX_OPEN_BYTES, readTextFile } from '../../../electron/main/files/readText';
import {
  createRecentList,
  MAX_RECENT,
  parseRecentFile,
  withRecent,
} from '../../../electron/main/files/recentList';
import { createRecoveryStore } from '../../../electron/main/files/recovery';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nuage-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one, leaving no temp file', async () => {
    const target = join(dir, 'a.nuage.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['a.nuage.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'a.txt');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes binary data byte for byte', async () => {
    const target = join(dir, 'a.png');
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await writeFileAtomic(target, bytes);
    expect([...(await readFile(target))]).toEqual([...bytes]);
  });

  for (const failAt of ['write', 'sync', 'rename'] as const) {
    it(`leaves the original untouched and removes the temp file when ${failAt} fails`, async () => {
      const target = join(dir, 'a.nuage.json');
      await writeFile(target, 'original');
      const boom = (): never => {
        throw Object.assign(new Error(`ENOSPC: no space left on device (${failAt})`), { code: 'ENOSPC' });
      };
      const failingFs: AtomicWriteFs = {
        ...defaultAtomicWriteFs,
        open: (async (...args: Parameters<typeof defaultAtomicWriteFs.open>) => {
          const handle = await defaultAtomicWriteFs.open(...args);
          if (failAt === 'write') {
            // Write part of the data, then fail: the half-written temp must not survive.
            return Object.assign(handle, {
              writeFile: async (data: string) => {
                await handle.write(String(data).slice(0, 3));
                boom();
              },
            });
          }
          if (failAt === 'sync') return Object.assign(handle, { sync: boom });
          return handle;
        }) as AtomicWriteFs['open'],
        rename: failAt === 'rename' ? (boom as AtomicWriteFs['rename']) : defaultAtomicWriteFs.rename,
      };
      await expect(writeFileAtomic(target, 'replacement', failingFs)).rejects.toThrow(/ENOSPC/);
      expect(await readFile(target, 'utf8')).toBe('original');
      expect(await readdir(dir)).toEqual(['a.nuage.json']);
    });
  }

  it('fails without creating anything when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const path = join(dir, 't.yaml');
    await writeFile(path, '\ufeffRésumé: ok\n');
    expect(await readTextFile(path)).toBe('Résumé: ok\n');
  });

  it('refuses a file above 50 MB with a message giving the size and the limit', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_BYTES + 1); // sparse: no 50 MB actually written
    const error = await readTextFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as Error).message).toMatch(/is 50\.0 MB; Nuage opens files up to 50\.0 MB/);
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'edge.txt');
    await writeFile(path, 'abcd');
    expect(await readTextFile(path, 4)).toBe('abcd');
    await expect(readTextFile(path, 3)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('refuses binary data and directories', async () => {
    const path = join(dir, 'image.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0xff, 0xfe, 0xc3]));
    await expect(readTextFile(path)).rejects.toThrow(/not UTF-8 text/);
    await expect(readTextFile(dir)).rejects.toThrow(/not a regular file|EISDIR/);
  });
});

describe('recent list', () => {
  it('puts the latest first, removes duplicates and keeps at most 10', () => {
    let paths: string[] = [];
    for (let i = 0; i < 12; i++) paths = withRecent(paths, `/d/${i}.nuage.json`);
    paths = withRecent(paths, '/d/5.nuage.json');
    expect(paths).toHaveLength(MAX_RECENT);
    expect(paths[0]).toBe('/d/5.nuage.json');
    expect(paths.filter((p) => p === '/d/5.nuage.json')).toHaveLength(1);
    expect(paths).not.toContain('/d/0.nuage.json');
    expect(paths).not.toContain('/d/1.nuage.json');
  });

  it('normalises paths so /d/./a and /d/a are one entry', () => {
    expect(withRecent(['/d/a.json'], '/d/./x/../a.json')).toEqual(['/d/a.json']);
  });

  it('tolerates corrupt or unexpected content', () => {
    expect(parseRecentFile('{not json')).toEqual([]);
    expect(parseRecentFile('null')).toEqual([]);
    expect(parseRecentFile('{"paths": "x"}')).toEqual([]);
    expect(parseRecentFile('{"paths": ["/a", 3, "", "/a", "/b"]}')).toEqual(['/a', '/b']);
  });

  it('persists to disk, survives a corrupt file, and clears', async () => {
    const file = join(dir, 'recent.json');
    await writeFile(file, '\u0000garbage');
    const recent = createRecentList(file);
    expect(await recent.list()).toEqual([]);
    await recent.add('/d/a.nuage.json');
    await recent.add('/d/b.nuage.json');
    expect(await createRecentList(file).list()).toEqual(['/d/b.nuage.json', '/d/a.nuage.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      paths: ['/d/b.nuage.json', '/d/a.nuage.json'],
    });
    expect(await recent.remove('/d/b.nuage.json')).toEqual(['/d/a.nuage.json']);
    expect(await recent.clear()).toEqual([]);
  });

  it('does not lose entries added concurrently', async () => {
    const recent = createRecentList(join(dir, 'recent.json'));
    await Promise.all(['/a', '/b', '/c', '/d'].map((p) => recent.add(p)));
    expect((await recent.list()).sort()).toEqual(['/a', '/b', '/c', '/d']);
  });
});

describe('recovery store', () => {
  it('reads nothing at first, then what was written with its time, then nothing after clear', async () => {
    const file = join(dir, 'recovery.nuage.json');
    const store = createRecoveryStore(file);
    expect(await store.read()).toBeNull();
    const before = Date.now();
    await store.write('{"name":"draft"}');
    const saved = await store.read();
    expect(saved?.text).toBe('{"name":"draft"}');
    expect(Date.parse(saved?.savedAt ?? '')).toBeGreaterThanOrEqual(before - 2000);
    expect(saved?.savedAt).toBe((await stat(file)).mtime.toISOString());
    await store.write('{"name":"draft 2"}');
    expect((await store.read())?.text).toBe('{"name":"draft 2"}');
    await store.clear();
    expect(await store.read()).toBeNull();
    await expect(store.clear()).resolves.toBeUndefined(); // clearing twice is fine
    expect(await readdir(dir)).toEqual([]);
  });
});
