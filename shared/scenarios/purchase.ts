/**
 * "Is the commitment worth it at this load?": a scenario priced on demand and under each
 * commitment (1 and 3 years, no upfront) with the rates of the price books.
 */
import { purchaseOptions, type Design, type PurchaseOption } from '../model/design';
import { estimateDesign } from '../pricing';
import type { Catalog, Lang, PriceBook } from '../service/types';
import { deltaOf, roundUsd, type Delta } from './money';
import { formatShare, formatUsd } from './words';

export interface PurchaseOptionCost {
  readonly option: PurchaseOption;
  readonly totalMonthlyUsd: number;
  /** Against on-demand (negative = saving). */
  readonly delta: Delta;
}

export interface PurchaseComparison {
  readonly scenarioId: string;
  readonly currency: 'USD';
  readonly options: readonly PurchaseOptionCost[];
  /** The cheapest option (on-demand when nothing is cheaper). */
  readonly best: PurchaseOption;
  /** The advice in the language asked for (English by default). */
  readonly text: string;
  /** The same advice in every language, for a view that shows the UI's language. */
  readonly texts: Readonly<Record<Lang, string>>;
}

const names: Readonly<Record<Lang, Readonly<Record<PurchaseOption, string>>>> = {
  en: { onDemand: 'On demand', commit1y: 'A 1-year commitment', commit3y: 'A 3-year commitment' },
  fr: { onDemand: 'À la demande', commit1y: 'Un engagement de 1 an', commit3y: 'Un engagement de 3 ans' },
};

/**
 * Prices a scenario under every purchase option and says which is cheapest.
 *
 * Throws on a scenario id the design does not have: ids come from the design, so that is a
 * caller bug, not an expected failure.
 *
 * @example
 * const p = comparePurchaseOptions(design, catalog, priceBooks, { scenarioId: 'normal' });
 * p.options.map((o) => [o.option, o.totalMonthlyUsd]) // [['onDemand', 83], ['commit1y', 56.72], ['commit3y', 42.12]]
 * p.text // 'A 3-year commitment (no upfront) saves $40.88 a month (49 %) against on demand at this load.'
 */
export function comparePurchaseOptions(
  design: Design,
  catalog: Catalog,
  priceBooks: Readonly<Record<string, PriceBook>>,
  options: { readonly scenarioId?: string; readonly lang?: Lang } = {},
): PurchaseComparison {
  const scenarioId = options.scenarioId ?? design.activeScenarioId ?? design.scenarios[0]?.id;
  if (scenarioId === undefined || !design.scenarios.some((s) => s.id === scenarioId))
    throw new Error(`No scenario "${scenarioId ?? ''}" to price`);
  const lang = options.lang ?? 'en';
  const totals = purchaseOptions.map((option) => ({
    option,
    total: roundUsd(
      estimateDesign(design, catalog, priceBooks, { scenarioId, purchaseOption: option }).totalMonthlyUsd,
    ),
  }));
  const onDemand = totals[0]!.total;
  const costs = totals.map((t) => ({
    option: t.option,
    totalMonthlyUsd: t.total,
    delta: deltaOf(onDemand, t.total),
  }));
  const best = costs.reduce((a, b) => (b.totalMonthlyUsd < a.totalMonthlyUsd - 0.005 ? b : a));
  const saving = onDemand - best.totalMonthlyUsd;
  const texts: Record<Lang, string> =
    best.option === 'onDemand'
      ? {
          en: 'No commitment lowers this bill: stay on demand.',
          fr: 'Aucun engagement ne réduit cette facture : restez à la demande.',
        }
      : {
          en: `${names.en[best.option]} (no upfront) saves ${formatUsd(saving, 'en')} a month (${formatShare(saving / onDemand, 'en')}) against on demand at this load.`,
          fr: `${names.fr[best.option]} (sans paiement initial) économise ${formatUsd(saving, 'fr')} par mois (${formatShare(saving / onDemand, 'fr')}) par rapport à la demande, à cette charge.`,
        };
  return { scenarioId, currency: 'USD', options: costs, best: best.option, text: texts[lang], texts };
}
