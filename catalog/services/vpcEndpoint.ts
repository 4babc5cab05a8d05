import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, loc, meter, quantities, ref, str, sub } from '../helpers';
import { vpcId } from '../network';

/** Endpoint services; S3 and DynamoDB also offer free gateway endpoints. */
const services = [
  { value: 's3', gateway: true },
  { value: 'dynamodb', gateway: true },
  { value: 'sagemaker.runtime', gateway: false },
  { value: 'kinesis-streams', gateway: false },
  { value: 'sns', gateway: false },
  { value: 'sqs', gateway: false },
  { value: 'logs', gateway: false },
  { value: 'kms', gateway: false },
  { value: 'secretsmanager', gateway: false },
];

/** VPC endpoint (PrivateLink interface, or free gateway for S3/DynamoDB). */
export const vpcEndpoint = defineService({
  id: 'vpcEndpoint',
  name: loc('VPC endpoint', 'Point de terminaison VPC'),
  description: loc(
    'Private access from a VPC to an AWS service without a NAT gateway; interface endpoints bill per hour and per GB.',
    'Accès privé d’un VPC à un service AWS sans passerelle NAT ; les points d’interface sont facturés à l’heure et au Go.',
  ),
  aliases: [
    'privatelink',
    'endpoint',
    'private link',
    'point de terminaison',
    'lien privé',
    'gateway endpoint',
  ],
  category: 'networking',
  icon: 'resource/AmazonVPCEndpoints.svg',
  config: {
    service: {
      type: 'enum',
      label: loc('AWS service', 'Service AWS'),
      default: 's3',
      options: services.map((s) => ({
        value: s.value,
        label: `${s.value} (${s.gateway ? 'gateway' : 'interface'})`,
      })),
    },
    gateway: {
      type: 'boolean',
      label: loc('Gateway endpoint (S3, DynamoDB only)', 'Point de passerelle (S3, DynamoDB)'),
      default: true,
    },
    availabilityZones: {
      type: 'number',
      label: loc('Availability Zones', 'Zones de disponibilité'),
      default: 2,
      min: 1,
      max: 6,
      integer: true,
    },
  },
  meters: [
    meter(
      'vpcEndpoint.hours',
      'Interface endpoint hours (per AZ)',
      'Heures de point d’interface (par AZ)',
      'hours',
    ),
    meter(
      'vpcEndpoint.gb',
      'Interface endpoint data processed',
      'Données traitées par le point d’interface',
      'GB',
    ),
  ],
  usage(ctx) {
    const svc = services.find((s) => s.value === str(ctx.config, 'service')) ?? services[0]!;
    if (svc.gateway && ctx.config['gateway'] === true)
      return { quantities: {}, outputFactor: 1, assumptions: ['Gateway endpoints are free.'] };
    return {
      quantities: quantities({
        'vpcEndpoint.hours': Number(ctx.config['availabilityZones'] ?? 2) * ctx.hoursPerMonth,
        'vpcEndpoint.gb': ctx.load.bytesPerMonth / BYTES_PER_GB,
      }),
      outputFactor: 1,
    };
  },
  cloudformation: {
    types: ['AWS::EC2::VPCEndpoint'],
    resources(ctx): Record<string, CfnResource> {
      const svc = services.find((s) => s.value === str(ctx.config, 'service')) ?? services[0]!;
      const gateway = svc.gateway && ctx.config['gateway'] === true;
      return {
        [ctx.nodeId]: {
          Type: 'AWS::EC2::VPCEndpoint',
          Properties: {
            VpcId: vpcId(ctx),
            ServiceName: sub(`com.amazonaws.\${AWS::Region}.${svc.value}`),
            VpcEndpointType: gateway ? 'Gateway' : 'Interface',
            ...(gateway
              ? {}
              : {
                  PrivateDnsEnabled: true,
                  ...(ctx.subnetIds.length > 0 ? { SubnetIds: [...ctx.subnetIds] } : {}),
                }),
            ...(!gateway && ctx.securityGroupIds.length > 0
              ? { SecurityGroupIds: [...ctx.securityGroupIds] }
              : {}),
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [],
});
