import { catalog as bundledCatalog } from '../../catalog';
import { fromTemplate } from '../../shared/cloudformation';
import { serializeDesign } from '../../shared/model/parse';
import type { Catalog } from '../../shared/service/types';
import { exitCodes, parseArgs, type CliIo, type Command } from '../io';
import { normalizeShortFlags } from './export';

const usageText = `Usage: nuage import <template.yaml|json> [-o design.nuage.json] [--name NAME] [--region R]

Turns a CloudFormation template into a Nuage design (to stdout, or to the -o file).
  -o, --output  file to write; left untouched when the import fails
  --name NAME   design name (default: the template's Description)
  --region R    design region (default: us-east-1)
What became of each resource (node, part of a node, connection, group, unsupported) is
summarised on stderr; unsupported resources are listed one by one.`;

/** Runs the import command with a given catalog (tests pass their own). */
export async function runImport(args: readonly string[], io: CliIo, catalog: Catalog): Promise<number> {
  const { positional, flags } = parseArgs(normalizeShortFlags(args));
  const file = positional[0];
  const badFlag = Object.keys(flags).find(
    (f) => !['output', 'name', 'region'].includes(f) || flags[f] === true,
  );
  if (file === undefined || positional.length > 1 || badFlag) {
    io.stderr(`${badFlag ? `nuage import: bad option --${badFlag}\n\n` : ''}${usageText}\n`);
    return exitCodes.usage;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`nuage import: cannot read ${file}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const name = flags['name'];
  const region = flags['region'];
  const result = await fromTemplate(text, catalog, {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof region === 'string' ? { region } : {}),
  });
  if (!result.ok) {
    const issues = result.issues.map((i) => `  ${file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`);
    io.stderr(`nuage import: ${file} cannot be imported:\n${issues.join('\n')}\n`);
    return exitCodes.failed;
  }
  const { design, report } = result.value;
  const count = (outcome: string): number => report.resources.filter((r) => r.outcome === outcome).length;
  const lines = [
    `nuage import: ${file}: ${report.resources.length} resources → ${design.nodes.length} nodes, ${design.connections.length} connections, ${design.groups.length} groups`,
    `  ${count('part')} parts of nodes, ${count('connection')} wiring, ${count('network')} network, ${report.unsupported.length} unsupported`,
    ...report.unsupported.map((r) => `  unsupported: ${r.logicalId} (${r.type}): ${r.detail}`),
    ...report.notes.map((n) => `  note: ${n}`),
  ];
  io.stderr(`${lines.join('\n')}\n`);
  const body = serializeDesign(design);
  const output = flags['output'];
  if (typeof output === 'string') {
    try {
      await io.writeFile(output, body);
    } catch (error) {
      io.stderr(`nuage import: cannot write ${output}: ${(error as Error).message}\n`);
      return exitCodes.failed;
    }
  } else io.stdout(body);
  return exitCodes.ok;
}

export const importCommand: Command = {
  summary: 'turn a CloudFormation template into a design',
  usage: usageText,
  run: (args, io) => runImport(args, io, bundledCatalog),
};
