/** AWS regions offered by the region selector; those with a bundled price book come first. */
import { priceBooks } from '../../../catalog/index';
import { coverage } from '../../../shared/pricing/coverage';
import type { Catalog } from '../../../shared/service/types';
import { transferMeters } from '../../../shared/simulation/transfer';
import { pricedRegions } from './costReport';

export const awsRegions: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
];

/** Regions split into those Nuage can price offline and the others (always including `current`). */
export function regionChoices(current: string): { priced: string[]; unpriced: string[] } {
  const priced = [...pricedRegions];
  const unpriced = [...new Set([...awsRegions, current])].filter((r) => !priced.includes(r)).sort();
  return { priced, unpriced };
}

const shares = new WeakMap<
  Catalog,
  ReadonlyMap<string, { readonly priced: number; readonly meters: number }>
>();

/**
 * How many of the meters AWS sells in each bundled region its book prices, for the region
 * selector (a Paris user sees at once how much of an estimate can be priced there).
 */
export function pricedShare(
  catalog: Catalog,
): ReadonlyMap<string, { readonly priced: number; readonly meters: number }> {
  let share = shares.get(catalog);
  if (!share) {
    const rows = coverage(priceBooks, catalog, Object.values(transferMeters));
    share = new Map(rows.map((r) => [r.region, { priced: r.priced, meters: r.meters }]));
    shares.set(catalog, share);
  }
  return share;
}
