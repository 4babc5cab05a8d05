import type { ConfigValue, GroupKind } from '../model/design';
import type { ImportState } from './importNodes';

export interface ImportedGroup {
  readonly id: string;
  readonly kind: GroupKind;
  readonly label: string;
  readonly parent?: string;
  readonly config: Readonly<Record<string, ConfigValue>>;
}

/** Network resources the exporter re-creates from the groups. */
const impliedByGroups = new Set([
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The zone a subnet names: `!Select [i, !GetAZs ...]` gives i; a literal zone name itself. */
function zoneOf(value: unknown): number | string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && Array.isArray(value['Fn::Select'])) {
    const [index, list] = value['Fn::Select'] as unknown[];
    const n = typeof index === 'number' ? index : typeof index === 'string' ? Number(index) : NaN;
    if (Number.isInteger(n) && isObject(list) && 'Fn::GetAZs' in list) return n;
  }
  return undefined;
}

const literalRef = (value: unknown): string | undefined =>
  isObject(value) && typeof value['Ref'] === 'string' ? value['Ref'] : undefined;

/**
 * VPCs become VPC groups, subnets subnet groups (inside an availability-zone group when
 * their zone is known), with CIDRs and public flags; nodes referring to subnets or
 * security groups go inside. Gateways, route tables and security groups are implied.
 *
 * @example
 * findGroups(state).groups // [{ id: 'VPC', kind: 'vpc', ... }, { id: 'PublicSubnet0', kind: 'subnet', parent: 'VPCZone1', ... }]
 */
export function findGroups(state: ImportState): { groups: ImportedGroup[]; groupOf: Map<string, string> } {
  const groups: ImportedGroup[] = [];
  const groupOf = new Map<string, string>(); // logical id (VPC, subnet, SG) → group id
  const vpcs = state.ids.filter((id) => state.resources[id]!.Type === 'AWS::EC2::VPC');
  for (const id of vpcs) {
    const cidr = state.resources[id]!.Properties['CidrBlock'];
    const groupId = state.designId(id);
    groups.push({ id: groupId, kind: 'vpc', label: id, config: typeof cidr === 'string' ? { cidr } : {} });
    groupOf.set(id, groupId);
    state.record(id, 'group', `VPC group ${groupId}`);
  }

  const publicTables = new Set<string>();
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    if (resource.Type !== 'AWS::EC2::Route') continue;
    const gateway = literalRef(resource.Properties['GatewayId']);
    const table = literalRef(resource.Properties['RouteTableId']);
    if (gateway && table && state.resources[gateway]?.Type === 'AWS::EC2::InternetGateway')
      publicTables.add(table);
  }
  const publicSubnets = new Set<string>();
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    if (resource.Type !== 'AWS::EC2::SubnetRouteTableAssociation') continue;
    const table = literalRef(resource.Properties['RouteTableId']);
    const subnet = literalRef(resource.Properties['SubnetId']);
    if (table && subnet && publicTables.has(table)) publicSubnets.add(subnet);
  }

  const zones = new Map<string, string>(); // `${vpc}|${zone}` → group id
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    if (resource.Type !== 'AWS::EC2::Subnet') continue;
    const vpc = literalRef(resource.Properties['VpcId']);
    const vpcGroup = vpc === undefined ? undefined : groupOf.get(vpc);
    if (vpcGroup === undefined) continue;
    const zone = zoneOf(resource.Properties['AvailabilityZone']);
    let parent = vpcGroup;
    if (zone !== undefined) {
      const key = `${vpcGroup}|${zone}`;
      if (!zones.has(key)) {
        const zoneId = state.designId(`${vpcGroup}Zone${typeof zone === 'number' ? zone + 1 : zone}`);
        zones.set(key, zoneId);
        groups.push({
          id: zoneId,
          kind: 'availabilityZone',
          label: typeof zone === 'number' ? `Zone ${zone + 1}` : zone,
          parent: vpcGroup,
          config: typeof zone === 'number' ? { zone } : {},
        });
      }
      parent = zones.get(key)!;
    }
    const cidr = resource.Properties['CidrBlock'];
    const mapPublic = resource.Properties['MapPublicIpOnLaunch'];
    const isPublic = mapPublic === true || mapPublic === 'true' || publicSubnets.has(id);
    const groupId = state.designId(id);
    groups.push({
      id: groupId,
      kind: 'subnet',
      label: id,
      parent,
      config: { ...(typeof cidr === 'string' ? { cidr } : {}), public: isPublic },
    });
    groupOf.set(id, groupId);
    state.record(id, 'group', `subnet group ${groupId}`);
  }
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    if (resource.Type !== 'AWS::EC2::SecurityGroup') continue;
    const vpc = literalRef(resource.Properties['VpcId']);
    if (vpc !== undefined && groupOf.has(vpc)) groupOf.set(id, groupOf.get(vpc)!);
  }
  // What Nuage's own export creates for a group is named after it (VpcInternetGateway,
  // PrivateRouteTableAssociation): claim it before services that model the same types.
  const named = [...groupOf.keys()].filter((id) => state.resources[id]!.Type !== 'AWS::EC2::SecurityGroup');
  for (const id of state.ids)
    if (
      !state.entries.has(id) &&
      impliedByGroups.has(state.resources[id]!.Type) &&
      named.some((g) => id.startsWith(g) && id !== g)
    )
      state.record(id, 'network', 're-created by Nuage from the VPC and subnet groups');
  return { groups, groupOf };
}

/**
 * After nodes are found: the rest of the implied network, and nodes placed into groups.
 *
 * @example
 * finishNetwork(state, findGroups(state)); // NAT gateway node → group 'PublicSubnet0'
 */
export function finishNetwork(
  state: ImportState,
  network: { groups: readonly ImportedGroup[]; groupOf: ReadonlyMap<string, string> },
): void {
  if (network.groups.length > 0)
    for (const id of state.ids)
      if (!state.entries.has(id) && !state.owner.has(id) && impliedByGroups.has(state.resources[id]!.Type))
        state.record(id, 'network', 're-created by Nuage from the VPC and subnet groups');
  placeNodes(state, network.groups, network.groupOf);
}

/** A node goes into the one subnet it uses, else the zone or VPC holding all its subnets. */
function placeNodes(
  state: ImportState,
  groups: readonly ImportedGroup[],
  groupOf: ReadonlyMap<string, string>,
): void {
  const parentOf = new Map(groups.map((g) => [g.id, g.parent]));
  const ancestors = (id: string): string[] => {
    const out = [id];
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) out.push(p);
    return out;
  };
  for (const node of state.nodes.values()) {
    const used = new Set<string>();
    for (const id of state.ids)
      if (state.owner.get(id) === node.logicalId)
        for (const ref of state.refs.get(id) ?? []) {
          const group = groupOf.get(ref);
          if (group !== undefined) used.add(group);
        }
    if (used.size === 0) continue;
    // The most specific groups: a VPC used through its security group adds nothing to a subnet in it.
    const specific = [...used].filter((g) => ![...used].some((h) => h !== g && ancestors(h).includes(g)));
    const chains = specific.map(ancestors);
    const common = chains[0]!.find((g) => chains.every((chain) => chain.includes(g)));
    if (common !== undefined) node.group = common;
  }
}
