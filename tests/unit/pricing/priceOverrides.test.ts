import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import type { Design, PriceOverride } from '../../../shared/model';
import { applyPriceOverrides, estimateDesign, type CostReport } from '../../../shared/pricing';
import { asJson } from './asJson';

const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';
const usEast = priceBooks['us-east-1']!;
// Paris: the bundled book has no SageMaker instance-hour price there (a missing meter to fill).
const paris = priceBooks['eu-west-3']!;
const design: Design = { ...fraudDetection.design, region: 'eu-west-3' };
const withPrices = (priceOverrides: PriceOverride[]): Design => ({ ...design, priceOverrides });
const linesOf = (report: CostReport, m: string) =>
  [...report.nodes.flatMap((n) => n.lines), ...report.connections.flatMap((c) => c.lines)].filter(
    (l) => l.meter === m,
  );

describe('applyPriceOverrides', () => {
  it('returns the book itself when no override is for the region', () => {
    expect(applyPriceOverrides(usEast, undefined, 'us-east-1')).toBe(usEast);
    expect(applyPriceOverrides(usEast, [], 'us-east-1')).toBe(usEast);
    const elsewhere = [{ region: 'eu-west-1', meter, usd: 0.2, per: 1 }];
    expect(applyPriceOverrides(usEast, elsewhere, 'us-east-1')).toBe(usEast);
  });

  it("prices a missing meter with one flat tier marked as the user's and takes it out of missing", () => {
    expect(paris.meters[meter]).toBeUndefined();
    expect(paris.missing?.[meter]).toBeDefined();
    const overrides = [{ region: 'eu-west-3', meter, usd: 0.23, per: 1, note: 'AWS page' }];
    const book = applyPriceOverrides(paris, overrides, 'eu-west-3', () => 'hours');
    expect(book.meters[meter]).toMatchObject({
      unit: 'hours',
      per: 1,
      tiers: [{ upTo: null, usd: 0.23 }],
      source: 'user',
      verification: 'user',
      note: 'AWS page',
    });
    expect(book.missing?.[meter]).toBeUndefined();
    // The bundled book is untouched; the same inputs give the same (memoised) book.
    expect(paris.meters[meter]).toBeUndefined();
    const units = () => 'hours';
    const memo = applyPriceOverrides(paris, overrides, 'eu-west-3', units);
    expect(applyPriceOverrides(paris, overrides, 'eu-west-3', units)).toBe(memo);
    expect(applyPriceOverrides(paris, overrides, 'eu-west-1', units)).toBe(paris);
  });

  it('replaces the tiers of a priced meter, keeping its unit and free tier, dropping commitments', () => {
    const [key, bundled] = Object.entries(usEast.meters).find(
      ([, e]) => e.freeTier !== undefined && e.tiers.length > 1,
    )!;
    const book = applyPriceOverrides(
      usEast,
      [{ region: 'us-east-1', meter: key, usd: 7, per: 1000 }],
      'us-east-1',
    );
    expect(book.meters[key]).toEqual({
      unit: bundled.unit,
      per: 1000,
      tiers: [{ upTo: null, usd: 7 }],
      freeTier: bundled.freeTier,
      source: 'user',
      as_of: bundled.as_of,
      verification: 'user',
    });
    expect(Object.keys(book.meters)).toHaveLength(Object.keys(usEast.meters).length);
  });
});

describe('estimateDesign with priceOverrides', () => {
  const before = estimateDesign(design, catalog, priceBooks);

  it('prices the missing SageMaker endpoint hours: cost = quantity x usd / per, added to the total', () => {
    const [missing] = linesOf(before, meter);
    expect(missing?.missingPrice).toBe(true);
    const report = estimateDesign(
      withPrices([{ region: 'eu-west-3', meter, usd: 0.23, per: 1 }]),
      catalog,
      priceBooks,
    );
    const [line] = linesOf(report, meter);
    expect(line).toBeDefined();
    expect(line!.missingPrice).toBeUndefined();
    expect(line!.userPrice).toBe(true);
    expect(line!.unit).toBe('hours');
    expect(line!.quantity).toBe(missing!.quantity);
    expect(line!.monthlyUsd).toBeCloseTo((missing!.quantity * 0.23) / 1, 6);
    // The account-wide meter is billed rounded to the cent, as every other meter.
    expect(report.totalMonthlyUsd).toBeCloseTo(
      before.totalMonthlyUsd + Math.round(missing!.quantity * 0.23 * 100) / 100,
      6,
    );
    expect(report.problems.some((p) => p.code === 'missing_price' && p.message.includes(meter))).toBe(false);
    expect(report.assumptions.at(-1)).toBe(
      `1 cost line uses your own price instead of the price book: ${meter} at $0.23 per hours.`,
    );
  });

  it('uses `per`: $230 per 1,000 hours costs what $0.23 per hour does', () => {
    const a = estimateDesign(
      withPrices([{ region: 'eu-west-3', meter, usd: 0.23, per: 1 }]),
      catalog,
      priceBooks,
    );
    const b = estimateDesign(
      withPrices([{ region: 'eu-west-3', meter, usd: 230, per: 1000 }]),
      catalog,
      priceBooks,
    );
    expect(b.totalMonthlyUsd).toBe(a.totalMonthlyUsd);
  });

  it('applies an override only in its region', () => {
    const report = estimateDesign(
      withPrices([{ region: 'eu-west-1', meter, usd: 0.23, per: 1 }]),
      catalog,
      priceBooks,
    );
    expect(linesOf(report, meter)[0]!.missingPrice).toBe(true);
    expect(report.totalMonthlyUsd).toBe(before.totalMonthlyUsd);
    expect(asJson(report)).toEqual(asJson(before));
  });

  it('replaces a bundled price: Lambda requests at an EDP discount', () => {
    const lambda = 'lambda.requests';
    const bundled = paris.meters[lambda]!;
    const [old] = linesOf(before, lambda);
    expect(old).toBeDefined();
    const discounted = bundled.tiers[0]!.usd * 0.88;
    const report = estimateDesign(
      withPrices([
        { region: 'eu-west-3', meter: lambda, usd: discounted, per: bundled.per, note: 'EDP -12 %' },
      ]),
      catalog,
      priceBooks,
    );
    const lines = linesOf(report, lambda);
    expect(lines.every((l) => l.userPrice === true)).toBe(true);
    expect(lines.reduce((s, l) => s + l.monthlyUsd, 0)).toBeCloseTo(
      linesOf(before, lambda).reduce((s, l) => s + l.monthlyUsd, 0) * 0.88,
      6,
    );
    expect(report.assumptions.at(-1)).toContain('(EDP -12 %)');
  });

  it('gives the same report values as before for a design without overrides', () => {
    expect(asJson(estimateDesign({ ...design, priceOverrides: [] }, catalog, priceBooks))).toEqual(
      asJson(before),
    );
    expect(asJson(estimateDesign(structuredClone(design), catalog, priceBooks))).toEqual(asJson(before));
    expect(linesOf(before, meter)[0]!.userPrice).toBeUndefined();
    expect(before.assumptions.some((a) => a.includes('your own price'))).toBe(false);
  });

  it('prices a region without a price book only where the user gave a price', () => {
    const elsewhere = { ...design, region: 'ap-south-2' };
    const report = estimateDesign(
      { ...elsewhere, priceOverrides: [{ region: 'ap-south-2', meter, usd: 0.3, per: 1 }] },
      catalog,
      priceBooks,
    );
    expect(report.problems[0]?.code).toBe('missing_price_book');
    expect(linesOf(report, meter)[0]!.userPrice).toBe(true);
    expect(report.totalMonthlyUsd).toBeCloseTo(Math.round(linesOf(report, meter)[0]!.quantity * 30) / 100, 6);
  });
});
