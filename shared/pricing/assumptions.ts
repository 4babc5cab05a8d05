import type { Design, PurchaseOption } from '../model/design';
import type { PriceBook } from '../service/types';
import { transferMeters } from '../simulation/transfer';

/** Labels for the data-transfer meters the simulation puts on connections. */
export const transferLabels: Readonly<Record<string, string>> = {
  [transferMeters.internetOut]: 'Data transfer out to the internet',
  [transferMeters.interAz]: 'Data transfer between availability zones',
  [transferMeters.natGateway]: 'NAT gateway data processed',
  [transferMeters.vpcEndpoint]: 'VPC endpoint data processed',
};

const optionNames: Readonly<Record<PurchaseOption, string>> = {
  onDemand: 'on-demand',
  commit1y: '1-year commitment',
  commit3y: '3-year commitment',
};

export interface AssumptionFacts {
  readonly priceBook: PriceBook;
  readonly freeTier: boolean;
  readonly purchaseOption: PurchaseOption;
  readonly committed: readonly string[];
  readonly uncommitted: readonly string[];
  readonly freeApplied: readonly string[];
  readonly beyondTiers: readonly string[];
  /** Priced nodes and their usage assumptions, index for index. */
  readonly nodes: readonly Pick<Design['nodes'][number], 'label'>[];
  readonly assumptions: readonly (readonly string[])[];
}

/**
 * The assumptions behind a cost report, in words a user can check against AWS pages.
 *
 * @example
 * describeAssumptions(facts)[0] // 'A month is 730 hours.'
 */
export function describeAssumptions(facts: AssumptionFacts): string[] {
  const out = [
    'A month is 730 hours.',
    `Prices: ${facts.priceBook.region} price book as of ${facts.priceBook.as_of || 'unknown date'}, in USD, before tax.`,
    'Tiered prices apply to the account-wide total of each meter, then each node pays in proportion to its quantity.',
    "The total adds each meter's account-wide amount rounded to the cent, as AWS bills do; node figures are unrounded shares.",
    facts.freeTier
      ? `Free tier applied once per account and month, before tiers${facts.freeApplied.length > 0 ? ` (used on ${facts.freeApplied.join(', ')})` : ''}.`
      : 'Free tier not applied.',
  ];
  if (facts.purchaseOption !== 'onDemand') {
    const name = optionNames[facts.purchaseOption];
    if (facts.committed.length > 0) out.push(`${name} rates applied to ${facts.committed.join(', ')}.`);
    if (facts.uncommitted.length > 0)
      out.push(`No ${name} rate for ${facts.uncommitted.join(', ')}: priced on demand.`);
  }
  if (facts.beyondTiers.length > 0)
    out.push(
      `Usage beyond the last tier listed in the price book is priced at that tier's price: ${facts.beyondTiers.join(', ')}.`,
    );
  // Index loops: a 10,000-node report has as many lists, most of them empty.
  for (let i = 0; i < facts.assumptions.length; i++) {
    const list = facts.assumptions[i]!;
    if (list.length === 0) continue;
    const label = facts.nodes[i]!.label;
    for (let k = 0; k < list.length; k++) out.push(`${label}: ${list[k]!}`);
  }
  return out;
}
