import type { Design } from '../../shared/model/design';
import { roundCents } from '../../shared/pricing/money';
import { estimateRegions } from '../../shared/pricing/regions';
import type { Catalog, PriceBook } from '../../shared/service/types';

export interface RegionsJson {
  readonly design: string;
  readonly scenario: string | null;
  readonly currency: 'USD';
  readonly regions: readonly {
    readonly region: string;
    /** Priced lines only: unpriced lines are not counted. */
    readonly totalMonthlyUsd: number;
    readonly unpricedLines: number;
    readonly lines: number;
    readonly priceBookAsOf: string;
  }[];
}

const usd = (n: number): string =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** One scenario of a design priced in every bundled region (`nuage estimate --region all`). */
export function regionsJson(
  design: Design,
  scenarioId: string | undefined,
  deps: { readonly catalog: Catalog; readonly priceBooks: Readonly<Record<string, PriceBook>> },
): RegionsJson {
  const scenario = design.scenarios.find((s) => s.id === (scenarioId ?? design.activeScenarioId));
  return {
    design: design.name,
    scenario: scenario?.name ?? null,
    currency: 'USD',
    regions: estimateRegions(design, deps.catalog, deps.priceBooks, scenarioId ? { scenarioId } : {}).map(
      (r) => ({ ...r, totalMonthlyUsd: roundCents(r.totalMonthlyUsd) }),
    ),
  };
}

/** The text table of `regionsJson`: cheapest first is left to the reader; regions sorted by code. */
export function formatRegionsTable(json: RegionsJson): string {
  const header = ['Region', 'USD per month', 'Unpriced lines (not counted)', 'Prices as of'];
  const rows = json.regions.map((r) => [
    r.region,
    usd(r.totalMonthlyUsd),
    r.unpricedLines > 0 ? `${r.unpricedLines} of ${r.lines}` : 'none',
    r.priceBookAsOf,
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const render = (row: readonly string[]) =>
    row
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [
    `"${json.design}"${json.scenario ? `, scenario "${json.scenario}"` : ''}, priced in each bundled region`,
    '',
    render(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(render),
    '',
  ].join('\n');
}
