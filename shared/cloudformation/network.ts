import type { Group } from '../model/design';
import type { CfnResource, CfnValue } from '../service/types';
import { allocate, contains, defaultSubnetPrefix, formatCidr, overlaps, parseCidr, type Cidr } from './cidr';
import { getAtt, ref, type TemplateBuilder } from './builder';

/** Where a node inside a group is placed: the subnets and security groups it gets. */
export interface Placement {
  readonly subnetIds: readonly CfnValue[];
  readonly securityGroupIds: readonly CfnValue[];
  readonly vpcId: CfnValue;
}

interface SubnetPlan {
  readonly id: string;
  readonly label: string;
  readonly zone: number;
  readonly isPublic: boolean;
  /** The group holding it (the subnet group itself, or the AZ/VPC an implicit one fills). */
  readonly container: string;
  cidr?: Cidr;
  readonly explicit?: string;
}

const nameTag = (label: string): CfnValue[] => [
  { Key: 'Name', Value: { 'Fn::Join': ['-', [ref('EnvironmentName'), label]] } },
];

/**
 * Turns the design's VPC / availability-zone / subnet groups into a VPC per VPC group,
 * subnets with non-overlapping CIDRs, route tables (an internet gateway when a subnet is
 * public) and one security group per VPC whose members may talk to each other. Returns
 * where each group's nodes go. Problems (bad nesting, bad or overlapping CIDRs, full VPC)
 * are reported on the builder.
 *
 * @example
 * const out = new TemplateBuilder([]);
 * buildNetwork([{ id: 'Vpc', kind: 'vpc', ... }], out).get('Vpc')
 * // { subnetIds: [{ Ref: 'VpcSubnet1' }, { Ref: 'VpcSubnet2' }], securityGroupIds: [...], vpcId: { Ref: 'Vpc' } }
 */
export function buildNetwork(groups: readonly Group[], out: TemplateBuilder): Network {
  const placements = new Map<string, Placement>();
  const vpcRoutes: VpcRoutes[] = [];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const children = (id: string): Group[] => groups.filter((g) => g.parent === id);
  const bad = (group: Group, message: string, fr: string): void =>
    void out.problems.push({
      severity: 'error',
      code: 'invalid_group',
      message: `${group.label || group.id}: ${message}`,
      params: { group: group.label || group.id, reason: fr },
    });

  for (const group of groups) {
    const parent = group.parent === undefined ? undefined : byId.get(group.parent);
    if (group.kind === 'vpc' && parent !== undefined)
      bad(
        group,
        'a VPC cannot sit inside another group',
        'un VPC ne peut pas se trouver dans un autre groupe',
      );
    if (group.kind === 'availabilityZone' && parent?.kind !== 'vpc')
      bad(
        group,
        'an availability zone must sit inside a VPC',
        'une zone de disponibilité doit se trouver dans un VPC',
      );
    if (group.kind === 'subnet' && parent?.kind !== 'vpc' && parent?.kind !== 'availabilityZone')
      bad(
        group,
        'a subnet must sit inside a VPC or an availability zone',
        'un sous-réseau doit se trouver dans un VPC ou une zone de disponibilité',
      );
  }

  const vpcs = groups.filter((g) => g.kind === 'vpc' && g.parent === undefined);
  vpcs.forEach((vpc, vpcIndex) => {
    const fallbackCidr = `10.${vpcIndex % 256}.0.0/16`;
    const cidrText = typeof vpc.config['cidr'] === 'string' ? vpc.config['cidr'] : fallbackCidr;
    let vpcCidr = parseCidr(cidrText);
    if (vpcCidr === undefined || vpcCidr.prefix < 16 || vpcCidr.prefix > 28) {
      bad(
        vpc,
        `CIDR "${cidrText}" is not a network block between /16 and /28; ${fallbackCidr} is used`,
        `le CIDR « ${cidrText} » n’est pas un bloc réseau entre /16 et /28 : ${fallbackCidr} est utilisé`,
      );
      vpcCidr = parseCidr(fallbackCidr)!;
    }
    out.resources[vpc.id] = {
      Type: 'AWS::EC2::VPC',
      Properties: {
        CidrBlock: formatCidr(vpcCidr),
        EnableDnsSupport: true,
        EnableDnsHostnames: true,
        Tags: nameTag(vpc.label || vpc.id),
      },
    };

    // Subnets: explicit ones first, then an implicit private subnet for each AZ without
    // subnets, and two (in two zones) for a VPC without any.
    const plans: SubnetPlan[] = [];
    const zones = children(vpc.id).filter((g) => g.kind === 'availabilityZone');
    const zoneIndex = new Map(
      zones.map((zone, i) => [
        zone.id,
        typeof zone.config['zone'] === 'number' ? Math.max(0, Math.floor(zone.config['zone'])) : i,
      ]),
    );
    const addSubnet = (subnet: Group, zone: number): void => {
      plans.push({
        id: subnet.id,
        label: subnet.label || subnet.id,
        zone,
        isPublic: subnet.config['public'] === true,
        container: subnet.id,
        ...(typeof subnet.config['cidr'] === 'string' ? { explicit: subnet.config['cidr'] } : {}),
      });
    };
    children(vpc.id)
      .filter((g) => g.kind === 'subnet')
      .forEach((subnet, i) => addSubnet(subnet, i % 2));
    for (const zone of zones) {
      const inZone = children(zone.id).filter((g) => g.kind === 'subnet');
      inZone.forEach((subnet) => addSubnet(subnet, zoneIndex.get(zone.id)!));
      if (inZone.length === 0)
        plans.push({
          id: out.freeId(`${zone.id}Subnet`),
          label: zone.label || zone.id,
          zone: zoneIndex.get(zone.id)!,
          isPublic: false,
          container: zone.id,
        });
    }
    if (plans.length === 0)
      for (const zone of [0, 1])
        plans.push({
          id: out.freeId(`${vpc.id}Subnet${zone + 1}`),
          label: `${vpc.label || vpc.id}-${zone + 1}`,
          zone,
          isPublic: false,
          container: vpc.id,
        });

    const taken: Cidr[] = [];
    for (const plan of plans.filter((p) => p.explicit !== undefined)) {
      const cidr = parseCidr(plan.explicit!);
      const group = byId.get(plan.id)!;
      if (cidr === undefined)
        bad(
          group,
          `CIDR "${plan.explicit}" is not a network block like 10.0.1.0/24`,
          `le CIDR « ${plan.explicit} » n’est pas un bloc réseau comme 10.0.1.0/24`,
        );
      else if (!contains(vpcCidr, cidr))
        bad(
          group,
          `CIDR ${plan.explicit} is outside the VPC's ${formatCidr(vpcCidr)}`,
          `le CIDR ${plan.explicit} est en dehors du bloc ${formatCidr(vpcCidr)} du VPC`,
        );
      else if (cidr.prefix > 28)
        bad(
          group,
          `CIDR ${plan.explicit} is smaller than /28, the smallest subnet AWS allows`,
          `le CIDR ${plan.explicit} est plus petit que /28, le plus petit sous-réseau accepté par AWS`,
        );
      else if (taken.some((t) => overlaps(t, cidr)))
        bad(
          group,
          `CIDR ${plan.explicit} overlaps another subnet of the VPC`,
          `le CIDR ${plan.explicit} chevauche un autre sous-réseau du VPC`,
        );
      else {
        plan.cidr = cidr;
        taken.push(cidr);
      }
    }
    for (const plan of plans.filter((p) => p.cidr === undefined)) {
      const cidr = allocate(vpcCidr, defaultSubnetPrefix(vpcCidr), taken);
      if (cidr === undefined) {
        out.problems.push({
          severity: 'error',
          code: 'vpc_full',
          message: `${vpc.label || vpc.id}: no room left for subnet ${plan.label}`,
          params: { vpc: vpc.label || vpc.id, subnet: plan.label },
        });
        continue;
      }
      plan.cidr = cidr;
      taken.push(cidr);
    }
    const placed = plans.filter((p) => p.cidr !== undefined);

    const securityGroup = out.freeId(`${vpc.id}SecurityGroup`);
    out.resources[securityGroup] = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `Resources of ${vpc.label || vpc.id}`,
        VpcId: ref(vpc.id),
        Tags: nameTag(`${vpc.label || vpc.id}-sg`),
      },
    };
    out.resources[out.freeId(`${securityGroup}SelfIngress`)] = {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        GroupId: getAtt(securityGroup, 'GroupId'),
        IpProtocol: '-1',
        SourceSecurityGroupId: getAtt(securityGroup, 'GroupId'),
        Description: 'Members of the group reach each other',
      },
    };

    const routeTables = routing(vpc, placed, out);
    vpcRoutes.push({
      vpc,
      ...(routeTables.private !== undefined ? { privateRouteTable: routeTables.private } : {}),
      publicSubnets: placed.filter((p) => p.isPublic).map((p) => p.id),
      privateSubnets: placed.filter((p) => !p.isPublic).map((p) => p.id),
    });
    for (const plan of placed) {
      const subnet: CfnResource = {
        Type: 'AWS::EC2::Subnet',
        Properties: {
          VpcId: ref(vpc.id),
          CidrBlock: formatCidr(plan.cidr!),
          AvailabilityZone: { 'Fn::Select': [plan.zone, { 'Fn::GetAZs': '' }] },
          MapPublicIpOnLaunch: plan.isPublic,
          Tags: nameTag(plan.label),
        },
      };
      out.resources[plan.id] = subnet;
      out.resources[out.freeId(`${plan.id}RouteTableAssociation`)] = {
        Type: 'AWS::EC2::SubnetRouteTableAssociation',
        Properties: {
          SubnetId: ref(plan.id),
          RouteTableId: ref(plan.isPublic ? routeTables.public! : routeTables.private!),
        },
      };
    }
    out.outputs[out.freeId(`${vpc.id}Id`)] = {
      Value: ref(vpc.id),
      Description: `VPC ${vpc.label || vpc.id}`,
    };

    // Nodes in a group use every subnet under it (private ones first when in the VPC itself).
    const sg = [getAtt(securityGroup, 'GroupId')];
    const under = (groupId: string): SubnetPlan[] =>
      placed.filter(
        (p) =>
          p.container === groupId ||
          byId.get(p.container)?.parent === groupId ||
          byId.get(byId.get(p.container)?.parent ?? '')?.parent === groupId,
      );
    for (const id of [
      vpc.id,
      ...zones.map((z) => z.id),
      ...groups.filter((g) => g.kind === 'subnet').map((g) => g.id),
    ]) {
      let subnets = under(id);
      if (id === vpc.id && subnets.some((p) => !p.isPublic)) subnets = subnets.filter((p) => !p.isPublic);
      if (subnets.length > 0 || id === vpc.id)
        placements.set(id, {
          subnetIds: subnets.map((p) => ref(p.id)),
          securityGroupIds: sg,
          vpcId: ref(vpc.id),
        });
    }
  });
  return { placements, vpcs: vpcRoutes };
}

interface VpcRoutes {
  readonly vpc: Group;
  readonly privateRouteTable?: string;
  readonly publicSubnets: readonly string[];
  readonly privateSubnets: readonly string[];
}

/** The network of a design: where each group's nodes go, and each VPC's routing. */
export interface Network {
  readonly placements: ReadonlyMap<string, Placement>;
  readonly vpcs: readonly VpcRoutes[];
}

/**
 * Once nodes are in: private subnets reach the internet through a NAT gateway node sitting
 * in a public subnet of their VPC; without one, nodes in private subnets are told they
 * reach neither the internet nor AWS APIs.
 *
 * @example
 * routePrivateSubnets(network, out, nodesInPrivateSubnets) // adds VpcPrivateDefaultRoute → NatGw
 */
export function routePrivateSubnets(
  network: Network,
  out: TemplateBuilder,
  placedNodes: ReadonlyMap<string, string>,
): void {
  for (const { vpc, privateRouteTable, publicSubnets, privateSubnets } of network.vpcs) {
    if (privateRouteTable === undefined) continue;
    const nat = Object.entries(out.resources).find(([, r]) => {
      const subnet = r.Properties?.['SubnetId'];
      const id =
        typeof subnet === 'object' && subnet !== null && !Array.isArray(subnet)
          ? (subnet as { Ref?: unknown }).Ref
          : undefined;
      return r.Type === 'AWS::EC2::NatGateway' && typeof id === 'string' && publicSubnets.includes(id);
    });
    if (nat !== undefined) {
      out.resources[out.freeId(`${vpc.id}PrivateDefaultRoute`)] = {
        Type: 'AWS::EC2::Route',
        Properties: {
          RouteTableId: ref(privateRouteTable),
          DestinationCidrBlock: '0.0.0.0/0',
          NatGatewayId: ref(nat[0]),
        },
      };
      continue;
    }
    const stranded = [...placedNodes]
      .filter(([, group]) => privateSubnets.includes(group) || group === vpc.id)
      .map(([node]) => node);
    if (stranded.length > 0)
      out.problems.push({
        severity: 'warning',
        code: 'no_internet_route',
        message: `${vpc.label || vpc.id}: ${stranded.join(', ')} in private subnets reach neither the internet nor AWS APIs; add a NAT gateway in a public subnet (or VPC endpoints)`,
        params: { vpc: vpc.label || vpc.id, nodes: stranded.join(', ') },
      });
  }
}

/** Route tables of a VPC: one private, and one public with an internet gateway when needed. */
function routing(
  vpc: Group,
  subnets: readonly SubnetPlan[],
  out: TemplateBuilder,
): { public?: string; private?: string } {
  const tables: { public?: string; private?: string } = {};
  if (subnets.some((p) => p.isPublic)) {
    const gateway = out.freeId(`${vpc.id}InternetGateway`);
    const attachment = out.freeId(`${vpc.id}GatewayAttachment`);
    const table = out.freeId(`${vpc.id}PublicRouteTable`);
    out.resources[gateway] = {
      Type: 'AWS::EC2::InternetGateway',
      Properties: { Tags: nameTag(`${vpc.label || vpc.id}-igw`) },
    };
    out.resources[attachment] = {
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: { VpcId: ref(vpc.id), InternetGatewayId: ref(gateway) },
    };
    out.resources[table] = {
      Type: 'AWS::EC2::RouteTable',
      Properties: { VpcId: ref(vpc.id), Tags: nameTag(`${vpc.label || vpc.id}-public`) },
    };
    out.resources[out.freeId(`${vpc.id}PublicDefaultRoute`)] = {
      Type: 'AWS::EC2::Route',
      DependsOn: attachment,
      Properties: { RouteTableId: ref(table), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref(gateway) },
    };
    tables.public = table;
  }
  if (subnets.some((p) => !p.isPublic)) {
    const table = out.freeId(`${vpc.id}PrivateRouteTable`);
    out.resources[table] = {
      Type: 'AWS::EC2::RouteTable',
      Properties: { VpcId: ref(vpc.id), Tags: nameTag(`${vpc.label || vpc.id}-private`) },
    };
    tables.private = table;
  }
  return tables;
}
