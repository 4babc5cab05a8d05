import type { PriceEntry } from '../service/types';

/**
 * Money is carried as integer micro-dollars: sums and splits are exact, and a figure is
 * turned back into dollars only for display. One micro-dollar is far below the cent the
 * AWS pages round to.
 */
export const MICROS_PER_USD = 1_000_000;

/** Dollars (a float product of quantity x price) to the nearest micro-dollar. */
export function toMicros(usd: number): number {
  return Math.round(usd * MICROS_PER_USD);
}

/** Micro-dollars back to dollars. */
export function fromMicros(micros: number): number {
  return micros / MICROS_PER_USD;
}

/**
 * Rounds dollars to the cent, half away from zero, on the micro-dollar value so that
 * 2.675 does not become 2.67 through binary drift.
 *
 * @example
 * roundCents(2.733338) // 2.73
 */
export function roundCents(usd: number): number {
  const micros = Math.round(usd * MICROS_PER_USD);
  const cents = Math.sign(micros) * Math.round(Math.abs(micros) / 10_000);
  return cents / 100;
}

/** Micro-dollars rounded to a whole cent (10,000 micro-dollars), half away from zero. */
export function roundMicrosToCent(micros: number): number {
  return Math.sign(micros) * Math.round(Math.abs(micros) / 10_000) * 10_000;
}

export interface TierSlice {
  readonly from: number;
  readonly upTo: number | null;
  readonly quantity: number;
  readonly usd: number;
  readonly micros: number;
}

/**
 * Applies a price entry's tiers to an account-wide billable quantity (after free tier).
 * `factor` scales every price (commitment rates). Each tier is rounded to the micro-dollar.
 * When the book lists only the first tiers, the last listed price applies beyond them.
 *
 * @example
 * // 432 M HTTP API requests: 300 M at $1.00/M, 132 M at $0.90/M
 * tierSlices(entry, 432e6, 1).map((t) => t.micros) // [300_000_000, 118_800_000]
 */
export function tierSlices(entry: PriceEntry, billable: number, factor: number): TierSlice[] {
  const slices: TierSlice[] = [];
  let from = 0;
  const last = entry.tiers.length - 1;
  for (let t = 0; t <= last; t++) {
    const tier = entry.tiers[t]!;
    // A book may list only the first tiers: the last listed price then applies beyond it.
    const upTo = t === last ? null : tier.upTo;
    const top = upTo === null ? billable : Math.min(billable, upTo);
    const quantity = Math.max(0, top - from);
    if (quantity > 0 || slices.length === 0)
      slices.push({
        from,
        upTo,
        quantity,
        usd: tier.usd,
        micros: toMicros(((quantity * tier.usd) / entry.per) * factor),
      });
    if (upTo === null || billable <= upTo) break;
    from = upTo;
  }
  return slices;
}

/**
 * Splits an integer amount in proportion to weights so the parts add up exactly:
 * part i = round(T x cumulative_i / W) - round(T x cumulative_{i-1} / W). O(n), stable.
 *
 * @example
 * splitProportional(100, [1, 1, 1]) // [33, 34, 33]
 */
export function splitProportional(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const parts = new Array<number>(weights.length);
  if (sum <= 0) return parts.fill(0);
  let cumulative = 0;
  let previous = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i] as number;
    const upTo = i === weights.length - 1 ? total : Math.round((total * cumulative) / sum);
    parts[i] = upTo - previous;
    previous = upTo;
  }
  return parts;
}
