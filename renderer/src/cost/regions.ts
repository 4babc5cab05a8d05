/** AWS regions offered by the region selector; those with a bundled price book come first. */
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
