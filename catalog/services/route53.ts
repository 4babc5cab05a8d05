import {
  defineService,
  type CfnResource,
  type CfnValue,
  type WiringContext,
} from '../../shared/service/types';
import { getAtt, loc, meter, quantities, ref, str } from '../helpers';

/** Hosted zone id of every CloudFront distribution alias (Route 53 developer guide). */
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

const alias = (ctx: WiringContext, zoneId: CfnValue, dns: CfnValue): Record<string, CfnResource> => ({
  [`${ctx.connectionId}Record`]: {
    Type: 'AWS::Route53::RecordSet',
    Properties: {
      HostedZoneId: ref(ctx.source.id),
      Name: str(ctx.source.config, 'domainName', 'example.com'),
      Type: 'A',
      AliasTarget: { HostedZoneId: zoneId, DNSName: dns },
    },
  },
});

/** Amazon Route 53 hosted zone: billed per zone-month and per million queries. */
export const route53 = defineService({
  id: 'route53',
  name: loc('Amazon Route 53 hosted zone', 'Zone hébergée Amazon Route 53'),
  description: loc(
    'DNS for a domain, with alias records to AWS endpoints; billed per zone and per million queries.',
    'DNS d’un domaine, avec alias vers les points de terminaison AWS ; facturé par zone et par million de requêtes.',
  ),
  aliases: ['dns', 'domain', 'hosted zone', 'domaine', 'zone dns', 'nom de domaine'],
  category: 'networking',
  icon: 'architecture-service/AmazonRoute53.svg',
  entryPoint: true,
  config: {
    domainName: {
      type: 'string',
      label: loc('Domain name', 'Nom de domaine'),
      default: 'example.com',
      pattern: '^([a-z0-9-]+\\.)+[a-z]{2,}$',
      maxLength: 253,
    },
  },
  meters: [
    meter('route53.hostedZones', 'Hosted zone', 'Zone hébergée', 'zone-months'),
    meter('route53.queries', 'Standard queries', 'Requêtes standard', 'queries'),
  ],
  usage: (ctx) => ({
    quantities: quantities({ 'route53.hostedZones': 1, 'route53.queries': ctx.load.eventsPerMonth }),
    outputFactor: 1,
    assumptions: ['Alias queries to AWS resources are free; every query is counted here as standard.'],
  }),
  cloudformation: {
    types: ['AWS::Route53::HostedZone'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::Route53::HostedZone',
        Properties: { Name: str(ctx.config, 'domainName', 'example.com') },
      },
    }),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['cloudfront'],
      kinds: ['route'],
      description: loc('Alias record to the distribution', 'Alias vers la distribution'),
      wiring: (ctx) => alias(ctx, CLOUDFRONT_ZONE, ctx.targetRef),
    },
    {
      targets: ['alb'],
      kinds: ['route'],
      description: loc('Alias record to the load balancer', 'Alias vers l’équilibreur de charge'),
      wiring: (ctx) => alias(ctx, getAtt(ctx.target.id, 'CanonicalHostedZoneID'), ctx.targetRef),
    },
  ],
});
