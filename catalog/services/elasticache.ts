import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, num, quantities, ref, str, type InstanceType } from '../helpers';

const nodeTypes: readonly InstanceType[] = [
  { value: 'cache.t3.micro', vcpu: 2, memoryGiB: 0.5 },
  { value: 'cache.t3.medium', vcpu: 2, memoryGiB: 3.09 },
  { value: 'cache.m5.large', vcpu: 2, memoryGiB: 6.38 },
  { value: 'cache.r6g.large', vcpu: 2, memoryGiB: 13.07 },
];

/** Amazon ElastiCache (Redis OSS, Valkey or Memcached) node-based cluster. */
export const elasticache = defineService({
  id: 'elasticache',
  name: loc('Amazon ElastiCache', 'Amazon ElastiCache'),
  description: loc(
    'In-memory cache (Valkey, Redis OSS, Memcached) in front of databases; billed per node-hour.',
    'Cache en mémoire (Valkey, Redis OSS, Memcached) devant les bases ; facturé à l’heure de nœud.',
  ),
  aliases: ['cache', 'redis', 'valkey', 'memcached', 'in-memory', 'mémoire', 'mise en cache'],
  category: 'databases',
  icon: 'architecture-service/AmazonElastiCache.svg',
  config: {
    engine: {
      type: 'enum',
      label: loc('Engine', 'Moteur'),
      default: 'redis',
      options: [
        { value: 'redis', label: 'Redis OSS' },
        { value: 'valkey', label: 'Valkey' },
        { value: 'memcached', label: 'Memcached' },
      ],
    },
    nodeType: {
      type: 'enum',
      label: loc('Node type', 'Type de nœud'),
      default: 'cache.t3.micro',
      options: nodeTypes.map((t) => ({
        value: t.value,
        label: `${t.value} (${t.memoryGiB} GiB)`,
        facts: { vcpu: t.vcpu, memoryGiB: t.memoryGiB },
      })),
    },
    nodes: { type: 'number', label: loc('Nodes', 'Nœuds'), default: 1, min: 1, max: 40, integer: true },
  },
  meters: nodeTypes.map((t) =>
    meter(
      `elasticache.${t.value}.hours`,
      `ElastiCache ${t.value} node`,
      `Nœud ElastiCache ${t.value}`,
      'hours',
    ),
  ),
  usage(ctx) {
    const nodes = str(ctx.config, 'engine') === 'memcached' ? num(ctx.config, 'nodes', 1) : 1;
    return {
      quantities: quantities({
        [`elasticache.${str(ctx.config, 'nodeType', 'cache.t3.micro')}.hours`]: nodes * ctx.hoursPerMonth,
      }),
      sizing: { nodes },
      outputFactor: 1,
      assumptions:
        str(ctx.config, 'engine') === 'memcached'
          ? []
          : ['A Redis OSS / Valkey cache cluster has one node (use replication groups for replicas).'],
    };
  },
  cloudformation: {
    types: ['AWS::ElastiCache::CacheCluster'],
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const memcached = str(ctx.config, 'engine') === 'memcached';
      return {
        ...(ctx.subnetIds.length > 0
          ? {
              [`${id}Subnets`]: {
                Type: 'AWS::ElastiCache::SubnetGroup',
                Properties: { Description: `Subnets of ${id}`, SubnetIds: [...ctx.subnetIds] },
              },
            }
          : {}),
        [id]: {
          Type: 'AWS::ElastiCache::CacheCluster',
          Properties: {
            Engine: str(ctx.config, 'engine', 'redis'),
            CacheNodeType: str(ctx.config, 'nodeType', 'cache.t3.micro'),
            NumCacheNodes: memcached ? num(ctx.config, 'nodes', 1) : 1,
            ...(ctx.subnetIds.length > 0 ? { CacheSubnetGroupName: ref(`${id}Subnets`) } : {}),
            ...(ctx.securityGroupIds.length > 0 ? { VpcSecurityGroupIds: [...ctx.securityGroupIds] } : {}),
          },
        },
      };
    },
    reference: (id) => getAtt(id, 'RedisEndpoint.Address'),
  },
  connections: [],
});
