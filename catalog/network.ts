/** Shared pieces of the network services: the VPC a resource belongs to. */
import type { CfnContext, CfnValue } from '../shared/service/types';

/** The VPC of the node's group, else one given by a connection (VPC_ID), else a template parameter. */
export const vpcId = (ctx: CfnContext): CfnValue =>
  ctx.vpcId ??
  ctx.environment['VPC_ID'] ??
  ctx.param('VpcId', { Type: 'AWS::EC2::VPC::Id', Description: 'VPC of the network resources' });

/** Subnets of the node's group, or a template parameter. */
export const subnetIds = (ctx: CfnContext, description: string): CfnValue =>
  ctx.subnetIds.length > 0
    ? [...ctx.subnetIds]
    : ctx.param('SubnetIds', { Type: 'List<AWS::EC2::Subnet::Id>', Description: description });

export const CIDR_PATTERN = '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$';
