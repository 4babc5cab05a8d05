import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import { costReportFor, problemsFor } from '../../../renderer/src/cost/costReport';
import {
  findPriceOverride,
  parseAmount,
  removePriceOverride,
  setPriceOverride,
  suggestedPer,
} from '../../../renderer/src/cost/priceOverrideEdits';
import { createDesignStore } from '../../../renderer/src/store/designStore';
import { parseDesign, serializeDesign, type Design } from '../../../shared/model';

const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';
// In Paris, where the bundled book has no SageMaker instance-hour price.
const design = Object.freeze({ ...fraudDetection.design, region: 'eu-west-3' }) as Design;
const price = { region: 'eu-west-3', meter, usd: 0.23, per: 1 };
const sageLine = (d: Design) =>
  costReportFor(d, catalog)
    .nodes.flatMap((n) => n.lines)
    .find((l) => l.meter === meter)!;

describe('price override edits', () => {
  it('adds, replaces (same design when unchanged) and removes a price; the result parses', () => {
    const one = setPriceOverride(design, { ...price, note: '  AWS page ' });
    expect(one.priceOverrides).toEqual([{ ...price, note: 'AWS page' }]);
    expect(setPriceOverride(one, { ...price, note: 'AWS page' })).toBe(one);
    const two = setPriceOverride(one, { ...price, usd: 0.2 });
    expect(two.priceOverrides).toEqual([{ ...price, usd: 0.2 }]);
    const other = setPriceOverride(two, { ...price, region: 'eu-west-1' });
    expect(other.priceOverrides).toHaveLength(2);
    expect(findPriceOverride(other, 'eu-west-1', meter)?.usd).toBe(0.23);
    expect(parseDesign(JSON.parse(serializeDesign(other))).ok).toBe(true);
    expect(removePriceOverride(other, 'eu-west-3', meter).priceOverrides).toEqual([
      { ...price, region: 'eu-west-1' },
    ]);
    const none = removePriceOverride(one, 'eu-west-3', meter);
    expect('priceOverrides' in none).toBe(false);
    expect(serializeDesign(none)).toBe(serializeDesign(design));
    expect(removePriceOverride(design, 'eu-west-3', meter)).toBe(design);
  });

  it('suggests "per" from the price books: the meter’s own, else the most common for its unit, else by unit kind', () => {
    expect(suggestedPer(meter, 'hours', priceBooks)).toBe(1);
    expect(suggestedPer('lambda.requests', 'requests', priceBooks)).toBe(
      priceBooks['us-east-1']!.meters['lambda.requests']!.per,
    );
    expect(suggestedPer('made.up', 'GB-month', priceBooks)).toBe(1);
    // An unknown meter takes the most common `per` of its unit across the books.
    const entry = (per: number) => ({ unit: 'requests', per, tiers: [], source: 's', as_of: '2026-01-01' });
    const book = (pers: number[]) => ({
      region: 'r',
      currency: 'USD' as const,
      as_of: '2026-01-01',
      meters: Object.fromEntries(pers.map((per, i) => [`m${i}`, entry(per)])),
    });
    expect(suggestedPer('made.up', 'requests', { a: book([1000, 1000, 1_000_000]) })).toBe(1000);
    expect(suggestedPer('made.up', 'requests', { a: book([1000]), b: book([1_000_000, 1_000_000]) })).toBe(
      1_000_000,
    );
    expect(suggestedPer('made.up', 'widget-calls', {})).toBe(1_000_000);
    expect(suggestedPer('made.up', 'widget-hours', {})).toBe(1);
  });

  it('parses typed amounts in English and French notation, rejecting junk', () => {
    expect(parseAmount('0.23')).toBe(0.23);
    expect(parseAmount('0,23')).toBe(0.23);
    expect(parseAmount('1 000 000')).toBe(1_000_000);
    expect(parseAmount('1e6')).toBe(1_000_000);
    expect(parseAmount('')).toBeNaN();
    expect(parseAmount('0.2.3')).toBeNaN();
    expect(parseAmount('abc')).toBeNaN();
    expect(parseAmount('-1')).toBe(-1);
  });
});

describe('cost report of a design with user prices (renderer cache)', () => {
  it('re-estimates when only the prices change, and undo brings the old report back', () => {
    const store = createDesignStore(design);
    const before = costReportFor(store.getState().design, catalog);
    expect(sageLine(design).missingPrice).toBe(true);
    store.getState().commit(setPriceOverride(store.getState().design, price));
    const after = costReportFor(store.getState().design, catalog);
    const line = sageLine(store.getState().design);
    expect(line.userPrice).toBe(true);
    expect(after.totalMonthlyUsd).toBeCloseTo(
      before.totalMonthlyUsd + Math.round(line.quantity * 23) / 100,
      6,
    );
    expect(
      problemsFor(store.getState().design, catalog).some(
        (p) => p.code === 'missing_price' && p.message.includes(meter),
      ),
    ).toBe(false);
    store.getState().undo();
    expect(costReportFor(store.getState().design, catalog).totalMonthlyUsd).toBe(before.totalMonthlyUsd);
  });
});
