import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  compareScenarios,
  comparisonToCsv,
  csvField,
  csvNumber,
  projectionToCsv,
  projectMonths,
  renameScenario,
  updateScenario,
} from '../../../shared/scenarios';
import { testCatalog, testDesign, testPriceBooks } from './fixtures';

const parse = (csv: string): string[][] => {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};
const plainNumber = /^-?\d+(\.\d+)?$/;

describe('CSV export', () => {
  it('quotes per RFC 4180 and writes plain numbers', () => {
    expect(csvField('Peak, "Black Friday"')).toBe('"Peak, ""Black Friday"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
    expect(csvNumber(1234567.5)).toBe('1234567.5');
    expect(csvNumber(1e-7)).toBe('0');
    expect(csvNumber(-0.0000001)).toBe('0');
    expect(csvNumber(2.5e21 / 1e12)).toBe('2500000000');
    expect(csvNumber(null)).toBe('');
  });

  it('round-trips the comparison through a CSV parser', () => {
    // A name with a comma and quotes, and a load big enough for thousands (20 G events).
    let design = renameScenario(testDesign(), 'peak', 'Peak, "Black Friday"');
    design = updateScenario(design, 'peak', {
      loads: [{ nodeId: 'Api', eventsPerMonth: 2e10, peakPerSecond: 50, payloadBytes: 1024 }],
    });
    const c = compareScenarios(design, testCatalog, testPriceBooks, {
      baselineId: 'normal',
      scenarioIds: ['normal', 'peak'],
    });
    const csv = comparisonToCsv(c);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv);
    expect(rows[0]).toEqual([
      'Level',
      'Id',
      'Name',
      'Currency',
      'Normal',
      'Peak, "Black Friday"',
      'Peak, "Black Friday" − Normal',
      'Peak, "Black Friday" − Normal (%)',
    ]);
    const peak = c.scenarios[1]!;
    expect(peak.totalMonthlyUsd).toBeGreaterThan(1000);
    expect(rows[1]).toEqual([
      'total',
      'total',
      'Total',
      'USD',
      '83',
      String(peak.totalMonthlyUsd),
      String(peak.delta.delta),
      csvNumber(peak.delta.pct),
    ]);
    expect(rows).toHaveLength(1 + 1 + c.categories.length + c.services.length + c.nodes.length);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(8);
      expect(row[3]).toBe('USD');
      for (const cell of row.slice(4)) expect(cell).toMatch(plainNumber);
    }
    const store = rows.find((r) => r[0] === 'node' && r[1] === 'Store')!;
    expect(store.slice(4).map(Number)).toEqual([
      7,
      c.nodes.find((n) => n.key === 'Store')!.values['peak'],
      c.nodes.find((n) => n.key === 'Store')!.deltas['peak']!.delta,
      c.nodes.find((n) => n.key === 'Store')!.deltas['peak']!.pct,
    ]);
  });

  it('leaves the percentage empty where the baseline is 0', () => {
    const design = testDesign();
    const idle = { ...design.scenarios[0]!, id: 'idle', name: 'Idle', loads: [] };
    const c = compareScenarios(
      { ...design, scenarios: [idle, ...design.scenarios] },
      testCatalog,
      testPriceBooks,
      {
        baselineId: 'idle',
        scenarioIds: ['idle', 'normal'],
      },
    );
    const gate = parse(comparisonToCsv(c)).find((r) => r[1] === 'gate')!;
    expect(gate.slice(4)).toEqual(['0', '1', '1', '']);
  });

  it('round-trips the projection through a CSV parser', () => {
    const p = projectMonths(testDesign(), testCatalog, testPriceBooks, { scenarioId: 'launch', months: 12 });
    const rows = parse(projectionToCsv(p));
    expect(rows[0]).toEqual([
      'Month',
      'Load multiplier',
      'Currency',
      'Total',
      'compute',
      'networking',
      'storage',
    ]);
    expect(rows).toHaveLength(13);
    expect(rows[4]).toEqual(['4', '3.375', 'USD', '80.08', '74.35', '0.35', '5.375']);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(Number(row[3])).toBe(p.months[i]!.totalMonthlyUsd);
      for (const cell of [row[1], ...row.slice(3)]) expect(cell).toMatch(plainNumber);
    }
  });
});
