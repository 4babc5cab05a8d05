import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, num, quantities, ref, roleArn, str, sub } from '../helpers';
import { s3Rule } from '../rules';

/** DPUs per worker type (AWS Glue docs). */
const workers = [
  { value: 'G.1X', dpu: 1 },
  { value: 'G.2X', dpu: 2 },
  { value: 'G.4X', dpu: 4 },
];

/** AWS Glue ETL job (Spark): billed per DPU-hour. */
export const glueJob = defineService({
  id: 'glueJob',
  name: loc('AWS Glue job', 'Tâche AWS Glue'),
  description: loc(
    'Serverless Spark ETL job; billed per DPU-hour, per second.',
    'Tâche ETL Spark sans serveur ; facturée à la DPU-heure, à la seconde.',
  ),
  aliases: ['etl', 'glue', 'spark', 'data pipeline', 'transformation', 'extraction', 'chargement'],
  category: 'analytics',
  icon: 'architecture-service/AWSGlue.svg',
  config: {
    workerType: {
      type: 'enum',
      label: loc('Worker type', 'Type de worker'),
      default: 'G.1X',
      options: workers.map((w) => ({
        value: w.value,
        label: `${w.value} (${w.dpu} DPU)`,
        facts: { dpu: w.dpu },
      })),
    },
    workers: {
      type: 'number',
      label: loc('Workers', 'Workers'),
      default: 10,
      min: 2,
      max: 1000,
      integer: true,
    },
    glueVersion: {
      type: 'enum',
      label: loc('Glue version', 'Version de Glue'),
      default: '4.0',
      options: [{ value: '4.0' }, { value: '5.0' }],
    },
  },
  usageInputs: {
    runsPerMonth: { label: loc('Runs per month', 'Exécutions par mois'), unit: 'runs', default: 30 },
    minutesPerRun: { label: loc('Minutes per run', 'Minutes par exécution'), unit: 'minutes', default: 10 },
  },
  meters: [meter('glue.etl.dpuHours', 'Glue ETL', 'ETL Glue', 'DPU-hours')],
  usage(ctx) {
    const dpu = Number(ctx.facts('workerType')['dpu'] ?? 1) * num(ctx.config, 'workers', 10);
    // Glue 2.0+ bills per second with a 1-minute minimum.
    const hours = (ctx.usage['runsPerMonth']! * Math.max(1, ctx.usage['minutesPerRun']!)) / 60;
    return { quantities: quantities({ 'glue.etl.dpuHours': dpu * hours }) };
  },
  cloudformation: {
    types: ['AWS::Glue::Job'],
    role: {
      principal: 'glue.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole'],
    },
    resources(ctx): Record<string, CfnResource> {
      const bucket =
        ctx.environment['BUCKET_NAME'] ??
        ctx.param('GlueScriptsBucket', { Type: 'String', Description: 'Bucket holding the Glue scripts' });
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Glue::Job',
          Properties: {
            Role: roleArn(ctx.roleLogicalId, ctx.nodeId),
            Command: {
              Name: 'glueetl',
              PythonVersion: '3',
              ScriptLocation: sub(`s3://\${Bucket}/scripts/${ctx.nodeId}.py`, { Bucket: bucket }),
            },
            GlueVersion: str(ctx.config, 'glueVersion', '4.0'),
            WorkerType: str(ctx.config, 'workerType', 'G.1X'),
            NumberOfWorkers: num(ctx.config, 'workers', 10),
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [
    s3Rule,
    {
      targets: ['dynamodb'],
      kinds: ['read', 'write'],
      iam: {
        read: ['dynamodb:Scan', 'dynamodb:DescribeTable'],
        write: ['dynamodb:BatchWriteItem', 'dynamodb:DescribeTable'],
      },
      env: 'TABLE_NAME',
      description: loc('Reads or writes the table', 'Lit ou écrit la table'),
    },
  ],
});
