import type { TierSlice } from './money';
import type { CostLine, TierShare } from './types';

/** What every line of one meter shares: the account-wide tier slices, price factor and total. */
export interface MeterSplit {
  readonly slices: readonly TierSlice[];
  /** Commitment factor applied to every price (1 on demand). */
  readonly factor: number;
  /** Account-wide quantity of the meter (before free tier): each line's share is quantity / total. */
  readonly total: number;
}

/**
 * A priced cost line whose tier split is built when first read: a 10,000-node report has
 * 20,000 lines and most views read none of their tiers. Behaves as a plain CostLine for
 * readers and JSON (same keys in the same order, `tiers` included); spread it with
 * `plainLine`, as a spread copies own properties only and `tiers` lives on the prototype.
 * Lines of a one-tier meter compute their tier on demand, exactly as it was computed
 * eagerly; lines of a multi-tier meter are given their tiers (the split needs the running
 * rounding of every line before them).
 *
 * @example
 * const line = new PricedLine('lambda.requests', 'Requests', 1e6, 'requests', 2e-7, 0.2, 1e6, 0, 0.2, split);
 * line.tiers[0].monthlyUsd // 0.2
 */
export class PricedLine implements CostLine {
  readonly meter: string;
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  readonly unitPriceUsd: number;
  readonly listPriceUsd: number;
  readonly per: number;
  readonly freeQuantity: number;
  readonly monthlyUsd: number;
  readonly #split: MeterSplit;
  #tiers: readonly TierShare[] | undefined;

  constructor(
    meter: string,
    label: string,
    quantity: number,
    unit: string,
    unitPriceUsd: number,
    listPriceUsd: number,
    per: number,
    freeQuantity: number,
    monthlyUsd: number,
    split: MeterSplit,
    tiers?: readonly TierShare[],
  ) {
    this.meter = meter;
    this.label = label;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPriceUsd = unitPriceUsd;
    this.listPriceUsd = listPriceUsd;
    this.per = per;
    this.freeQuantity = freeQuantity;
    this.monthlyUsd = monthlyUsd;
    this.#split = split;
    this.#tiers = tiers;
  }

  get tiers(): readonly TierShare[] {
    if (this.#tiers === undefined) {
      // One slice: the line's whole amount is its part of that slice (same arithmetic as the split).
      const { slices, factor, total } = this.#split;
      const slice = slices[0]!;
      const share = this.quantity / total;
      this.#tiers = [
        {
          from: slice.from,
          upTo: slice.upTo,
          quantity: slice.quantity * share,
          usd: slice.usd * factor,
          monthlyUsd: this.monthlyUsd,
        },
      ];
    }
    return this.#tiers;
  }

  /** The line as a plain object, keys in CostLine order (JSON.stringify calls this). */
  toJSON(): CostLine {
    return plainLine(this);
  }
}

/**
 * Any cost line as a plain object with its own `tiers`, keys in CostLine order, optional
 * flags last; `extra` is appended (e.g. `{ userPrice: true }`).
 *
 * @example
 * plainLine(line, { userPrice: true }).tiers === line.tiers // true
 */
export function plainLine(line: CostLine, extra?: { readonly userPrice: true }): CostLine {
  const out: {
    -readonly [K in keyof CostLine]: CostLine[K];
  } = {
    meter: line.meter,
    label: line.label,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceUsd: line.unitPriceUsd,
    listPriceUsd: line.listPriceUsd,
    per: line.per,
    freeQuantity: line.freeQuantity,
    tiers: line.tiers,
    monthlyUsd: line.monthlyUsd,
  };
  if (line.missingPrice !== undefined) out.missingPrice = line.missingPrice;
  if (line.userPrice !== undefined) out.userPrice = line.userPrice;
  if (extra) out.userPrice = extra.userPrice;
  return out;
}
