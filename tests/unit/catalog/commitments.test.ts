import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog/index';
import type { Design } from '../../../shared/model/design';
import { estimateDesign } from '../../../shared/pricing/estimateDesign';

const HOURS_PER_MONTH = 730;

const committed = Object.entries(priceBooks).flatMap(([region, book]) =>
  Object.entries(book.meters)
    .filter(([, e]) => e.commitments)
    .map(([meter, e]) => ({ region, meter, entry: e })),
);

describe('commitment rates in the price books', () => {
  it('exist for at least one meter', () => {
    expect(committed.length).toBeGreaterThan(0);
  });

  it.each(committed.map((c) => [`${c.region} ${c.meter}`, c] as const))(
    '%s: factors in (0, 1), sourced, 3-year no dearer than 1-year',
    (_, { meter, entry }) => {
      const { commit1y, commit3y } = entry.commitments!;
      for (const c of [commit1y, commit3y]) {
        if (!c) continue;
        expect(c.factor, meter).toBeGreaterThan(0);
        expect(c.factor, meter).toBeLessThan(1);
        expect(Number(c.factor.toFixed(4)), meter).toBe(c.factor);
        expect(c.source, meter).toMatch(/^https:\/\//);
        // A transcription names the two copies that agree, like the on-demand prices.
        if (!/^https:\/\/(aws\.amazon\.com|docs\.aws\.amazon\.com)\//.test(c.source)) {
          expect(c.note ?? '', meter).toMatch(/\(1\)[\s\S]*\(2\)/);
          expect(c.note ?? '', meter).toMatch(/no upfront/i);
        }
      }
      if (commit1y && commit3y) expect(commit3y.factor).toBeLessThanOrEqual(commit1y.factor);
    },
  );

  it('reproduces the published t3.medium us-east-1 monthly figures (Standard RI, no upfront)', () => {
    // infracost instance_test.golden and Logiqx/tech-docs: $30.37 on demand, $19.05 (1 yr), $13.14 (3 yr).
    const e = priceBooks['us-east-1']!.meters['ec2.linux.t3.medium.hours']!;
    const onDemand = e.tiers[0]!.usd;
    const month = (factor: number) => Math.round(onDemand * factor * HOURS_PER_MONTH * 100) / 100;
    expect(month(1)).toBe(30.37);
    expect(month(e.commitments!.commit1y!.factor)).toBe(19.05);
    expect(month(e.commitments!.commit3y!.factor)).toBe(13.14);
  });
});

describe('purchase option on a design with a committed meter', () => {
  const fraud = templates.find((t) => t.id === 'fraudDetection')!.design;
  const withInstance = (purchaseOption: 'onDemand' | 'commit1y' | 'commit3y'): Design => ({
    ...fraud,
    region: 'us-east-1',
    nodes: [
      ...fraud.nodes,
      {
        id: 'BatchHost',
        service: 'ec2',
        label: 'Batch host',
        position: { x: 0, y: 600 },
        config: { instanceType: 't3.medium' },
        usage: {},
      },
    ],
    scenarios: [{ ...fraud.scenarios[0]!, id: 'S', region: 'us-east-1', purchaseOption }],
    activeScenarioId: 'S',
  });
  const instanceLine = (purchaseOption: 'onDemand' | 'commit1y' | 'commit3y') => {
    const report = estimateDesign(withInstance(purchaseOption), catalog, priceBooks);
    const node = report.nodes.find((n) => n.id === 'BatchHost')!;
    return { report, line: node.lines.find((l) => l.meter === 'ec2.linux.t3.medium.hours')! };
  };

  it('prices the instance-hours at the committed fraction and lowers the total', () => {
    const od = instanceLine('onDemand');
    const y1 = instanceLine('commit1y');
    const y3 = instanceLine('commit3y');
    expect(od.line.quantity).toBeGreaterThan(0);
    expect(y1.line.quantity).toBe(od.line.quantity);
    expect(y1.line.monthlyUsd).toBeCloseTo(od.line.monthlyUsd * 0.6274, 6);
    expect(y3.line.monthlyUsd).toBeCloseTo(od.line.monthlyUsd * 0.4327, 6);
    expect(y1.report.totalMonthlyUsd).toBeLessThan(od.report.totalMonthlyUsd);
    expect(y3.report.totalMonthlyUsd).toBeLessThan(y1.report.totalMonthlyUsd);
  });
});
