/** What a command may touch: its output streams and files. Tests pass an in-memory io. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

/** One `nuage <command>`: a summary for the usage text and a run returning the exit code. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 ok, 1 bad input file or failed command, 2 bad command line. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/**
 * Parses `a b --flag value --switch --key=value`. Flags listed in `switches` take no value.
 *
 * @example
 * parseArgs(['d.json', '--format', 'json']) // { positional: ['d.json'], flags: { format: 'json' } }
 */
export function parseArgs(args: readonly string[], switches: readonly string[] = ['help']): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-h') flags['help'] = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) flags[arg.slice(2, eq)] = arg.slice(eq + 1);
      else {
        const name = arg.slice(2);
        const next = args[i + 1];
        if (switches.includes(name) || next === undefined || next.startsWith('--')) flags[name] = true;
        else {
          flags[name] = next;
          i++;
        }
      }
    } else positional.push(arg);
  }
  return { positional, flags };
}
