import { catalog as bundledCatalog, priceBooks as bundledPriceBooks } from '../../catalog';
import type { Design } from '../../shared/model/design';
import { parseDesignText } from '../../shared/model/parse';
import { estimateDesign } from '../../shared/pricing/estimateDesign';
import { check } from '../../shared/validation/check';
import { inRegion } from '../../shared/pricing/regions';
import type { Catalog, PriceBook } from '../../shared/service/types';
import { formatTable, toEstimateJson } from '../estimateOutput';
import { printAllScenarios } from './estimateAll';
import { formatRegionsTable, regionsJson } from './estimateRegions';
import { exitCodes, parseArgs, type CliIo, type Command } from '../io';

export interface EstimateDeps {
  readonly catalog: Catalog;
  readonly priceBooks: Readonly<Record<string, PriceBook>>;
}

const usageText = `Usage: nuage estimate <design.nuage.json> [--scenario NAME|all] [--region R|all] [--format table|json]

Prints the monthly cost of a design: per node, per meter, with problems.
  --scenario NAME  scenario id or name (default: the design's active scenario); all = every scenario
  --region R       price in region R instead of the design's / scenario's region;
                   all = the scenario priced in every region with bundled prices
  --format F       table (default) or json`;

/** Runs the estimate command with a given catalog (tests pass their own). */
export async function runEstimate(args: readonly string[], io: CliIo, deps: EstimateDeps): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const file = positional[0];
  const format = flags['format'] ?? 'table';
  if (file === undefined || positional.length > 1 || (format !== 'table' && format !== 'json')) {
    io.stderr(`${usageText}\n`);
    return exitCodes.usage;
  }
  for (const flag of Object.keys(flags))
    if (!['scenario', 'region', 'format'].includes(flag) || flags[flag] === true) {
      io.stderr(`nuage estimate: bad option --${flag}\n\n${usageText}\n`);
      return exitCodes.usage;
    }

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`nuage estimate: cannot read ${file}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => `  ${file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`);
    io.stderr(`nuage estimate: ${file} is not a valid Nuage design:\n${issues.join('\n')}\n`);
    return exitCodes.failed;
  }
  let design: Design = parsed.value;
  const region = flags['region'];
  const wanted = flags['scenario'];
  if (region === 'all' && wanted === 'all') {
    io.stderr(`nuage estimate: --scenario all and --region all cannot be combined\n\n${usageText}\n`);
    return exitCodes.usage;
  }
  if (typeof region === 'string' && region !== 'all') design = inRegion(design, region);

  // Every scenario side by side (cli/commands/estimateAll.ts); JSON keeps one report per scenario.
  if (wanted === 'all' && format === 'table' && design.scenarios.length > 0) {
    io.stdout(printAllScenarios(design, 'table', deps));
    return exitCodes.ok;
  }
  let scenarioIds: (string | undefined)[] = [undefined];
  if (wanted === 'all')
    scenarioIds = design.scenarios.length > 0 ? design.scenarios.map((s) => s.id) : [undefined];
  else if (typeof wanted === 'string') {
    const found = design.scenarios.find((s) => s.id === wanted || s.name === wanted);
    if (!found) {
      const names = design.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ') || 'none';
      io.stderr(`nuage estimate: ${file} has no scenario "${wanted}" (scenarios: ${names})\n`);
      return exitCodes.failed;
    }
    scenarioIds = [found.id];
  }
  // One scenario in every bundled region (cli/commands/estimateRegions.ts).
  if (region === 'all') {
    const json = regionsJson(design, scenarioIds[0], deps);
    io.stdout(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : formatRegionsTable(json));
    return exitCodes.ok;
  }

  const sourceOf = new Map(design.connections.map((c) => [c.id, c.source]));
  // What keeps the design from deploying as drawn (a retired service, one not offered in the
  // region, a refused connection...) is listed with the cost report's problems, first.
  const errors = check(design, deps.catalog).filter((p) => p.severity === 'error');
  const results = scenarioIds.map((scenarioId) => {
    const report = estimateDesign(design, deps.catalog, deps.priceBooks, scenarioId ? { scenarioId } : {});
    return { json: toEstimateJson(report, sourceOf, errors), asOf: report.priceBookAsOf };
  });
  if (format === 'json') {
    const value = wanted === 'all' ? results.map((r) => r.json) : results[0]!.json;
    io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  } else io.stdout(results.map((r) => formatTable(r.json, r.asOf)).join('\n'));
  return exitCodes.ok;
}

export const estimateCommand: Command = {
  summary: 'print the monthly cost of a design (table or JSON)',
  usage: usageText,
  run: (args, io) => runEstimate(args, io, { catalog: bundledCatalog, priceBooks: bundledPriceBooks }),
};
