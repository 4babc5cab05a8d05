import { defineService, type CfnResource } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import { chunks, fmt, getAtt, lambdaPermission, loc, meter, quantities, ref, str, sub } from '../helpers';

/** HTTP APIs meter requests in 512 KB increments (API Gateway pricing page). */
const HTTP_METERING_BYTES = 512 * 1024;

/** Amazon API Gateway: REST or HTTP API in front of Lambda functions. */
export const apiGateway = defineService({
  id: 'apiGateway',
  name: loc('Amazon API Gateway', 'Amazon API Gateway'),
  description: loc(
    'Managed HTTPS entry point (REST or HTTP API); billed per million requests.',
    'Point d’entrée HTTPS géré (API REST ou HTTP) ; facturé au million de requêtes.',
  ),
  aliases: ['api', 'rest', 'http api', 'endpoint', 'passerelle', 'passerelle api', 'point d’entrée'],
  category: 'networking',
  icon: 'architecture-service/AmazonAPIGateway.svg',
  entryPoint: true,
  config: {
    apiType: {
      type: 'enum',
      label: loc('API type', 'Type d’API'),
      default: 'REST',
      options: [
        { value: 'REST', label: 'REST API' },
        { value: 'HTTP', label: 'HTTP API' },
      ],
      help: loc(
        'HTTP APIs cost less; REST APIs add API keys, usage plans, caching and WAF.',
        'Les API HTTP coûtent moins cher ; les API REST ajoutent clés, plans d’usage, cache et WAF.',
      ),
    },
    stageName: {
      type: 'string',
      label: loc('Stage', 'Étape'),
      default: 'prod',
      pattern: '^[A-Za-z0-9_]+$',
      maxLength: 64,
    },
    cacheEnabled: {
      type: 'boolean',
      label: loc('Cache (1.6 GB, REST only)', 'Cache (1,6 Go, REST uniquement)'),
      default: false,
    },
  },
  meters: [
    meter('apigateway.http.requests', 'HTTP API requests', 'Requêtes API HTTP', 'requests'),
    meter('apigateway.rest.requests', 'REST API requests', 'Requêtes API REST', 'requests'),
    meter('apigateway.rest.cache1_6gb.hours', 'REST cache 1.6 GB', 'Cache REST 1,6 Go', 'hours'),
  ],
  usage(ctx) {
    const http = str(ctx.config, 'apiType') === 'HTTP';
    const events = ctx.load.eventsPerMonth;
    // HTTP APIs count each 512 KB of request as one request.
    const billed = http ? events * chunks(ctx.load.avgPayloadBytes, HTTP_METERING_BYTES) : events;
    const overQuota = ctx.load.peakPerSecond > 10000;
    const warnings = overQuota
      ? [
          `Peak ${fmt(ctx.load.peakPerSecond)} requests/s exceeds the default quota of 10,000 requests/s per account and region.`,
        ]
      : [];
    const warningsFr = overQuota
      ? [
          `Le pic de ${formatNumber(ctx.load.peakPerSecond, 'fr', 0)} requêtes/s dépasse le quota par défaut de 10\u202f000 requêtes/s par compte et par région.`,
        ]
      : [];
    return {
      quantities: quantities({
        [http ? 'apigateway.http.requests' : 'apigateway.rest.requests']: billed,
        'apigateway.rest.cache1_6gb.hours':
          !http && ctx.config['cacheEnabled'] === true ? ctx.hoursPerMonth : 0,
      }),
      outputFactor: 1,
      assumptions:
        http && billed > events
          ? [`Requests over 512 KB count as ${fmt(billed / Math.max(events, 1))} requests each.`]
          : [],
      warnings,
      warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
    resources(ctx): Record<string, CfnResource> {
      if (str(ctx.config, 'apiType') === 'HTTP')
        return {
          [ctx.nodeId]: {
            Type: 'AWS::ApiGatewayV2::Api',
            Properties: { Name: sub('${AWS::StackName}-' + ctx.nodeId), ProtocolType: 'HTTP' },
          },
          [`${ctx.nodeId}Stage`]: {
            Type: 'AWS::ApiGatewayV2::Stage',
            Properties: { ApiId: ref(ctx.nodeId), StageName: '$default', AutoDeploy: true },
          },
        };
      return {
        [ctx.nodeId]: {
          Type: 'AWS::ApiGateway::RestApi',
          Properties: {
            Name: sub('${AWS::StackName}-' + ctx.nodeId),
            EndpointConfiguration: { Types: ['REGIONAL'] },
          },
        },
      };
    },
    arn: (id) => sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${id}}/*`),
    reference: (id) => ref(id),
    outputs: (id) => ({
      [`${id}Id`]: { Value: ref(id), Description: 'API id' },
    }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['invoke'],
      description: loc('Proxies requests to the function', 'Transmet les requêtes à la fonction'),
      wiring(ctx): Record<string, CfnResource> {
        const api = ctx.source.id;
        const path = ctx.target.id.toLowerCase();
        const invokeArn = sub(
          `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/*`,
        );
        const permission = lambdaPermission(ctx.targetRef, 'apigateway.amazonaws.com', invokeArn);
        const uri = sub(
          `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${FunctionArn}/invocations`,
          { FunctionArn: ctx.targetArn },
        );
        if (str(ctx.source.config, 'apiType') === 'HTTP')
          return {
            [`${ctx.connectionId}Integration`]: {
              Type: 'AWS::ApiGatewayV2::Integration',
              Properties: {
                ApiId: ref(api),
                IntegrationType: 'AWS_PROXY',
                IntegrationUri: ctx.targetArn,
                PayloadFormatVersion: '2.0',
              },
            },
            [`${ctx.connectionId}Route`]: {
              Type: 'AWS::ApiGatewayV2::Route',
              Properties: {
                ApiId: ref(api),
                RouteKey: `POST /${path}`,
                Target: sub('integrations/${Integration}', {
                  Integration: ref(`${ctx.connectionId}Integration`),
                }),
              },
            },
            [`${ctx.connectionId}Permission`]: permission,
          };
        const stage = str(ctx.source.config, 'stageName', 'prod');
        return {
          [`${ctx.connectionId}Resource`]: {
            Type: 'AWS::ApiGateway::Resource',
            Properties: { RestApiId: ref(api), ParentId: getAtt(api, 'RootResourceId'), PathPart: path },
          },
          [`${ctx.connectionId}Method`]: {
            Type: 'AWS::ApiGateway::Method',
            Properties: {
              RestApiId: ref(api),
              ResourceId: ref(`${ctx.connectionId}Resource`),
              HttpMethod: 'POST',
              AuthorizationType: 'NONE',
              Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: uri },
            },
          },
          // One deployment and one stage per API: every integration declares the same
          // two resources and the exporter merges them, the deployment depending on
          // every method (a deployment per method would fight over the stage).
          [`${api}Deployment`]: {
            Type: 'AWS::ApiGateway::Deployment',
            Properties: { RestApiId: ref(api) },
            DependsOn: [`${ctx.connectionId}Method`],
          },
          [`${api}Stage`]: {
            Type: 'AWS::ApiGateway::Stage',
            Properties: {
              RestApiId: ref(api),
              DeploymentId: ref(`${api}Deployment`),
              StageName: stage,
              ...(ctx.source.config['cacheEnabled'] === true
                ? { CacheClusterEnabled: true, CacheClusterSize: '1.6' }
                : {}),
            },
          },
          [`${ctx.connectionId}Permission`]: permission,
        };
      },
    },
  ],
});
