import type { CategoryId } from '../service/types';
import type { PurchaseOption } from '../model/design';
import type { Problem } from '../validation/problem';

export interface TierShare {
  /** Cumulative account-wide bounds of the tier, in the meter's unit. */
  readonly from: number;
  readonly upTo: number | null;
  /** This node's quantity that fell in the tier. */
  readonly quantity: number;
  /** USD per `per` units. */
  readonly usd: number;
  readonly monthlyUsd: number;
}

export interface CostLine {
  readonly meter: string;
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  /** Effective price per unit (after tiers and free tier): monthlyUsd / quantity. */
  readonly unitPriceUsd: number;
  /** Listed price of the first tier, per `per` units, as on the AWS page. */
  readonly listPriceUsd: number;
  readonly per: number;
  /** Quantity covered by the free tier for this node (its proportional share). */
  readonly freeQuantity: number;
  /**
   * This line's part of each price tier. Engine lines (PricedLine) build it on first read,
   * from the prototype: JSON.stringify includes it, a spread `{ ...line }` does not (use
   * `plainLine` (shared/pricing) to copy a line).
   */
  readonly tiers: readonly TierShare[];
  readonly monthlyUsd: number;
  /** True when the meter has no price in this region: the line is NOT counted as zero. */
  readonly missingPrice?: boolean;
  /** True when the price is the user's (Design.priceOverrides), not the price book's. */
  readonly userPrice?: true;
}

export interface NodeCost {
  readonly id: string;
  readonly service: string;
  readonly label: string;
  readonly category: CategoryId;
  readonly monthlyUsd: number;
  readonly lines: readonly CostLine[];
  readonly sizing: Readonly<Record<string, number>>;
}

export interface ConnectionCost {
  readonly id: string;
  readonly eventsPerMonth: number;
  readonly gbPerMonth: number;
  readonly monthlyUsd: number;
  readonly lines: readonly CostLine[];
}

export interface CostReport {
  readonly region: string;
  readonly scenarioId: string | null;
  readonly scenarioName: string | null;
  readonly currency: 'USD';
  readonly purchaseOption: PurchaseOption;
  readonly freeTier: boolean;
  readonly totalMonthlyUsd: number;
  readonly nodes: readonly NodeCost[];
  readonly connections: readonly ConnectionCost[];
  readonly byCategory: Readonly<Partial<Record<CategoryId, number>>>;
  readonly byService: Readonly<Record<string, number>>;
  readonly assumptions: readonly string[];
  readonly problems: readonly Problem[];
  /** as_of date of the price book used. */
  readonly priceBookAsOf: string;
}

export interface EstimateOptions {
  readonly freeTier?: boolean;
  readonly purchaseOption?: PurchaseOption;
  /**
   * Free-tier quantity per meter already used by other workloads of the account this
   * month (e.g. { 'lambda.streaming.gb': 100 } when that free tier is exhausted elsewhere).
   */
  readonly freeTierUsed?: Readonly<Record<string, number>>;
}
