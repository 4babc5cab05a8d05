import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, ref } from '../helpers';
import { vpcId } from '../network';

/** Internet gateway attached to a VPC (free; internet egress is billed per GB). */
export const internetGateway = defineService({
  id: 'internetGateway',
  name: loc('Internet gateway', 'Passerelle internet'),
  description: loc(
    'Connects a VPC’s public subnets to the internet; free of charge.',
    'Relie les sous-réseaux publics d’un VPC à internet ; gratuite.',
  ),
  aliases: ['igw', 'internet', 'gateway', 'passerelle', 'passerelle internet', 'accès internet'],
  category: 'networking',
  icon: 'resource/AmazonVPCInternetGateway.svg',
  config: {},
  meters: [],
  usage: () => ({
    quantities: {},
    outputFactor: 1,
    assumptions: ['Data sent to the internet is billed as data transfer out.'],
  }),
  cloudformation: {
    types: ['AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
      [`${ctx.nodeId}Attachment`]: {
        Type: 'AWS::EC2::VPCGatewayAttachment',
        Properties: { VpcId: vpcId(ctx), InternetGatewayId: ref(ctx.nodeId) },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [],
});
