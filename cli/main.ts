import { readFile, writeFile } from 'node:fs/promises';
import { diffCommand } from './commands/diff';
import { estimateCommand } from './commands/estimate';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { exitCodes, type CliIo, type Command } from './io';

/**
 * The registered commands. Other commands plug in here with one line each:
 * `export` and `import` (CloudFormation), `diff` (scenarios).
 */
const commands: Readonly<Record<string, Command>> = {
  estimate: estimateCommand,
  diff: diffCommand,
  export: exportCommand,
  import: importCommand,
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: nuage <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `nuage <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};

/**
 * Runs `nuage <command> ...args` and resolves to the process exit code.
 *
 * @example
 * process.exitCode = await runCli(['estimate', 'fraud.nuage.json', '--format', 'json']);
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`nuage: unknown command "${name}"\n\n${usage()}`);
    return exitCodes.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`nuage ${name}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
}
