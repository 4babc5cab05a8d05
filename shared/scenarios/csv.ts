/**
 * CSV exports that open cleanly in any spreadsheet: a header row, one currency (USD,
 * named in a column), numbers with '.' as decimal mark and no thousands separator, fields
 * quoted per RFC 4180, CRLF line ends.
 */
import type { ScenarioComparison } from './compare';
import type { Projection } from './projection';

/**
 * Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
 *
 * @example
 * csvField('Peak, "Black Friday"') // '"Peak, ""Black Friday"""'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A number as plain decimal text: no exponent, no grouping, at most 6 decimals.
 *
 * @example
 * csvNumber(1234567.5) // '1234567.5'
 * csvNumber(1e-7)      // '0'
 * csvNumber(null)      // ''
 */
export function csvNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const fixed = value.toFixed(6).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The comparison as CSV: a row per total, category, service and node; a column per
 * scenario, then the delta against the baseline in USD and in % for each other scenario.
 *
 * @example
 * comparisonToCsv(compareScenarios(design, catalog, priceBooks))
 * // 'Level,Id,Name,Currency,Normal,Peak,Peak − Normal,Peak − Normal (%)\r\ntotal,total,Total,USD,412.3,3120.9,2708.6,656.94\r\n…'
 */
export function comparisonToCsv(comparison: ScenarioComparison): string {
  const baseline = comparison.scenarios.find((s) => s.id === comparison.baselineId);
  const others = comparison.scenarios.filter((s) => s.id !== comparison.baselineId);
  const header = ['Level', 'Id', 'Name', 'Currency', ...comparison.scenarios.map((s) => s.name)];
  for (const s of others)
    header.push(`${s.name} − ${baseline?.name ?? ''}`, `${s.name} − ${baseline?.name ?? ''} (%)`);
  const rows: string[][] = [header];
  const totalRow = [
    'total',
    'total',
    'Total',
    comparison.currency,
    ...comparison.scenarios.map((s) => csvNumber(s.totalMonthlyUsd)),
  ];
  for (const s of others) totalRow.push(csvNumber(s.delta.delta), csvNumber(s.delta.pct));
  rows.push(totalRow);
  for (const r of [...comparison.categories, ...comparison.services, ...comparison.nodes]) {
    const row = [
      r.level,
      r.key,
      r.label,
      comparison.currency,
      ...comparison.scenarios.map((s) => csvNumber(r.values[s.id] ?? 0)),
    ];
    for (const s of others)
      row.push(csvNumber(r.deltas[s.id]?.delta ?? 0), csvNumber(r.deltas[s.id]?.pct ?? null));
    rows.push(row);
  }
  return toCsv(rows);
}

/**
 * The projection as CSV: one row per month (1-based), the load multiplier, the total and
 * one column per category.
 *
 * @example
 * projectionToCsv(projectMonths(design, catalog, priceBooks))
 * // 'Month,Load multiplier,Currency,Total,compute,storage\r\n1,1,USD,4,3.2,0.8\r\n2,1.1,USD,…'
 */
export function projectionToCsv(projection: Projection): string {
  const categories = [...new Set(projection.months.flatMap((m) => Object.keys(m.byCategory)))].sort();
  const rows: string[][] = [['Month', 'Load multiplier', 'Currency', 'Total', ...categories]];
  for (const m of projection.months)
    rows.push([
      String(m.monthIndex + 1),
      csvNumber(m.loadMultiplier),
      projection.currency,
      csvNumber(m.totalMonthlyUsd),
      ...categories.map((c) => csvNumber(m.byCategory[c] ?? 0)),
    ]);
  return toCsv(rows);
}
