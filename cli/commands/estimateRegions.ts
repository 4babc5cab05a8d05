import type { Design } from '../../shared/model/design';
import { roundCents } from '../../shared/pricing/money';
import { estimateRegions } from '../../shared/pricing/regions';
import type { Catalog, PriceBook } from '../../shared/service/types';
import { columns, usd } from '../table';

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
  const { render, rule } = columns([header, ...rows], (c) => c === 1);
  return [
    `"${json.design}"${json.scenario ? `, scenario "${json.scenario}"` : ''}, priced in each bundled region`,
    '',
    render(header),
    rule,
    ...rows.map(render),
    '',
  ].join('\n');
}
