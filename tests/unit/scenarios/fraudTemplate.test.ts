import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { estimateDesign } from '../../../shared/pricing';
import {
  compareScenarios,
  comparisonToCsv,
  projectMonths,
  sensitivity,
  sweepLoad,
} from '../../../shared/scenarios';
import { deepFreeze } from './fixtures';

const fraud = templates.find((t) => t.id === 'fraudDetection') ?? templates[0]!;
const design = deepFreeze(structuredClone(fraud.design));
const single = (scenarioId: string, extra: { loadFactor?: number; monthIndex?: number } = {}) =>
  estimateDesign(design, catalog, priceBooks, { scenarioId, ...extra }).totalMonthlyUsd;

describe('the fraud-detection template, end to end with the bundled catalog', () => {
  it('compares its scenarios with totals equal to the cost panel (single estimates)', () => {
    const c = compareScenarios(design, catalog, priceBooks, { baselineId: 'normal' });
    expect(c.scenarios.map((s) => s.id)).toEqual(design.scenarios.map((s) => s.id));
    for (const s of c.scenarios) expect(s.totalMonthlyUsd).toBe(single(s.id));
    const peak = c.scenarios.find((s) => s.id === 'peak')!;
    expect(peak.totalMonthlyUsd).toBeGreaterThan(single('normal'));
    const rows = Papa.parse<string[]>(comparisonToCsv(c), { skipEmptyLines: true }).data;
    expect(rows[1]?.slice(0, 4)).toEqual(['total', 'total', 'Total', 'USD']);
    expect(rows[1]?.slice(4).slice(0, c.scenarios.length).map(Number)).toEqual(
      c.scenarios.map((s) => s.totalMonthlyUsd),
    );
  });

  it('sweeps the normal month; 10× normal is exactly the Black Friday scenario', () => {
    // peak = 20 M transactions at 1 500/s = 10 × normal (2 M at 150/s), same payload.
    const s = sweepLoad(design, catalog, priceBooks, { scenarioId: 'normal' });
    const at10 = s.points.find((p) => p.factor === 10);
    expect(at10?.totalMonthlyUsd).toBe(single('peak'));
    for (const p of s.points.filter((_, i) => i % 7 === 0))
      expect(p.totalMonthlyUsd).toBe(single('normal', { loadFactor: p.factor }));

    // API Gateway REST: 1 M requests free (price book); 2 M × f > 1 M past f = 0.5.
    const api = s.events.find(
      (e) => e.kind === 'freeTierExhausted' && e.meter === 'apigateway.rest.requests',
    );
    expect(api?.at).toBeCloseTo(0.5, 3);

    // Endpoint: 100 requests/s per instance, 1..20 instances; it sees the 150/s peak × f,
    // so instance k + 1 is needed past f = 100 k / 150, and past 20 × 100 = 2 000/s (f = 13.33)
    // the capacity is below the peak: a warning.
    const steps = s.events.filter((e) => e.kind === 'capacityStep' && e.nodeId === 'FraudModel');
    expect(steps.map((e) => [e.from, e.to])).toEqual(Array.from({ length: 19 }, (_, k) => [k + 1, k + 2]));
    steps.forEach((e, k) => expect(e.at).toBeCloseTo((100 * (k + 1)) / 150, 2));
    const capacity = s.events.find((e) => e.kind === 'warning' && e.nodeId === 'FraudModel');
    expect(capacity?.at).toBeCloseTo(2000 / 150, 2);
  });

  it('projects the launch scenario: the API free tier runs out in month index 9', () => {
    // launch: 200 000 transactions, +20 %/month: 200 000 × 1.2^m > 1 M ⇔ 1.2^m > 5 ⇔ m ≥ 9 (1.2^9 = 5.16).
    const p = projectMonths(design, catalog, priceBooks, { scenarioId: 'launch', months: 12 });
    expect(p.freeTierEnds.find((e) => e.meter === 'apigateway.rest.requests')?.monthIndex).toBe(9);
    expect(p.firstFreeTierExhaustedMonth).toBe(9);
    expect(p.firstWarningMonth).toBeNull();
    p.months.forEach((m) => expect(m.totalMonthlyUsd).toBe(single('launch', { monthIndex: m.monthIndex })));
  });

  it('names the biggest line of the bill in words', () => {
    const report = estimateDesign(design, catalog, priceBooks, { scenarioId: 'peak' });
    const biggest = [...report.nodes].sort((a, b) => b.monthlyUsd - a.monthlyUsd)[0]!;
    const s = sensitivity(design, catalog, priceBooks, { scenarioId: 'peak', lang: 'fr' });
    expect(s.baseUsd).toBe(report.totalMonthlyUsd);
    expect(s.suggestion?.nodeId).toBe(biggest.id);
    expect(s.suggestion?.share).toBeCloseTo(biggest.monthlyUsd / report.totalMonthlyUsd, 6);
    expect(s.suggestion?.text).toContain(`${biggest.label}`);
    expect(s.suggestion?.text).toContain('de la facture');
    expect(s.inputs.some((i) => i.kind === 'load' && i.nodeId === 'TransactionsApi')).toBe(true);
    for (let i = 1; i < s.inputs.length; i++)
      expect(s.inputs[i]!.swing).toBeLessThanOrEqual(s.inputs[i - 1]!.swing);
  });
});
