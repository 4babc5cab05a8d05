import { defineService, type CfnResource } from '../../shared/service/types';
import { bool, loc, ref, str } from '../helpers';
import { CIDR_PATTERN } from '../network';

/** Amazon VPC, drawn as a container group (Design.groups kind 'vpc'). */
export const vpc = defineService({
  id: 'vpc',
  name: loc('Amazon VPC', 'Amazon VPC'),
  description: loc(
    'Private network holding subnets; drawn as a container. The VPC itself is free.',
    'Réseau privé qui contient les sous-réseaux ; dessiné comme un conteneur. Le VPC est gratuit.',
  ),
  aliases: ['network', 'vpc', 'virtual private cloud', 'réseau', 'réseau privé', 'cloud privé virtuel'],
  category: 'networking',
  icon: 'architecture-group/VirtualprivatecloudVPC.svg',
  group: true,
  config: {
    cidr: {
      type: 'string',
      label: loc('IPv4 CIDR block', 'Bloc CIDR IPv4'),
      default: '10.0.0.0/16',
      pattern: CIDR_PATTERN,
    },
    dnsHostnames: { type: 'boolean', label: loc('DNS hostnames', 'Noms d’hôte DNS'), default: true },
  },
  meters: [],
  usage: () => ({
    quantities: {},
    assumptions: ['A VPC is free; NAT gateways, endpoints and data transfer are billed.'],
  }),
  cloudformation: {
    types: ['AWS::EC2::VPC'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::EC2::VPC',
        Properties: {
          CidrBlock: str(ctx.config, 'cidr', '10.0.0.0/16'),
          EnableDnsSupport: true,
          EnableDnsHostnames: bool(ctx.config, 'dnsHostnames'),
        },
      },
    }),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Id`]: { Value: ref(id), Description: 'VPC id' } }),
  },
  connections: [],
});
