import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, loc, meter, quantities, ref, str } from '../helpers';

const bandwidths = ['1Gbps', '10Gbps', '100Gbps'] as const;

/** AWS Direct Connect dedicated connection: port-hours and data transferred out. */
export const directConnect = defineService({
  id: 'directConnect',
  name: loc('AWS Direct Connect connection', 'Connexion AWS Direct Connect'),
  description: loc(
    'Dedicated network link from a data centre to AWS; billed per port-hour and per GB transferred out.',
    'Lien réseau dédié entre un centre de données et AWS ; facturé à l’heure de port et au Go sortant.',
  ),
  aliases: [
    'direct connect',
    'dedicated line',
    'on-premises',
    'hybrid',
    'ligne dédiée',
    'hybride',
    'sur site',
    'datacenter',
  ],
  category: 'networking',
  icon: 'architecture-service/AWSDirectConnect.svg',
  entryPoint: true,
  config: {
    bandwidth: {
      type: 'enum',
      label: loc('Port speed', 'Débit du port'),
      default: '1Gbps',
      options: bandwidths.map((value) => ({ value })),
    },
    location: {
      type: 'string',
      label: loc('Direct Connect location code', 'Code de l’emplacement Direct Connect'),
      default: 'EqDC2',
      pattern: '^[A-Za-z0-9-]+$',
      maxLength: 64,
    },
  },
  meters: [
    ...bandwidths.map((b) =>
      meter(`directConnect.port.${b}.hours`, `Dedicated port ${b}`, `Port dédié ${b}`, 'port-hours'),
    ),
    meter(
      'directConnect.dataTransferOut',
      'Data transfer out over Direct Connect',
      'Transfert sortant via Direct Connect',
      'GB',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      [`directConnect.port.${str(ctx.config, 'bandwidth', '1Gbps')}.hours`]: ctx.hoursPerMonth,
      'directConnect.dataTransferOut': ctx.load.bytesPerMonth / BYTES_PER_GB,
    }),
    outputFactor: 1,
  }),
  cloudformation: {
    types: ['AWS::DirectConnect::Connection'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::DirectConnect::Connection',
        Properties: {
          Bandwidth: str(ctx.config, 'bandwidth', '1Gbps'),
          ConnectionName: ctx.nodeId,
          Location: str(ctx.config, 'location', 'EqDC2'),
        },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [],
});
