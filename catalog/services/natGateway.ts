import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, getAtt, loc, meter, quantities, ref } from '../helpers';

/** NAT gateway: lets private subnets reach the internet; billed per hour and per GB processed. */
export const natGateway = defineService({
  id: 'natGateway',
  name: loc('NAT gateway', 'Passerelle NAT'),
  description: loc(
    'Outbound internet access for private subnets; billed per hour and per GB processed.',
    'Accès sortant à internet pour les sous-réseaux privés ; facturé à l’heure et au Go traité.',
  ),
  aliases: ['nat', 'gateway', 'egress', 'passerelle', 'passerelle nat', 'sortie internet'],
  category: 'networking',
  icon: 'resource/AmazonVPCNATGateway.svg',
  config: {},
  meters: [
    meter('natGateway.hours', 'NAT gateway hours', 'Heures de passerelle NAT', 'hours'),
    meter('natGateway.gb', 'NAT gateway data processed', 'Données traitées par la passerelle NAT', 'GB'),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'natGateway.hours': ctx.hoursPerMonth,
      'natGateway.gb': ctx.load.bytesPerMonth / BYTES_PER_GB,
    }),
    outputFactor: 1,
    assumptions: [
      'Traffic from private subnets to other services is priced on the connection when it crosses the NAT gateway.',
    ],
  }),
  cloudformation: {
    types: ['AWS::EC2::NatGateway'],
    resources(ctx): Record<string, CfnResource> {
      const subnet =
        ctx.subnetIds[0] ??
        ctx.param('PublicSubnetId', {
          Type: 'AWS::EC2::Subnet::Id',
          Description: 'Public subnet of the NAT gateway',
        });
      return {
        [`${ctx.nodeId}Ip`]: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } },
        [ctx.nodeId]: {
          Type: 'AWS::EC2::NatGateway',
          Properties: { SubnetId: subnet, AllocationId: getAtt(`${ctx.nodeId}Ip`, 'AllocationId') },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['internetGateway'],
      kinds: ['route'],
      description: loc('Sends traffic out through the internet gateway', 'Sort par la passerelle internet'),
    },
  ],
});
