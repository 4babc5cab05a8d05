import { catalog as bundledCatalog, priceBooks as bundledPriceBooks } from '../../catalog';
import type { Design } from '../../shared/model/design';
import { parseDesignText } from '../../shared/model/parse';
import { roundCents } from '../../shared/pricing/money';
import { estimateDesign } from '../../shared/pricing/estimateDesign';
import { compareReports } from '../../shared/scenarios/compare';
import type { Catalog, PriceBook } from '../../shared/service/types';
import { exitCodes, parseArgs, type CliIo, type Command } from '../io';
import { columns, usd } from '../table';

export interface DiffDeps {
  readonly catalog: Catalog;
  readonly priceBooks: Readonly<Record<string, PriceBook>>;
}

const usageText = `Usage: nuage diff <a.nuage.json> <b.nuage.json> [--scenario NAME] [--format table|json]
       nuage diff <design.nuage.json> --scenarios A B [--format table|json]

Prints the monthly cost per service of two designs (or two scenarios of one design) and
the change from the first to the second, in USD and in %.
  --scenario NAME  scenario id or name to price in both files (default: each file's active scenario)
  --scenarios A B  compare two scenarios (ids or names) of one design
  --format F       table (default) or json`;

/** One side of a diff, as printed. */
export interface DiffSide {
  readonly file: string;
  readonly scenario: string | null;
  readonly region: string;
  readonly totalMonthlyUsd: number;
  /** Cost lines without a price in the region (not counted in the total). */
  readonly unpricedLines: number;
}

/** The stable JSON of `nuage diff --format json`; amounts rounded to the cent, % to 0.01. */
export interface DiffJson {
  readonly currency: 'USD';
  readonly a: DiffSide;
  readonly b: DiffSide;
  readonly total: DiffAmounts;
  readonly services: readonly ({ readonly service: string; readonly name: string } & DiffAmounts)[];
}

interface DiffAmounts {
  readonly a: number;
  readonly b: number;
  readonly delta: number;
  /** null when a is 0. */
  readonly pct: number | null;
}

class InputError extends Error {}

/** Reads and parses a design file, throwing an InputError with a readable message. */
export async function readDesign(file: string, io: CliIo): Promise<Design> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => `  ${file}${i.path ? ` at ${i.path}` : ''}: ${i.message}`);
    throw new InputError(`${file} is not a valid Nuage design:\n${issues.join('\n')}`);
  }
  return parsed.value;
}

/** The id of the scenario named `wanted` (by id or name); throws an InputError listing the choices. */
export function findScenario(design: Design, wanted: string, file: string): string {
  const found =
    design.scenarios.find((s) => s.id === wanted) ?? design.scenarios.find((s) => s.name === wanted);
  if (found) return found.id;
  const names = design.scenarios.map((s) => `${s.id} ("${s.name}")`).join(', ') || 'none';
  throw new InputError(`${file} has no scenario "${wanted}" (scenarios: ${names})`);
}

const amounts = (a: number, b: number, delta: number, pct: number | null): DiffAmounts => ({
  a: roundCents(a),
  b: roundCents(b),
  delta: roundCents(delta),
  pct: pct === null ? null : Math.round(pct * 100) / 100,
});

interface Side {
  readonly file: string;
  readonly design: Design;
  readonly scenarioId: string | undefined;
}

/** Prices both sides and lines up their services (shared/scenarios does the comparison). */
export function diffDesigns(a: Side, b: Side, deps: DiffDeps): DiffJson {
  const price = (s: Side) =>
    estimateDesign(
      s.design,
      deps.catalog,
      deps.priceBooks,
      s.scenarioId !== undefined ? { scenarioId: s.scenarioId } : {},
    );
  const ra = price(a);
  const rb = price(b);
  const c = compareReports(
    [
      { id: 'a', report: ra },
      { id: 'b', report: rb },
    ],
    'a',
    deps.catalog,
  );
  const side = (s: Side, r: typeof ra, index: number): DiffSide => ({
    file: s.file,
    scenario: r.scenarioName,
    region: r.region,
    totalMonthlyUsd: roundCents(r.totalMonthlyUsd),
    unpricedLines: c.scenarios[index]!.unpricedLines,
  });
  const total = c.scenarios[1]!.delta;
  return {
    currency: 'USD',
    a: side(a, ra, 0),
    b: side(b, rb, 1),
    total: amounts(total.baseline, total.value, total.delta, total.pct),
    services: c.services.map((row) => {
      const d = row.deltas['b']!;
      return { service: row.key, name: row.label, ...amounts(d.baseline, d.value, d.delta, d.pct) };
    }),
  };
}

const signedUsd = (n: number): string => (n > 0 ? `+${usd(n)}` : usd(n));
const signedPct = (x: DiffAmounts): string =>
  x.pct === null
    ? x.b === 0
      ? '-'
      : 'new'
    : `${x.pct > 0 ? '+' : ''}${x.pct.toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;

/** The diff as an aligned text table: one row per service, then the total. */
export function formatDiffTable(json: DiffJson): string {
  const title = (s: DiffSide) =>
    `${s.file}${s.scenario ? ` (scenario "${s.scenario}", ${s.region})` : ` (${s.region})`}`;
  const header = ['Service', 'A', 'B', 'Change', 'Change %'];
  const row = (name: string, x: DiffAmounts) => [name, usd(x.a), usd(x.b), signedUsd(x.delta), signedPct(x)];
  const rows = json.services.map((s) => row(`${s.name} (${s.service})`, s));
  const total = row('Total', json.total);
  const { render, rule } = columns([header, total, ...rows], (c) => c > 0);
  return [
    `A: ${title(json.a)}`,
    `B: ${title(json.b)}`,
    'USD per month',
    '',
    render(header),
    rule,
    ...rows.map(render),
    rule,
    render(total),
    ...(['a', 'b'] as const)
      .filter((k) => json[k].unpricedLines > 0)
      .map(
        (k) =>
          `Note: ${k.toUpperCase()} has ${json[k].unpricedLines} cost line(s) without a price in ${json[k].region}, not counted: see \`nuage estimate\`.`,
      ),
    '',
  ].join('\n');
}

/** Runs the diff command with a given catalog (tests pass their own). */
export async function runDiff(args: readonly string[], io: CliIo, deps: DiffDeps): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const format = flags['format'] ?? 'table';
  const bad = (why: string): number => {
    io.stderr(`nuage diff: ${why}\n\n${usageText}\n`);
    return exitCodes.usage;
  };
  if (format !== 'table' && format !== 'json') return bad(`unknown format "${String(format)}"`);
  for (const flag of Object.keys(flags))
    if (!['scenario', 'scenarios', 'format'].includes(flag) || flags[flag] === true)
      return bad(`bad option --${flag}`);
  try {
    let json: DiffJson;
    const pair = flags['scenarios'];
    if (typeof pair === 'string') {
      // `--scenarios A B` (parsed as --scenarios A plus a positional B) or `--scenarios A,B`.
      const names = pair.includes(',') ? pair.split(',') : [pair, ...positional.slice(1)];
      const file = positional[0];
      if (file === undefined || names.length !== 2 || positional.length > (pair.includes(',') ? 1 : 2))
        return bad('--scenarios takes one design file and two scenario names');
      if (flags['scenario'] !== undefined) return bad('use either --scenario or --scenarios');
      const design = await readDesign(file, io);
      const [a, b] = names.map((n) => findScenario(design, n.trim(), file)) as [string, string];
      json = diffDesigns({ file, design, scenarioId: a }, { file, design, scenarioId: b }, deps);
    } else {
      if (positional.length !== 2) return bad('give two design files (or one with --scenarios A B)');
      const [fa, fb] = positional as [string, string];
      const [da, db] = await Promise.all([readDesign(fa, io), readDesign(fb, io)]);
      const wanted = flags['scenario'];
      const pick = (d: Design, f: string) =>
        typeof wanted === 'string' ? findScenario(d, wanted, f) : undefined;
      json = diffDesigns(
        { file: fa, design: da, scenarioId: pick(da, fa) },
        { file: fb, design: db, scenarioId: pick(db, fb) },
        deps,
      );
    }
    io.stdout(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : formatDiffTable(json));
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`nuage diff: ${error.message}\n`);
    return exitCodes.failed;
  }
}

export const diffCommand: Command = {
  summary: 'per-service cost change between two designs or two scenarios',
  usage: usageText,
  run: (args, io) => runDiff(args, io, { catalog: bundledCatalog, priceBooks: bundledPriceBooks }),
};
