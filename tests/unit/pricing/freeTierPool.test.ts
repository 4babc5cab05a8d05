import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { estimateDesign, type CostReport } from '../../../shared/pricing';
import { designBuilder } from '../../support/designBuilder';

// AWS Lambda pricing: the free tier's 400,000 GB-seconds a month are "usable for functions
// powered by both x86 and Graviton2 processors, in aggregate" — one allowance, not one each.
const book = priceBooks['us-east-1']!;
const x86 = book.meters['lambda.x86.gbSeconds']!;
const arm = book.meters['lambda.arm.gbSeconds']!;

/** Two 1 GB functions running 1 s per event: x86 and Arm GB-seconds equal their events. */
function design(x86Events: number, armEvents: number, freeTier = true) {
  const fn = (architecture: string) => ({
    config: { architecture, memoryMb: 1024 },
    usage: { avgDurationMs: 1000, logBytesPerInvocation: 0 },
  });
  const b = designBuilder('Pool').scenario('s', { freeTier });
  if (x86Events > 0) b.node('X86', 'lambda', fn('x86_64')).load('X86', x86Events);
  if (armEvents > 0) b.node('Arm', 'lambda', fn('arm64')).load('Arm', armEvents);
  return b.build();
}
const line = (report: CostReport, meter: string) =>
  report.nodes.flatMap((n) => n.lines).find((l) => l.meter === meter);
const cents = (usd: number) => Math.round(usd * 100) / 100;

describe('a free tier shared by several meters (Lambda GB-seconds, x86 and Arm)', () => {
  it('the two books list one pool with the same allowance', () => {
    for (const b of Object.values(priceBooks)) {
      const pair = [b.meters['lambda.x86.gbSeconds'], b.meters['lambda.arm.gbSeconds']];
      if (pair.some((e) => e === undefined)) continue;
      expect(pair.map((e) => e!.freeTier)).toEqual([
        { quantity: 400_000, kind: 'always', pool: 'lambda.gbSeconds' },
        { quantity: 400_000, kind: 'always', pool: 'lambda.gbSeconds' },
      ]);
    }
  });

  it('splits the 400,000 GB-s in proportion to use: 300,000 + 300,000 leaves 100,000 billable on each', () => {
    const report = estimateDesign(design(300_000, 300_000), catalog, priceBooks);
    const x = line(report, 'lambda.x86.gbSeconds')!;
    const a = line(report, 'lambda.arm.gbSeconds')!;
    expect([x.quantity, a.quantity]).toEqual([300_000, 300_000]);
    expect(x.freeQuantity + a.freeQuantity).toBeCloseTo(400_000, 6);
    expect(x.freeQuantity).toBeCloseTo(200_000, 6);
    expect(x.monthlyUsd).toBeCloseTo(100_000 * x86.tiers[0]!.usd, 6);
    expect(a.monthlyUsd).toBeCloseTo(100_000 * arm.tiers[0]!.usd, 6);
    // 600,000 requests are inside the 1 M free requests; each meter is billed to the cent.
    expect(report.totalMonthlyUsd).toBe(cents(x.monthlyUsd) + cents(a.monthlyUsd));
  });

  it('gives one architecture the whole allowance when the other is idle, and nothing when the tier is off', () => {
    expect(estimateDesign(design(300_000, 0), catalog, priceBooks).totalMonthlyUsd).toBe(0);
    const alone = estimateDesign(design(0, 500_000), catalog, priceBooks);
    expect(line(alone, 'lambda.arm.gbSeconds')!.monthlyUsd).toBeCloseTo(100_000 * arm.tiers[0]!.usd, 6);
    const off = estimateDesign(design(300_000, 300_000, false), catalog, priceBooks);
    expect(line(off, 'lambda.x86.gbSeconds')!.freeQuantity).toBe(0);
    expect(line(off, 'lambda.x86.gbSeconds')!.monthlyUsd).toBeCloseTo(300_000 * x86.tiers[0]!.usd, 6);
  });

  it('an uneven split stays proportional: 100,000 x86 + 700,000 Arm', () => {
    const report = estimateDesign(design(100_000, 700_000), catalog, priceBooks);
    // Free: 400,000 x 1/8 = 50,000 x86 and 350,000 Arm; billable 50,000 and 350,000.
    expect(line(report, 'lambda.x86.gbSeconds')!.freeQuantity).toBeCloseTo(50_000, 6);
    expect(line(report, 'lambda.arm.gbSeconds')!.monthlyUsd).toBeCloseTo(350_000 * arm.tiers[0]!.usd, 6);
  });
});
