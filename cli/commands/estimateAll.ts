import type { Design } from '../../shared/model/design';
import { roundCents } from '../../shared/pricing/money';
import { compareScenarios, type ScenarioComparison } from '../../shared/scenarios/compare';
import type { Catalog, PriceBook } from '../../shared/service/types';
import { columns, usd } from '../table';

/**
 * `nuage estimate <design> --scenario all`: every scenario side by side, one row per
 * service, one column per scenario, the total, and each total's change against the
 * design's active scenario. Figures come from shared/scenarios' comparison.
 */
export interface AllScenariosDeps {
  readonly catalog: Catalog;
  readonly priceBooks: Readonly<Record<string, PriceBook>>;
}

/** The side-by-side JSON: amounts rounded to the cent, percentages to 0.01. */
export interface AllScenariosJson {
  readonly design: string;
  readonly currency: 'USD';
  readonly baseline: string;
  readonly scenarios: readonly {
    readonly id: string;
    readonly name: string;
    readonly region: string;
    readonly totalMonthlyUsd: number;
    readonly changeUsd: number;
    readonly changePct: number | null;
    /** Cost lines without a price in the region (not counted in the total). */
    readonly unpricedLines: number;
  }[];
  /** One row per service: monthly USD keyed by scenario id. */
  readonly services: readonly {
    readonly service: string;
    readonly name: string;
    readonly monthlyUsd: Record<string, number>;
    /** Per scenario id: cost lines of this service without a price (present only when > 0). */
    readonly unpricedLines?: Record<string, number>;
  }[];
}

/** Prices every scenario of a design and lays them out side by side. */
export function allScenariosJson(design: Design, deps: AllScenariosDeps): AllScenariosJson {
  return toJson(design, compareScenarios(design, deps.catalog, deps.priceBooks));
}

function toJson(design: Design, c: ScenarioComparison): AllScenariosJson {
  return {
    design: design.name,
    currency: 'USD',
    baseline: c.baselineId,
    scenarios: c.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      region: s.region,
      totalMonthlyUsd: roundCents(s.totalMonthlyUsd),
      changeUsd: roundCents(s.delta.delta),
      changePct: s.delta.pct === null ? null : Math.round(s.delta.pct * 100) / 100,
      unpricedLines: s.unpricedLines,
    })),
    services: c.services.map((r) => {
      const monthlyUsd: Record<string, number> = {};
      const unpricedLines: Record<string, number> = {};
      for (const s of c.scenarios) {
        monthlyUsd[s.id] = roundCents(r.values[s.id] ?? 0);
        let missing = 0;
        for (const node of c.reports[s.id]?.nodes ?? [])
          if (node.service === r.key) for (const line of node.lines) if (line.missingPrice) missing++;
        if (missing > 0) unpricedLines[s.id] = missing;
      }
      return {
        service: r.key,
        name: r.label,
        monthlyUsd,
        ...(Object.keys(unpricedLines).length > 0 ? { unpricedLines } : {}),
      };
    }),
  };
}

/** The side-by-side table (text) of a design's scenarios. */
export function formatAllScenariosTable(json: AllScenariosJson): string {
  const base = json.scenarios.find((s) => s.id === json.baseline);
  const header = ['Service', ...json.scenarios.map((s) => s.name)];
  const regions = ['Region', ...json.scenarios.map((s) => s.region)];
  const rows = json.services.map((r) => [
    `${r.name} (${r.service})`,
    // A service with unpriced lines is not free: "+ ?" says part of its cost is unknown.
    ...json.scenarios.map((s) => `${usd(r.monthlyUsd[s.id] ?? 0)}${r.unpricedLines?.[s.id] ? ' + ?' : ''}`),
  ]);
  const total = ['Total', ...json.scenarios.map((s) => usd(s.totalMonthlyUsd))];
  const change = [
    `Change vs ${base?.name ?? json.baseline}`,
    ...json.scenarios.map((s) =>
      s.id === json.baseline
        ? '-'
        : `${s.changeUsd > 0 ? '+' : ''}${usd(s.changeUsd)}${s.changePct === null ? '' : ` (${s.changePct > 0 ? '+' : ''}${s.changePct.toFixed(1)} %)`}`,
    ),
  ];
  const unpriced = ['Unpriced lines (not counted)', ...json.scenarios.map((s) => String(s.unpricedLines))];
  const showUnpriced = json.scenarios.some((s) => s.unpricedLines > 0);
  const all = [header, regions, ...rows, total, change, ...(showUnpriced ? [unpriced] : [])];
  const { render, rule } = columns(all, (c) => c > 0);
  return [
    `All scenarios of "${json.design}", USD per month`,
    '',
    render(header),
    render(regions),
    rule,
    ...rows.map(render),
    rule,
    render(total),
    render(change),
    ...(showUnpriced ? [render(unpriced)] : []),
    '',
  ].join('\n');
}

/**
 * Prints every scenario side by side in the given format; the estimate command calls it for
 * `--scenario all`.
 */
export function printAllScenarios(design: Design, format: 'table' | 'json', deps: AllScenariosDeps): string {
  const json = allScenariosJson(design, deps);
  return format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : formatAllScenariosTable(json);
}
