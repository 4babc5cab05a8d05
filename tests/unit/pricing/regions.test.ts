import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import type { Design } from '../../../shared/model';
import { estimateDesign, estimateRegions, inRegion } from '../../../shared/pricing';

const design = fraudDetection.design;
const peak = design.scenarios.at(-1)!.id;

describe('estimateRegions', () => {
  const rows = estimateRegions(design, catalog, priceBooks, { scenarioId: peak });

  it('prices the design once per bundled region, each row equal to estimateDesign in that region', () => {
    expect(rows.map((r) => r.region)).toEqual(Object.keys(priceBooks).sort());
    for (const row of rows) {
      const report = estimateDesign({ ...design, region: row.region }, catalog, priceBooks, {
        scenarioId: peak,
      });
      const lines = [...report.nodes, ...report.connections].flatMap((o) => o.lines);
      expect(row).toEqual({
        region: row.region,
        totalMonthlyUsd: report.totalMonthlyUsd,
        unpricedLines: lines.filter((l) => l.missingPrice).length,
        lines: lines.length,
        priceBookAsOf: priceBooks[row.region]!.as_of,
      });
    }
  });

  it('says how many lines a region cannot price instead of counting them as $0', () => {
    const byRegion = Object.fromEntries(rows.map((r) => [r.region, r]));
    const paris = byRegion['eu-west-3']!;
    const missingInParis = Object.keys(priceBooks['eu-west-3']!.missing ?? {});
    expect(missingInParis).toContain('sagemaker.hosting.ml.m5.xlarge.hours');
    expect(paris.unpricedLines).toBeGreaterThan(0);
    expect(paris.lines).toBe(byRegion['us-east-1']!.lines);
  });

  it("moves a scenario's own region too, and a user price counts in its region only", () => {
    const pinned: Design = {
      ...design,
      scenarios: design.scenarios.map((s) => (s.id === peak ? { ...s, region: 'eu-west-1' } : s)),
    };
    expect(
      inRegion(pinned, 'us-east-1').scenarios.every((s) => (s.region ?? 'us-east-1') === 'us-east-1'),
    ).toBe(true);
    expect(estimateRegions(pinned, catalog, priceBooks, { scenarioId: peak })).toEqual(rows);
    expect(inRegion(design, design.region)).toBe(design);

    const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';
    const priced: Design = { ...design, priceOverrides: [{ region: 'eu-west-3', meter, usd: 0.25, per: 1 }] };
    const withPrice = estimateRegions(priced, catalog, priceBooks, { scenarioId: peak });
    const paris = (list: typeof rows) => list.find((r) => r.region === 'eu-west-3')!;
    expect(paris(withPrice).unpricedLines).toBe(paris(rows).unpricedLines - 1);
    expect(paris(withPrice).totalMonthlyUsd).toBeGreaterThan(paris(rows).totalMonthlyUsd);
    expect(withPrice.find((r) => r.region === 'us-east-1')).toEqual(
      rows.find((r) => r.region === 'us-east-1'),
    );
  });
});
