import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog/index';
import { estimateDesign } from '../../../shared/pricing';
import { costCsv, costCsvHeader, csvNumber } from '../../../renderer/src/exporting/costCsv';
import { designBuilder } from '../../support/designBuilder';

// In Paris, where some of the pipeline's meters have no bundled price (unpriced lines to export).
const fraud = { ...templates.find((t) => /fraud/i.test(t.id))!.design, region: 'eu-west-3' };

describe('costCsv', () => {
  const report = estimateDesign(fraud, catalog, priceBooks, { scenarioId: fraud.activeScenarioId });
  const csv = costCsv(report);
  const rows = Papa.parse<string[]>(csv.trim()).data;

  it('has a header row, one row per cost line and a TOTAL row equal to the report total', () => {
    expect(rows[0]).toEqual([...costCsvHeader]);
    const lines = report.nodes.reduce((n, node) => n + node.lines.length, 0);
    const transfer = report.connections.reduce((n, c) => n + c.lines.length, 0);
    expect(rows).toHaveLength(1 + lines + transfer + 1);
    expect(rows.at(-1)?.[0]).toBe('TOTAL');
    expect(Number(rows.at(-1)?.[11])).toBe(report.totalMonthlyUsd);
  });

  it('sums priced lines to the total and leaves unpriced lines empty, never 0', () => {
    const body = rows.slice(1, -1);
    const missing = body.filter((r) => r[12] === 'true');
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(r[11]).toBe('');
    const cents = body.filter((r) => r[12] === 'false').reduce((sum, r) => sum + Number(r[11]) * 100, 0);
    expect(Math.abs(cents - report.totalMonthlyUsd * 100)).toBeLessThan(1);
  });

  it("writes USD amounts with '.' decimals, no exponent and no thousands separator", () => {
    expect(csvNumber(2_000_000)).toBe('2000000');
    expect(csvNumber(0.0000166667)).toBe('0.0000166667');
    expect(csvNumber(1234.5)).toBe('1234.5');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    for (const r of rows.slice(1))
      for (const cell of [r[6], r[8], r[9], r[10], r[11]]) expect(cell ?? '').toMatch(/^(-?\d+(\.\d+)?)?$/);
  });

  it('quotes labels that contain commas or quotes', () => {
    const design = designBuilder('Quoted')
      .node('Api', 'apiGateway', { label: 'Cards, "public" API' })
      .scenario('normal', { loads: [{ nodeId: 'Api', eventsPerMonth: 1000 }] })
      .build();
    const text = costCsv(estimateDesign(design, catalog, priceBooks));
    expect(text).toContain('"Cards, ""public"" API"');
    expect(Papa.parse<string[]>(text.trim()).data[1]?.[1]).toBe('Cards, "public" API');
  });
});
