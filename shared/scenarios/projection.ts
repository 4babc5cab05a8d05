/**
 * Month-by-month projection of a scenario with its monthly growth: loads × (1 + growth)^m.
 */
import type { Design } from '../model/design';
import { estimateDesign } from '../pricing';
import type { Catalog, Lang, PriceBook } from '../service/types';
import { amountsAt } from './breakdown';
import { meterLabels, reportState, toEvent, transitions, type CurveEvent } from './events';
import { roundUsd } from './money';

export interface ProjectedMonth {
  /** 0 for the first month. */
  readonly monthIndex: number;
  /** Multiplier applied to the entry loads: (1 + growth)^monthIndex. */
  readonly loadMultiplier: number;
  readonly totalMonthlyUsd: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byNode: Readonly<Record<string, number>>;
}

export interface FreeTierEnd {
  readonly meter: string;
  /** "Service — meter" in the language asked for (English by default). */
  readonly label: string;
  /** The same label in every language, for a view that shows the UI's language. */
  readonly labels: Readonly<Record<Lang, string>>;
  /** First month index billed beyond the free allowance (0: already in the first month). */
  readonly monthIndex: number;
}

export interface Projection {
  readonly scenarioId: string;
  readonly currency: 'USD';
  readonly growthPerMonth: number;
  readonly months: readonly ProjectedMonth[];
  /** Sum of the monthly totals over the projected months. */
  readonly totalUsd: number;
  /** Per meter with a free tier, the first month its free allowance is exceeded. */
  readonly freeTierEnds: readonly FreeTierEnd[];
  /** First month (> 0) a meter goes beyond its free tier after being within it; null if none. */
  readonly firstFreeTierExhaustedMonth: number | null;
  /** First month a load-driven quota or capacity warning appears; null if none. */
  readonly firstWarningMonth: number | null;
  /** Capacity steps, tier crossings and warnings, `at` being the month index. */
  readonly events: readonly CurveEvent[];
}

export interface ProjectionOptions {
  readonly scenarioId?: string;
  /** Number of months (default 12). */
  readonly months?: number;
  readonly lang?: Lang;
}

/**
 * Projects a scenario over the coming months.
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * // growth 10 %/month, 1 000 000 requests in month 0 → month 2 carries 1 210 000
 * const p = projectMonths(design, catalog, priceBooks, { scenarioId: 'normal', months: 12 });
 * p.months[2] // { monthIndex: 2, loadMultiplier: 1.21, totalMonthlyUsd: 4.24, … }
 * p.firstFreeTierExhaustedMonth // 3
 */
export function projectMonths(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: ProjectionOptions = {},
): Projection {
  const scenarioId = options.scenarioId ?? design.activeScenarioId ?? design.scenarios[0]?.id;
  const scenario = design.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`No scenario "${scenarioId ?? ''}" to project`);
  const count = Math.max(1, Math.floor(options.months ?? 12));
  const lang = options.lang ?? 'en';
  const labels = new Map(design.nodes.map((n) => [n.id, n.label]));
  const meterLabel = meterLabels(catalog);

  const zero = reportState(
    estimateDesign(design, catalog, priceBooks, { scenarioId: scenario.id, loadFactor: 0 }),
    priceBooks,
  );
  const structural = new Set(zero.problems.keys());
  const months: ProjectedMonth[] = [];
  const events: CurveEvent[] = [];
  const freeTierEnds = new Map<string, FreeTierEnd>();
  let firstWarningMonth: number | null = null;
  let previous = zero;
  for (let m = 0; m < count; m++) {
    const report = estimateDesign(design, catalog, priceBooks, { scenarioId: scenario.id, monthIndex: m });
    const state = reportState(report, priceBooks);
    months.push({
      monthIndex: m,
      loadMultiplier: Number(((1 + scenario.growthPerMonth) ** m).toPrecision(12)),
      totalMonthlyUsd: roundUsd(report.totalMonthlyUsd),
      byCategory: amountsAt(report, 'category'),
      byNode: amountsAt(report, 'node'),
    });
    for (const [meter, s] of state.meters) {
      if (s.free !== null && s.quantity > s.free + 1e-9 && !freeTierEnds.has(meter)) {
        const labels = meterLabel.get(meter) ?? { en: meter, fr: meter };
        freeTierEnds.set(meter, { meter, label: labels[lang], labels, monthIndex: m });
      }
    }
    if (firstWarningMonth === null && [...state.problems.keys()].some((k) => !structural.has(k)))
      firstWarningMonth = m;
    // Month 0 is compared with zero load, so what already holds at the start is reported at 0.
    for (const t of transitions(previous, state, catalog, labels, structural))
      if (t.kind !== 'freeTierExhausted') events.push(toEvent(t, m, state, lang));
    previous = state;
  }
  const ends = [...freeTierEnds.values()].sort(
    (a, b) => a.monthIndex - b.monthIndex || a.meter.localeCompare(b.meter),
  );
  const later = ends.filter((e) => e.monthIndex > 0);
  return {
    scenarioId: scenario.id,
    currency: 'USD',
    growthPerMonth: scenario.growthPerMonth,
    months,
    totalUsd: roundUsd(months.reduce((sum, m) => sum + m.totalMonthlyUsd, 0)),
    freeTierEnds: ends,
    firstFreeTierExhaustedMonth: later[0]?.monthIndex ?? null,
    firstWarningMonth,
    events,
  };
}
