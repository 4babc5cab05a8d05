import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, roleArn, str, sub } from '../helpers';

/** Express workflows bill duration in 64 MB memory steps, 100 ms minimum. */
const EXPRESS_MEMORY_GB = 64 / 1024;

/** AWS Step Functions state machine: standard (per transition) or express (per request and GB-second). */
export const stepFunctions = defineService({
  id: 'stepFunctions',
  name: loc('AWS Step Functions state machine', 'Machine à états AWS Step Functions'),
  description: loc(
    'Workflow that orchestrates services step by step; standard workflows bill per state transition.',
    'Flux de travail qui orchestre les services étape par étape ; les flux standard sont facturés par transition.',
  ),
  aliases: ['workflow', 'state machine', 'orchestration', 'flux de travail', 'machine à états', 'saga'],
  category: 'integration',
  icon: 'architecture-service/AWSStepFunctions.svg',
  entryPoint: true,
  config: {
    type: {
      type: 'enum',
      label: loc('Workflow type', 'Type de flux'),
      default: 'STANDARD',
      options: [{ value: 'STANDARD' }, { value: 'EXPRESS' }],
    },
  },
  usageInputs: {
    transitionsPerExecution: {
      label: loc('State transitions per execution', 'Transitions par exécution'),
      unit: 'transitions',
      default: 5,
    },
    expressDurationMs: {
      label: loc('Express execution duration', 'Durée d’une exécution express'),
      unit: 'ms',
      default: 500,
    },
  },
  meters: [
    meter(
      'stepfunctions.standard.transitions',
      'Standard state transitions',
      'Transitions d’état (standard)',
      'transitions',
    ),
    meter('stepfunctions.express.requests', 'Express requests', 'Requêtes express', 'requests'),
    meter('stepfunctions.express.gbSeconds', 'Express duration', 'Durée express', 'GB-s'),
  ],
  usage(ctx) {
    const executions = ctx.load.eventsPerMonth;
    if (str(ctx.config, 'type') === 'EXPRESS') {
      const seconds = Math.max(100, ctx.usage['expressDurationMs']!) / 1000;
      return {
        quantities: quantities({
          'stepfunctions.express.requests': executions,
          'stepfunctions.express.gbSeconds': executions * seconds * EXPRESS_MEMORY_GB,
        }),
        outputFactor: 1,
      };
    }
    return {
      quantities: quantities({
        'stepfunctions.standard.transitions': executions * ctx.usage['transitionsPerExecution']!,
      }),
      outputFactor: 1,
    };
  },
  cloudformation: {
    types: ['AWS::StepFunctions::StateMachine'],
    role: { principal: 'states.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      const fn = ctx.environment['FUNCTION_NAME'];
      const definition = fn
        ? sub(
            JSON.stringify({
              StartAt: 'Process',
              States: {
                Process: {
                  Type: 'Task',
                  Resource: 'arn:aws:states:::lambda:invoke',
                  Parameters: { FunctionName: '${Function}', 'Payload.$': '$' },
                  End: true,
                },
              },
            }),
            { Function: fn },
          )
        : JSON.stringify({ StartAt: 'Start', States: { Start: { Type: 'Pass', End: true } } });
      return {
        [ctx.nodeId]: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            StateMachineType: str(ctx.config, 'type', 'STANDARD'),
            RoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
            DefinitionString: definition,
          },
        },
      };
    },
    arn: (id) => ref(id),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['invoke'],
      iam: { invoke: ['lambda:InvokeFunction'] },
      env: 'FUNCTION_NAME',
      description: loc('A task invokes the function', 'Une tâche appelle la fonction'),
    },
    {
      targets: ['dynamodb'],
      kinds: ['read', 'write'],
      iam: { read: ['dynamodb:GetItem'], write: ['dynamodb:PutItem', 'dynamodb:UpdateItem'] },
      env: 'TABLE_NAME',
      description: loc('A task reads or writes an item', 'Une tâche lit ou écrit un élément'),
    },
    {
      targets: ['sns'],
      kinds: ['publish'],
      iam: { publish: ['sns:Publish'] },
      env: 'TOPIC_ARN',
      description: loc('A task publishes a message', 'Une tâche publie un message'),
    },
    {
      targets: ['sqs'],
      kinds: ['publish'],
      iam: { publish: ['sqs:SendMessage'] },
      env: 'QUEUE_URL',
      description: loc('A task sends a message', 'Une tâche envoie un message'),
    },
    {
      targets: ['sagemakerEndpoint'],
      kinds: ['invoke'],
      iam: { invoke: ['sagemaker:InvokeEndpoint'] },
      env: 'ENDPOINT_NAME',
      description: loc('A task calls the endpoint', 'Une tâche appelle le point de terminaison'),
    },
  ],
});
