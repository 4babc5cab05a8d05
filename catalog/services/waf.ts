import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, quantities, str } from '../helpers';

const managedRules = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesSQLiRuleSet',
];

/** AWS WAF web ACL with AWS managed rule groups: per ACL, per rule, per million requests. */
export const waf = defineService({
  id: 'waf',
  name: loc('AWS WAF web ACL', 'ACL web AWS WAF'),
  description: loc(
    'Web application firewall in front of APIs, load balancers and CloudFront.',
    'Pare-feu applicatif devant les API, équilibreurs de charge et CloudFront.',
  ),
  aliases: ['firewall', 'waf', 'web acl', 'pare-feu applicatif', 'protection', 'owasp'],
  category: 'security',
  icon: 'architecture-service/AWSWAF.svg',
  config: {
    scope: {
      type: 'enum',
      label: loc('Scope', 'Portée'),
      default: 'REGIONAL',
      options: [
        { value: 'REGIONAL', label: 'Regional (API Gateway, ALB)' },
        { value: 'CLOUDFRONT', label: 'CloudFront (us-east-1)' },
      ],
    },
  },
  meters: [
    meter('waf.webAcls', 'Web ACL', 'ACL web', 'ACL-months'),
    meter('waf.rules', 'Rules', 'Règles', 'rule-months'),
    meter('waf.requests', 'Requests inspected', 'Requêtes inspectées', 'requests'),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'waf.webAcls': 1,
      'waf.rules': managedRules.length,
      'waf.requests': ctx.load.eventsPerMonth,
    }),
    outputFactor: 1,
  }),
  cloudformation: {
    types: ['AWS::WAFv2::WebACL'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::WAFv2::WebACL',
        Properties: {
          Scope: str(ctx.config, 'scope', 'REGIONAL'),
          DefaultAction: { Allow: {} },
          VisibilityConfig: {
            SampledRequestsEnabled: true,
            CloudWatchMetricsEnabled: true,
            MetricName: ctx.nodeId,
          },
          Rules: managedRules.map((name, i) => ({
            Name: name,
            Priority: i,
            OverrideAction: { None: {} },
            Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
            VisibilityConfig: {
              SampledRequestsEnabled: true,
              CloudWatchMetricsEnabled: true,
              MetricName: name,
            },
          })),
        },
      },
    }),
    exportNotes: (ctx) =>
      str(ctx.config, 'scope', 'REGIONAL') === 'CLOUDFRONT'
        ? [
            'a CLOUDFRONT-scope web ACL is only created in us-east-1 and only protects CloudFront distributions: deploy this stack in us-east-1, or choose the REGIONAL scope for a load balancer or API',
          ]
        : [],
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => getAtt(id, 'Arn'),
  },
  connections: [
    {
      targets: ['alb', 'apiGateway'],
      kinds: ['route'],
      description: loc('Filters the requests of the resource', 'Filtre les requêtes de la ressource'),
      wiring: (ctx) => ({
        [`${ctx.connectionId}Association`]: {
          Type: 'AWS::WAFv2::WebACLAssociation',
          Properties: {
            WebACLArn: ctx.sourceArn,
            ResourceArn:
              str(ctx.target.config, 'apiType') === 'REST'
                ? {
                    'Fn::Sub': [
                      `arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/${str(ctx.target.config, 'stageName', 'prod')}`,
                      { Api: ctx.targetRef },
                    ],
                  }
                : ctx.targetArn,
          },
        },
      }),
    },
  ],
});
