import type { CostLine, CostReport } from '../shared/pricing/types';
import { uniqueProblems, type Problem } from '../shared/validation/problem';
import { roundCents } from '../shared/pricing/money';
import { columns, usd } from './table';

/** The stable JSON of `nuage estimate --format json` (scripts and CI depend on it). */
export interface EstimateJson {
  readonly region: string;
  readonly scenario: string | null;
  readonly currency: 'USD';
  readonly totalMonthlyUsd: number;
  readonly nodes: readonly {
    readonly id: string;
    readonly service: string;
    readonly monthlyUsd: number;
    readonly lines: readonly {
      readonly meter: string;
      readonly quantity: number;
      readonly unit: string;
      /** null when the meter has no price in the region (the line is not counted). */
      readonly unitPriceUsd: number | null;
      readonly monthlyUsd: number | null;
      /** Present (true) when the price is the user's (the design's priceOverrides). */
      readonly userPrice?: true;
    }[];
  }[];
  readonly problems: readonly {
    readonly severity: string;
    readonly nodeId?: string;
    readonly message: string;
  }[];
}

/**
 * The report in the CLI's JSON shape. Data-transfer lines of a connection are listed under
 * its source node (AWS bills the transfer to the sender) so node totals add up to the total.
 * Dollar amounts are rounded to the cent; unit prices are not.
 */
export function toEstimateJson(
  report: CostReport,
  sourceOf: ReadonlyMap<string, string>,
  designErrors: readonly Problem[] = [],
): EstimateJson {
  const extra = new Map<string, CostLine[]>();
  for (const conn of report.connections) {
    const source = sourceOf.get(conn.id);
    if (source === undefined) continue;
    extra.set(source, [...(extra.get(source) ?? []), ...conn.lines]);
  }
  return {
    region: report.region,
    scenario: report.scenarioName,
    currency: 'USD',
    totalMonthlyUsd: roundCents(report.totalMonthlyUsd),
    nodes: report.nodes.map((node) => {
      const lines = [...node.lines, ...(extra.get(node.id) ?? [])];
      let micros = 0;
      for (const l of lines) if (!l.missingPrice) micros += Math.round(l.monthlyUsd * 1e6);
      return {
        id: node.id,
        service: node.service,
        monthlyUsd: roundCents(micros / 1e6),
        lines: lines.map((l) => ({
          meter: l.meter,
          quantity: l.quantity,
          unit: l.unit,
          unitPriceUsd: l.missingPrice ? null : Number(l.unitPriceUsd.toPrecision(12)),
          monthlyUsd: l.missingPrice ? null : roundCents(l.monthlyUsd),
          ...(l.userPrice ? { userPrice: true as const } : {}),
        })),
      };
    }),
    problems: uniqueProblems([...designErrors, ...report.problems]).map((p) => ({
      severity: p.severity,
      ...(p.nodeId !== undefined ? { nodeId: p.nodeId } : {}),
      message: p.message,
    })),
  };
}

/** An effective unit price a reader can compare with the AWS page: $0.015, $1.75 / 1M, $0.4 / 1K. */
const unitPrice = (n: number) => {
  if (n === 0) return '$0';
  const scaled = (value: number, suffix: string) =>
    `$${value.toLocaleString('en-US', { maximumSignificantDigits: 4, maximumFractionDigits: 12 })}${suffix}`;
  if (n >= 0.01) return scaled(n, '');
  if (n * 1e3 >= 0.01) return scaled(n * 1e3, ' / 1K');
  return scaled(n * 1e6, ' / 1M');
};
const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 3 : 0 });

/**
 * The report as an aligned text table: one row per line, node subtotals, total, problems.
 * A line priced by the user's own price says "(your price)" after its unit price.
 */
export function formatTable(json: EstimateJson, asOf: string): string {
  const header = ['Node', 'Service', 'Meter', 'Quantity', 'Unit', 'Effective price', 'Monthly'];
  const rows: string[][] = [];
  for (const node of json.nodes) {
    if (node.lines.length === 0) rows.push([node.id, node.service, '-', '', '', '', usd(0)]);
    node.lines.forEach((l, i) =>
      rows.push([
        i === 0 ? node.id : '',
        i === 0 ? node.service : '',
        l.meter,
        count(l.quantity),
        l.unit,
        l.unitPriceUsd === null
          ? 'no price'
          : `${unitPrice(l.unitPriceUsd)}${l.userPrice ? ' (your price)' : ''}`,
        l.monthlyUsd === null ? 'missing' : usd(l.monthlyUsd),
      ]),
    );
    if (node.lines.length > 1) rows.push(['', '', '', '', '', 'subtotal', usd(node.monthlyUsd)]);
  }
  rows.push(['Total', '', '', '', '', '', usd(json.totalMonthlyUsd)]);
  const right = new Set([3, 5, 6]);
  const { render, rule } = columns([header, ...rows], (c) => right.has(c));
  const title = `${json.scenario ? `Scenario "${json.scenario}"` : 'No scenario'} in ${json.region}, USD per month${asOf ? ` (prices as of ${asOf})` : ''}`;
  const out = [
    title,
    '',
    render(header),
    rule,
    ...rows.slice(0, -1).map(render),
    rule,
    render(rows[rows.length - 1]!),
  ];
  if (json.problems.length > 0) {
    out.push('', 'Problems:');
    for (const p of json.problems)
      out.push(`  ${p.severity.padEnd(7)} ${p.nodeId ? `${p.nodeId}: ` : ''}${p.message}`);
  }
  return `${out.join('\n')}\n`;
}
