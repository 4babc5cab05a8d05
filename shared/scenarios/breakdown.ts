/**
 * Flattening cost reports into comparable rows: one row per service, category or node,
 * one value per report, and deltas against a baseline report.
 */
import type { CostReport } from '../pricing/types';
import { categoryNames, type Catalog, type CategoryId, type Lang } from '../service/types';
import { deltaOf, roundUsd, type Delta } from './money';

export type BreakdownLevel = 'service' | 'category' | 'node';

/** One service, category or node across several reports (columns keyed by column id). */
export interface BreakdownRow {
  readonly level: BreakdownLevel;
  /** Service id, category id or node id. */
  readonly key: string;
  readonly label: string;
  /** Monthly USD per column id (0 where absent). */
  readonly values: Readonly<Record<string, number>>;
  /** Delta against the baseline column, per column id. */
  readonly deltas: Readonly<Record<string, Delta>>;
}

/** A report tagged with the id of its column (a scenario id, or 'a' / 'b' for a diff). */
export interface ReportColumn {
  readonly id: string;
  readonly report: CostReport;
}

/** Monthly USD per key at one level of a report. */
export function amountsAt(report: CostReport, level: BreakdownLevel): Record<string, number> {
  if (level === 'service') return { ...report.byService };
  if (level === 'category') {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(report.byCategory)) if (v !== undefined) out[k] = v;
    return out;
  }
  const out: Record<string, number> = {};
  for (const node of report.nodes) out[node.id] = node.monthlyUsd;
  return out;
}

/** Display label of a key at a level, in the user's language. */
export function labelOf(
  level: BreakdownLevel,
  key: string,
  reports: readonly CostReport[],
  catalog: Catalog,
  lang: Lang,
): string {
  if (level === 'category') return categoryNames[key as CategoryId]?.[lang] ?? key;
  if (level === 'service') return catalog[key]?.name[lang] ?? key;
  for (const r of reports) {
    const node = r.nodes.find((n) => n.id === key);
    if (node) return node.label;
  }
  return key;
}

/**
 * Rows for one level across columns, with deltas against `baselineId`; sorted by the
 * largest value in any column, then by key.
 *
 * @example
 * breakdownRows([{ id: 'normal', report: a }, { id: 'peak', report: b }], 'normal', 'service', catalog, 'en')
 * // [{ level: 'service', key: 'lambda', label: 'AWS Lambda', values: { normal: 0.4, peak: 5.2 },
 * //    deltas: { normal: {…, delta: 0}, peak: { baseline: 0.4, value: 5.2, delta: 4.8, pct: 1200 } } }, …]
 */
export function breakdownRows(
  columns: readonly ReportColumn[],
  baselineId: string,
  level: BreakdownLevel,
  catalog: Catalog,
  lang: Lang,
): BreakdownRow[] {
  const amounts = new Map(columns.map((c) => [c.id, amountsAt(c.report, level)]));
  const keys = new Set<string>();
  for (const a of amounts.values()) for (const k of Object.keys(a)) keys.add(k);
  const reports = columns.map((c) => c.report);
  const base = amounts.get(baselineId) ?? {};
  const rows = [...keys].map((key): BreakdownRow => {
    const values: Record<string, number> = {};
    const deltas: Record<string, Delta> = {};
    for (const c of columns) {
      const value = roundUsd(amounts.get(c.id)?.[key] ?? 0);
      values[c.id] = value;
      deltas[c.id] = deltaOf(roundUsd(base[key] ?? 0), value);
    }
    return { level, key, label: labelOf(level, key, reports, catalog, lang), values, deltas };
  });
  const peak = (r: BreakdownRow): number => Math.max(...Object.values(r.values));
  return rows.sort((x, y) => peak(y) - peak(x) || x.key.localeCompare(y.key));
}

/** A row that moved against the baseline in one column. */
export interface Mover {
  readonly level: BreakdownLevel;
  readonly key: string;
  readonly label: string;
  readonly delta: Delta;
}

/**
 * The rows whose value moved most (by absolute USD) in one column, largest first; rows
 * that did not move are left out.
 *
 * @example
 * biggestMovers(nodeRows, 'peak', 3) // [{ key: 'Endpoint', delta: { delta: 412.5, … } }, …]
 */
export function biggestMovers(rows: readonly BreakdownRow[], columnId: string, limit = 5): Mover[] {
  return rows
    .map((r) => ({ level: r.level, key: r.key, label: r.label, delta: r.deltas[columnId] }))
    .filter((m): m is Mover => m.delta !== undefined && Math.abs(m.delta.delta) >= 0.005)
    .sort((a, b) => Math.abs(b.delta.delta) - Math.abs(a.delta.delta) || a.key.localeCompare(b.key))
    .slice(0, limit);
}
