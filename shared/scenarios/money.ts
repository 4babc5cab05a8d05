/**
 * Small numeric helpers shared by the scenario functions. Costs arrive from the pricing
 * engine already exact to the micro-dollar; differences and sums of them are rounded back
 * to the micro-dollar so that floating-point drift never shows (0.30000000000000004).
 */

/** Rounds a USD amount to the micro-dollar. @example roundUsd(0.1 + 0.2) // 0.3 */
export function roundUsd(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

/** One figure against its baseline: absolute and percentage change. */
export interface Delta {
  readonly baseline: number;
  readonly value: number;
  /** value − baseline, in USD (or events for connection flows). */
  readonly delta: number;
  /** Change in percent of the baseline (25 = +25 %); null when the baseline is 0. */
  readonly pct: number | null;
}

/**
 * Compares a value with its baseline.
 *
 * @example
 * deltaOf(200, 250) // { baseline: 200, value: 250, delta: 50, pct: 25 }
 * deltaOf(0, 10)    // { baseline: 0, value: 10, delta: 10, pct: null }
 */
export function deltaOf(baseline: number, value: number): Delta {
  const delta = roundUsd(value - baseline);
  const pct = baseline === 0 ? null : Math.round(((value - baseline) / baseline) * 100 * 1e6) / 1e6;
  return { baseline, value, delta, pct };
}

/** Sums amounts and rounds the result to the micro-dollar. @example sumUsd([0.1, 0.2]) // 0.3 */
export function sumUsd(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return roundUsd(total);
}

/**
 * `count` factors spaced evenly on a log axis from `from` to `to`, both included.
 *
 * @example
 * logSpace(0.1, 100, 4) // [0.1, 1, 10, 100]
 */
export function logSpace(from: number, to: number, count: number): number[] {
  if (count < 2) return [from];
  const a = Math.log10(from);
  const b = Math.log10(to);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    // Round to 12 significant digits so that 10^0 is exactly 1 and factors print cleanly.
    out.push(Number((10 ** (a + ((b - a) * i) / (count - 1))).toPrecision(12)));
  }
  return out;
}
