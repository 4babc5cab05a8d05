import type { CliIo } from '../../cli/io';

/**
 * A CLI `io` over an in-memory file system, with captured output. Reads of a missing
 * path fail as Node would (ENOENT); writes go into `files` itself, so a test can read
 * back what a command wrote.
 *
 * @example
 * const { io, out } = memoryIo({ 'a.nuage.json': JSON.stringify(design) });
 * await runCli(['estimate', 'a.nuage.json'], io, deps);
 * expect(out.stderr).toBe('');
 */
export function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    writeFile: async (path, text) => void (files[path] = text),
  };
  return { io, out };
}
