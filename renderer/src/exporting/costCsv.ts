/**
 * The cost report as CSV: one row per cost line, a header row, amounts in USD with '.'
 * decimals and no thousands separators, unpriced lines with an empty amount and
 * missing_price=true (never 0), then a TOTAL row.
 */
import Papa from 'papaparse';
import type { CostLine, CostReport } from '../../../shared/pricing';

export const costCsvHeader = [
  'node_id',
  'node_label',
  'service',
  'category',
  'meter',
  'description',
  'quantity',
  'unit',
  'list_price_usd',
  'per',
  'free_quantity',
  'monthly_usd',
  'missing_price',
] as const;

/** A plain decimal: no exponent, no thousands separator, at most 10 decimals. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return value.toFixed(0);
  return value.toFixed(10).replace(/\.?0+$/, '');
}

/** The columns from `meter` on, the same for a node's line and a connection's. */
function lineCells(line: CostLine): string[] {
  return [
    line.meter,
    line.label,
    csvNumber(line.quantity),
    line.unit,
    line.missingPrice ? '' : csvNumber(line.listPriceUsd),
    csvNumber(line.per),
    csvNumber(line.freeQuantity),
    line.missingPrice ? '' : csvNumber(line.monthlyUsd),
    line.missingPrice ? 'true' : 'false',
  ];
}

export function costCsv(report: CostReport): string {
  const rows: string[][] = [[...costCsvHeader]];
  for (const node of report.nodes)
    for (const line of node.lines)
      rows.push([node.id, node.label, node.service, node.category, ...lineCells(line)]);
  // Data transfer is priced on the connections that carry it.
  for (const connection of report.connections)
    for (const line of connection.lines)
      rows.push([connection.id, connection.id, 'connection', 'networking', ...lineCells(line)]);
  rows.push(['TOTAL', '', '', '', '', '', '', '', '', '', '', csvNumber(report.totalMonthlyUsd), '']);
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
