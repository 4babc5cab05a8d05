import { defineService, type CfnResource } from '../../shared/service/types';
import { bool, loc, ref, str } from '../helpers';
import { CIDR_PATTERN, vpcId } from '../network';

/** A subnet, drawn as a container group (Design.groups kind 'subnet') inside a VPC. */
export const subnet = defineService({
  id: 'subnet',
  name: loc('Subnet', 'Sous-réseau'),
  description: loc(
    'Range of addresses in one Availability Zone; public subnets route to an internet gateway.',
    'Plage d’adresses dans une zone de disponibilité ; les sous-réseaux publics passent par une passerelle internet.',
  ),
  aliases: [
    'subnet',
    'public subnet',
    'private subnet',
    'sous-réseau',
    'sous-réseau public',
    'sous-réseau privé',
  ],
  category: 'networking',
  icon: 'architecture-group/Privatesubnet.svg',
  group: true,
  config: {
    cidr: {
      type: 'string',
      label: loc('IPv4 CIDR block', 'Bloc CIDR IPv4'),
      default: '10.0.1.0/24',
      pattern: CIDR_PATTERN,
    },
    public: {
      type: 'boolean',
      label: loc('Public (route to the internet gateway)', 'Public (route vers la passerelle internet)'),
      default: false,
    },
    availabilityZone: {
      type: 'enum',
      label: loc('Availability Zone', 'Zone de disponibilité'),
      default: '0',
      options: [
        { value: '0', label: 'First AZ of the region' },
        { value: '1', label: 'Second AZ of the region' },
        { value: '2', label: 'Third AZ of the region' },
      ],
    },
  },
  meters: [],
  usage: () => ({ quantities: {} }),
  cloudformation: {
    types: ['AWS::EC2::Subnet'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::EC2::Subnet',
        Properties: {
          VpcId: vpcId(ctx),
          CidrBlock: str(ctx.config, 'cidr', '10.0.1.0/24'),
          AvailabilityZone: {
            'Fn::Select': [Number(str(ctx.config, 'availabilityZone', '0')), { 'Fn::GetAZs': '' }],
          },
          MapPublicIpOnLaunch: bool(ctx.config, 'public'),
        },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [],
});
