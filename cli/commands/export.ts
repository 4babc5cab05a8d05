import { catalog as bundledCatalog } from '../../catalog';
import { bodySizeProblems, toJson, toTemplate, toYaml } from '../../shared/cloudformation';
import { parseDesignText } from '../../shared/model/parse';
import type { Catalog } from '../../shared/service/types';
import type { Problem } from '../../shared/validation/problem';
import { exitCodes, parseArgs, type CliIo, type Command } from '../io';

const usageText = `Usage: nuage export <design.nuage.json> [--format yaml|json] [-o stack.yaml] [--force]

Writes the CloudFormation template of a design (to stdout, or to the -o file).
  --format F    yaml (default, short-form intrinsics) or json
  -o, --output  file to write; left untouched when the export fails
  --force       write even when the design has errors (connections no rule allows...)
Problems that would make the stack fail are printed on stderr, errors first.`;

/** `-o x` is `--output x`. */
export function normalizeShortFlags(args: readonly string[]): string[] {
  return args.map((a) => (a === '-o' ? '--output' : a));
}

const describeProblem = (p: Problem): string =>
  `  ${p.severity}: ${p.message}${p.nodeId ? ` (node ${p.nodeId})` : p.connectionId ? ` (connection ${p.connectionId})` : ''}`;

/** Runs the export command with a given catalog (tests pass their own). */
export async function runExport(args: readonly string[], io: CliIo, catalog: Catalog): Promise<number> {
  const { positional, flags } = parseArgs(normalizeShortFlags(args), ['help', 'force']);
  const file = positional[0];
  const format = flags['format'] ?? 'yaml';
  const output = flags['output'];
  const badFlag = Object.keys(flags).find(
    (f) => !['format', 'output', 'force'].includes(f) || (f !== 'force' && flags[f] === true),
  );
  if (file === undefined || positional.length > 1 || (format !== 'yaml' && format !== 'json') || badFlag) {
    io.stderr(`${badFlag ? `nuage export: bad option --${badFlag}\n\n` : ''}${usageText}\n`);
    return exitCodes.usage;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`nuage export: cannot read ${file}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => `  ${file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`);
    io.stderr(`nuage export: ${file} is not a valid Nuage design:\n${issues.join('\n')}\n`);
    return exitCodes.failed;
  }
  const { template, problems } = toTemplate(parsed.value, catalog);
  const body = format === 'json' ? toJson(template) : toYaml(template);
  const all = [...problems, ...bodySizeProblems(new TextEncoder().encode(body).length)];
  if (all.length > 0) io.stderr(`nuage export: ${file}:\n${all.map(describeProblem).join('\n')}\n`);
  if (all.some((p) => p.severity === 'error') && flags['force'] !== true) {
    io.stderr(`nuage export: not written: fix the errors above or pass --force\n`);
    return exitCodes.failed;
  }
  if (typeof output === 'string') {
    try {
      await io.writeFile(output, body);
    } catch (error) {
      io.stderr(`nuage export: cannot write ${output}: ${(error as Error).message}\n`);
      return exitCodes.failed;
    }
    io.stderr(`nuage export: wrote ${output} (${Object.keys(template.Resources).length} resources)\n`);
  } else io.stdout(body);
  return exitCodes.ok;
}

export const exportCommand: Command = {
  summary: 'write the CloudFormation template of a design (YAML or JSON)',
  usage: usageText,
  run: (args, io) => runExport(args, io, bundledCatalog),
};
