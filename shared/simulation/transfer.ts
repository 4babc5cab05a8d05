import type { Design, Group } from '../model/design';

/** Price-book meter keys for data moved between places (coordinated with catalog/prices). */
export const transferMeters = {
  internetOut: 'dataTransfer.internetOut',
  interAz: 'dataTransfer.interAz',
  natGateway: 'natGateway.gb',
  vpcEndpoint: 'vpcEndpoint.gb',
} as const;

/** 1 GB as AWS bills data transfer: 2^30 bytes (the pricing pages' examples use 1,024). */
export const BYTES_PER_GB = 1024 ** 3;

/** Where a node sits in the network, from its group chain (subnet -> AZ -> VPC). */
export interface Placement {
  readonly vpc: string | null;
  readonly az: string | null;
  /** Sits in a subnet that is not marked public (config.public !== true). */
  readonly privateSubnet: boolean;
  /** Service ids reachable through VPC endpoints (VPC config.vpcEndpoints). */
  readonly endpoints: readonly string[];
}

const nowhere: Placement = { vpc: null, az: null, privateSubnet: false, endpoints: [] };

/**
 * Places every node by walking its group chain. An AZ is an `availabilityZone` group, or
 * a subnet's `availabilityZone` config value when subnets sit directly in the VPC.
 *
 * @example
 * placeNodes(design).get('Scorer') // { vpc: 'Vpc', az: 'AzA', privateSubnet: true, endpoints: ['dynamodb'] }
 */
export function placeNodes(design: Design): ReadonlyMap<string, Placement> {
  const groups = new Map<string, Group>();
  for (const g of design.groups) groups.set(g.id, g);
  const byGroup = new Map<string, Placement>();
  const placeGroup = (id: string): Placement => {
    const known = byGroup.get(id);
    if (known) return known;
    let vpc: string | null = null;
    let az: string | null = null;
    let privateSubnet = false;
    let endpoints: readonly string[] = [];
    let seenSubnet = false;
    const visited = new Set<string>();
    for (
      let g = groups.get(id);
      g !== undefined && !visited.has(g.id);
      g = g.parent ? groups.get(g.parent) : undefined
    ) {
      visited.add(g.id);
      if (g.kind === 'subnet' && !seenSubnet) {
        seenSubnet = true;
        privateSubnet = g.config['public'] !== true;
        const zone = g.config['availabilityZone'];
        if (typeof zone === 'string' && az === null) az = zone;
      } else if (g.kind === 'availabilityZone' && az === null) az = g.id;
      else if (g.kind === 'vpc' && vpc === null) {
        vpc = g.id;
        const list = g.config['vpcEndpoints'];
        if (Array.isArray(list)) endpoints = list.map(String);
      }
    }
    const placement = { vpc, az, privateSubnet, endpoints };
    byGroup.set(id, placement);
    return placement;
  };
  const out = new Map<string, Placement>();
  for (const node of design.nodes) out.set(node.id, node.group ? placeGroup(node.group) : nowhere);
  return out;
}

/**
 * Data-transfer quantities (GB) a connection incurs: cross-AZ when both ends sit in
 * different AZs; NAT gateway processing when a private-subnet node talks to something
 * outside its VPC, or VPC endpoint processing when the VPC has an endpoint for the
 * target's service.
 *
 * @example
 * transferQuantities(a, b, 'dynamodb', 2 * BYTES_PER_GB) // { 'natGateway.gb': 2 }
 */
export function transferQuantities(
  source: Placement,
  target: Placement,
  targetService: string,
  bytesPerMonth: number,
): Record<string, number> | null {
  if (bytesPerMonth <= 0) return null;
  const gb = bytesPerMonth / BYTES_PER_GB;
  if (source.az !== null && target.az !== null && source.az !== target.az)
    return { [transferMeters.interAz]: gb };
  if (source.vpc !== null && source.privateSubnet && target.vpc !== source.vpc) {
    return source.endpoints.includes(targetService)
      ? { [transferMeters.vpcEndpoint]: gb }
      : { [transferMeters.natGateway]: gb };
  }
  return null;
}
