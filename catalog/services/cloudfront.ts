import { defineService, type CfnResource, type CfnValue } from '../../shared/service/types';
import { BYTES_PER_GB, getAtt, loc, meter, quantities, sub } from '../helpers';

/** AWS managed cache policy "CachingOptimized" (CloudFront developer guide). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

/** The origin a route connection gave the distribution: bucket, load balancer or API. */
function origin(env: Readonly<Record<string, CfnValue>>, param: () => CfnValue): CfnValue {
  const bucket = env['ORIGIN_BUCKET'];
  if (bucket)
    return {
      Id: 'origin',
      DomainName: sub('${Bucket}.s3.${AWS::Region}.amazonaws.com', { Bucket: bucket }),
      S3OriginConfig: { OriginAccessIdentity: '' },
    };
  const api = env['ORIGIN_API'];
  const domain = api
    ? sub('${Api}.execute-api.${AWS::Region}.amazonaws.com', { Api: api })
    : (env['ORIGIN_DOMAIN'] ?? param());
  return { Id: 'origin', DomainName: domain, CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } };
}

/** Amazon CloudFront distribution (pay-as-you-go): data transfer out and HTTPS requests. */
export const cloudfront = defineService({
  id: 'cloudfront',
  name: loc('Amazon CloudFront', 'Amazon CloudFront'),
  description: loc(
    'Content delivery network caching responses at edge locations; billed per GB delivered and per 10,000 requests.',
    'Réseau de diffusion qui met en cache aux emplacements périphériques ; facturé au Go livré et par 10 000 requêtes.',
  ),
  aliases: ['cdn', 'distribution', 'edge', 'cache', 'diffusion de contenu', 'réseau de diffusion'],
  category: 'networking',
  icon: 'architecture-service/AmazonCloudFront.svg',
  entryPoint: true,
  config: {
    priceClass: {
      type: 'enum',
      label: loc('Price class', 'Classe de prix'),
      default: 'PriceClass_100',
      options: [
        { value: 'PriceClass_100', label: 'North America & Europe' },
        { value: 'PriceClass_200' },
        { value: 'PriceClass_All' },
      ],
    },
  },
  usageInputs: {
    avgResponseKb: {
      label: loc('Average response size', 'Taille moyenne de réponse'),
      unit: 'KB',
      default: 50,
    },
    cacheHitRatio: { label: loc('Cache hit ratio', 'Taux de succès du cache'), unit: 'ratio', default: 0.8 },
  },
  meters: [
    meter(
      'cloudfront.dataTransferOut',
      'Data transfer out to the internet',
      'Transfert de données vers internet',
      'GB',
    ),
    meter('cloudfront.httpsRequests', 'HTTPS requests', 'Requêtes HTTPS', 'requests'),
  ],
  usage(ctx) {
    const hit = Math.min(Math.max(ctx.usage['cacheHitRatio']!, 0), 1);
    return {
      quantities: quantities({
        'cloudfront.dataTransferOut':
          (ctx.load.eventsPerMonth * ctx.usage['avgResponseKb']! * 1024) / BYTES_PER_GB,
        'cloudfront.httpsRequests': ctx.load.eventsPerMonth,
      }),
      // Only cache misses reach the origin.
      outputFactor: 1 - hit,
      assumptions: [`${Math.round(hit * 100)} % of requests are served from the cache.`],
    };
  },
  cloudformation: {
    types: ['AWS::CloudFront::Distribution'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Enabled: true,
            PriceClass: String(ctx.config['priceClass'] ?? 'PriceClass_100'),
            Origins: [
              origin(ctx.environment, () =>
                ctx.param('OriginDomainName', { Type: 'String', Description: 'Domain name of the origin' }),
              ),
            ],
            DefaultCacheBehavior: {
              TargetOriginId: 'origin',
              ViewerProtocolPolicy: 'redirect-to-https',
              CachePolicyId: CACHING_OPTIMIZED,
            },
          },
        },
      },
    }),
    reference: (id) => getAtt(id, 'DomainName'),
    outputs: (id) => ({
      [`${id}Domain`]: { Value: getAtt(id, 'DomainName'), Description: 'Distribution domain name' },
    }),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['route', 'read'],
      env: 'ORIGIN_BUCKET',
      description: loc('Serves the bucket’s objects', 'Diffuse les objets du compartiment'),
    },
    {
      targets: ['alb'],
      kinds: ['route'],
      env: 'ORIGIN_DOMAIN',
      description: loc('Forwards to the load balancer', 'Transmet à l’équilibreur de charge'),
    },
    {
      targets: ['apiGateway'],
      kinds: ['route'],
      env: 'ORIGIN_API',
      description: loc('Forwards to the API', 'Transmet à l’API'),
    },
  ],
});
