import { describe, expect, it } from 'vitest';
import { roundCents, splitProportional, tierSlices, toMicros } from '../../../shared/pricing';
import { testPriceBook } from './testPriceBook';

describe('money', () => {
  it('rounds to the cent half away from zero without binary drift', () => {
    expect(roundCents(2.675)).toBe(2.68);
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(2.733338)).toBe(2.73);
    expect(roundCents(0)).toBe(0);
  });

  it('splits an integer amount in proportion, parts adding up exactly', () => {
    expect(splitProportional(100, [1, 1, 1])).toEqual([33, 34, 33]);
    expect(splitProportional(7, [0, 5, 0])).toEqual([0, 7, 0]);
    expect(splitProportional(5, [0, 0])).toEqual([0, 0]);
  });

  it('fills tiers in order and stops at the billable quantity', () => {
    const entry = testPriceBook.meters['gateway.requests']!;
    expect(tierSlices(entry, 432_000_000, 1).map((s) => [s.quantity, s.micros])).toEqual([
      [300_000_000, toMicros(300)],
      [132_000_000, toMicros(118.8)],
    ]);
    expect(tierSlices(entry, 300_000_000, 1)).toHaveLength(1);
    const bounded = {
      ...entry,
      tiers: [
        { upTo: 10, usd: 2 },
        { upTo: 20, usd: 1 },
      ],
    };
    expect(tierSlices(bounded, 25, 1).map((s) => [s.from, s.upTo, s.quantity])).toEqual([
      [0, 10, 10],
      [10, null, 15],
    ]);
    expect(tierSlices(entry, 0, 1)).toEqual([{ from: 0, upTo: 300_000_000, quantity: 0, usd: 1, micros: 0 }]);
  });
});
