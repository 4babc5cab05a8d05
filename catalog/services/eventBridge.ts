import {
  defineService,
  type CfnResource,
  type CfnValue,
  type WiringContext,
} from '../../shared/service/types';
import {
  assumeRolePolicy,
  getAtt,
  kindLoad,
  lambdaPermission,
  loc,
  meter,
  quantities,
  ref,
  roleArn,
  str,
} from '../helpers';

/** Invocations per month of a schedule expression (rate(N unit) or cron: hourly estimate). */
function schedulePerMonth(expression: string): number {
  const m = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!m) return 730;
  const n = Number(m[1]);
  const perHour = m[2]!.startsWith('minute') ? 60 / n : m[2]!.startsWith('hour') ? 1 / n : 1 / (24 * n);
  return perHour * 730;
}

/** The rule or schedule that sends events of this node to one target. */
function route(ctx: WiringContext, lambda: boolean): Record<string, CfnResource> {
  const mode = str(ctx.source.config, 'mode', 'bus');
  const schedule = str(ctx.source.config, 'schedule', 'rate(5 minutes)');
  if (mode === 'scheduler')
    return {
      [`${ctx.connectionId}Schedule`]: {
        Type: 'AWS::Scheduler::Schedule',
        Properties: {
          GroupName: ctx.sourceRef,
          ScheduleExpression: schedule,
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: { Arn: ctx.targetArn, RoleArn: roleArn(ctx.sourceRoleLogicalId, ctx.source.id) },
        },
      },
    };
  const pattern = str(ctx.source.config, 'eventSource', 'app.orders');
  const rule: Record<string, CfnValue> =
    mode === 'rule'
      ? { ScheduleExpression: schedule }
      : { EventBusName: ctx.sourceRef, EventPattern: { source: [pattern] } };
  // Targets without a resource policy (Step Functions) need a role EventBridge assumes.
  const roleId = `${ctx.connectionId}Role`;
  return {
    [`${ctx.connectionId}Rule`]: {
      Type: 'AWS::Events::Rule',
      Properties: {
        ...rule,
        State: 'ENABLED',
        Targets: [
          { Arn: ctx.targetArn, Id: 'Target', ...(lambda ? {} : { RoleArn: getAtt(roleId, 'Arn') }) },
        ],
      },
    },
    ...(lambda
      ? {}
      : {
          [roleId]: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: assumeRolePolicy('events.amazonaws.com'),
              Policies: [
                {
                  PolicyName: 'StartExecution',
                  PolicyDocument: {
                    Version: '2012-10-17',
                    Statement: [
                      { Effect: 'Allow', Action: 'states:StartExecution', Resource: ctx.targetArn },
                    ],
                  },
                },
              ],
            },
          },
        }),
    ...(lambda
      ? {
          [`${ctx.connectionId}Permission`]: lambdaPermission(
            ctx.targetRef,
            'events.amazonaws.com',
            getAtt(`${ctx.connectionId}Rule`, 'Arn'),
          ),
        }
      : {}),
  };
}

/** Amazon EventBridge: a custom event bus, a scheduled rule, or EventBridge Scheduler. */
export const eventBridge = defineService({
  id: 'eventBridge',
  name: loc('Amazon EventBridge', 'Amazon EventBridge'),
  description: loc(
    'Event bus, rules and schedules that route events to targets; custom events billed per million.',
    'Bus d’événements, règles et planifications qui routent les événements vers des cibles ; événements personnalisés facturés au million.',
  ),
  aliases: [
    'event bus',
    'events',
    'rule',
    'scheduler',
    'cron',
    'bus d’événements',
    'règle',
    'planificateur',
    'événements',
  ],
  category: 'integration',
  icon: 'architecture-service/AmazonEventBridge.svg',
  entryPoint: true,
  config: {
    mode: {
      type: 'enum',
      label: loc('Kind', 'Type'),
      default: 'bus',
      options: [
        { value: 'bus', label: 'Custom event bus + rules' },
        { value: 'rule', label: 'Scheduled rule (default bus)' },
        { value: 'scheduler', label: 'EventBridge Scheduler' },
      ],
    },
    eventSource: {
      type: 'string',
      label: loc('Event source matched by rules', 'Source d’événements filtrée'),
      default: 'app.orders',
      maxLength: 256,
    },
    schedule: {
      type: 'string',
      label: loc('Schedule expression', 'Expression de planification'),
      default: 'rate(5 minutes)',
      pattern: '^(rate|cron|at)\\(.+\\)$',
    },
  },
  meters: [
    meter(
      'eventbridge.customEvents',
      'Custom events published',
      'Événements personnalisés publiés',
      'events',
    ),
    meter('scheduler.invocations', 'Scheduler invocations', 'Invocations du planificateur', 'invocations'),
  ],
  usage(ctx) {
    const mode = str(ctx.config, 'mode', 'bus');
    if (mode === 'scheduler')
      return {
        quantities: quantities({ 'scheduler.invocations': schedulePerMonth(str(ctx.config, 'schedule')) }),
        outputFactor: 1,
      };
    if (mode === 'rule')
      return {
        quantities: {},
        outputFactor: 1,
        assumptions: ['Scheduled rules on the default bus are free.'],
      };
    const published =
      kindLoad(ctx.load, 'publish').eventsPerMonth + kindLoad(ctx.load, 'write').eventsPerMonth;
    return { quantities: quantities({ 'eventbridge.customEvents': published }), outputFactor: 1 };
  },
  cloudformation: {
    types: [
      'AWS::Events::EventBus',
      'AWS::Scheduler::ScheduleGroup',
      'AWS::Events::Rule',
      'AWS::Scheduler::Schedule',
    ],
    role: { principal: 'scheduler.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      const mode = str(ctx.config, 'mode', 'bus');
      if (mode === 'scheduler')
        return { [ctx.nodeId]: { Type: 'AWS::Scheduler::ScheduleGroup', Properties: {} } };
      if (mode === 'rule') return {};
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Events::EventBus',
          Properties: { Name: { 'Fn::Sub': '${AWS::StackName}-' + ctx.nodeId } },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['trigger'],
      iam: { trigger: ['lambda:InvokeFunction'] },
      description: loc('Invokes the function on matching events', 'Appelle la fonction sur les événements'),
      wiring: (ctx) => route(ctx, true),
    },
    {
      targets: ['stepFunctions'],
      kinds: ['trigger'],
      iam: { trigger: ['states:StartExecution'] },
      description: loc('Starts the workflow', 'Démarre le flux de travail'),
      wiring: (ctx) => route(ctx, false),
    },
  ],
});
