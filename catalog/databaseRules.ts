/** Network-reached databases: compute nodes connect over the VPC, credentials from Secrets Manager. */
import type { CfnContext, CfnResource, CfnValue, ConnectionRule } from '../shared/service/types';
import { ref } from './helpers';
import { keyRule } from './rules';

/** Security of a database: subnets come from its group, the master password from a managed secret. */
export const databaseConnections: readonly ConnectionRule[] = [
  keyRule('Encrypts storage with the key', 'Chiffre le stockage avec la clé'),
];

/** The DB subnet group of a node placed in subnets, and the properties that use it. */
export function dbSubnets(ctx: CfnContext): {
  resources: Record<string, CfnResource>;
  properties: Record<string, CfnValue>;
} {
  if (ctx.subnetIds.length === 0) return { resources: {}, properties: {} };
  const id = `${ctx.nodeId}Subnets`;
  return {
    resources: {
      [id]: {
        Type: 'AWS::RDS::DBSubnetGroup',
        Properties: { DBSubnetGroupDescription: `Subnets of ${ctx.nodeId}`, SubnetIds: [...ctx.subnetIds] },
      },
    },
    properties: { DBSubnetGroupName: ref(id) },
  };
}
