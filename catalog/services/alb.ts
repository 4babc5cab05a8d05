import { defineService, type CfnResource, type WiringContext } from '../../shared/service/types';
import { BYTES_PER_GB, getAtt, loc, meter, quantities, ref } from '../helpers';
import { subnetIds, vpcId } from '../network';

/** LCU dimensions (Elastic Load Balancing pricing page): new connections/s and GB/hour processed. */
const NEW_CONNECTIONS_PER_LCU = 25;
const GB_PER_HOUR_PER_LCU = 1;

/** A stable listener-rule priority for a connection (1..50000). */
const priority = (id: string): number => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 49999, 7) + 1;

function targetGroup(ctx: WiringContext, type: 'lambda' | 'ip' | 'instance'): Record<string, CfnResource> {
  const tg = `${ctx.connectionId}Targets`;
  const out: Record<string, CfnResource> = {
    [tg]: {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties:
        type === 'lambda'
          ? { TargetType: 'lambda', Targets: [{ Id: ctx.targetArn }] }
          : {
              TargetType: type,
              Protocol: 'HTTP',
              Port: 80,
              VpcId: { 'Fn::GetAtt': [`${ctx.source.id}SecurityGroup`, 'VpcId'] },
            },
      ...(type === 'lambda' ? { DependsOn: `${ctx.connectionId}Permission` } : {}),
    },
    [`${ctx.connectionId}Rule`]: {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: ref(`${ctx.source.id}Listener`),
        Priority: priority(ctx.connectionId),
        Conditions: [
          { Field: 'path-pattern', PathPatternConfig: { Values: [`/${ctx.target.id.toLowerCase()}/*`] } },
        ],
        Actions: [{ Type: 'forward', TargetGroupArn: ref(tg) }],
      },
    },
  };
  if (type === 'lambda')
    out[`${ctx.connectionId}Permission`] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: ctx.targetRef,
        Principal: 'elasticloadbalancing.amazonaws.com',
      },
    };
  return out;
}

/** Application Load Balancer: billed per hour and per LCU-hour. */
export const alb = defineService({
  id: 'alb',
  name: loc('Application Load Balancer', 'Équilibreur de charge d’application'),
  description: loc(
    'HTTP(S) load balancer routing by path to instances, containers or functions; billed per hour and per LCU-hour.',
    'Répartiteur HTTP(S) qui route par chemin vers instances, conteneurs ou fonctions ; facturé à l’heure et à la LCU-heure.',
  ),
  aliases: ['load balancer', 'alb', 'elb', 'répartiteur de charge', 'équilibreur', 'http', 'reverse proxy'],
  category: 'networking',
  icon: 'resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
  entryPoint: true,
  config: {
    scheme: {
      type: 'enum',
      label: loc('Scheme', 'Exposition'),
      default: 'internet-facing',
      options: [{ value: 'internet-facing' }, { value: 'internal' }],
    },
  },
  meters: [
    meter('alb.hours', 'Load balancer hours', 'Heures d’équilibreur', 'hours'),
    meter('alb.lcuHours', 'Load balancer capacity units', 'Unités de capacité (LCU)', 'LCU-hours'),
  ],
  usage(ctx) {
    const seconds = ctx.hoursPerMonth * 3600;
    const lcu = Math.max(
      ctx.load.eventsPerMonth / seconds / NEW_CONNECTIONS_PER_LCU,
      ctx.load.bytesPerMonth / BYTES_PER_GB / ctx.hoursPerMonth / GB_PER_HOUR_PER_LCU,
    );
    return {
      quantities: quantities({ 'alb.hours': ctx.hoursPerMonth, 'alb.lcuHours': lcu * ctx.hoursPerMonth }),
      outputFactor: 1,
      assumptions: [
        'One new connection per request; LCUs from the larger of new connections and bytes processed.',
      ],
    };
  },
  cloudformation: {
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
          Type: 'application',
          Scheme: String(ctx.config['scheme'] ?? 'internet-facing'),
          Subnets: subnetIds(ctx, 'Subnets of the load balancer (two Availability Zones)'),
          SecurityGroups: [getAtt(`${ctx.nodeId}SecurityGroup`, 'GroupId'), ...ctx.securityGroupIds],
        },
      },
      [`${ctx.nodeId}SecurityGroup`]: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `HTTP to ${ctx.nodeId}`,
          VpcId: vpcId(ctx),
          SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0' }],
        },
      },
      [`${ctx.nodeId}Listener`]: {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          LoadBalancerArn: ref(ctx.nodeId),
          Port: 80,
          Protocol: 'HTTP',
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        },
      },
    }),
    arn: (id) => ref(id),
    reference: (id) => getAtt(id, 'DNSName'),
    outputs: (id) => ({
      [`${id}Dns`]: { Value: getAtt(id, 'DNSName'), Description: 'Load balancer DNS name' },
    }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['route'],
      description: loc('Routes a path to the function', 'Route un chemin vers la fonction'),
      wiring: (ctx) => targetGroup(ctx, 'lambda'),
    },
    {
      targets: ['ecsFargate'],
      kinds: ['route'],
      description: loc(
        'Routes a path to the tasks (register the service in the target group)',
        'Route un chemin vers les tâches',
      ),
      wiring: (ctx) => targetGroup(ctx, 'ip'),
    },
    {
      targets: ['ec2', 'elasticBeanstalk'],
      kinds: ['route'],
      description: loc('Routes a path to the instances', 'Route un chemin vers les instances'),
      wiring: (ctx) => targetGroup(ctx, 'instance'),
    },
  ],
});
