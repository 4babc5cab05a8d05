import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, quantities, ref, roleArn, str, sub } from '../helpers';
import { logRule } from '../rules';
import {
  bucketUri,
  builtInImage,
  imageMappings,
  instanceField,
  processingMeters,
  processingTypes,
} from '../sagemaker';

const runsPerMonth: Record<string, number> = { hourly: 730, daily: 30 };
const cron: Record<string, string> = { hourly: 'cron(0 * ? * * *)', daily: 'cron(0 0 ? * * *)' };

/** SageMaker Model Monitor: scheduled data-quality checks of an endpoint's traffic. */
export const sagemakerModelMonitor = defineService({
  id: 'sagemakerModelMonitor',
  name: loc('SageMaker Model Monitor', 'SageMaker Model Monitor'),
  description: loc(
    'Checks the endpoint’s captured traffic for data drift on a schedule; billed as processing instance-hours.',
    'Vérifie périodiquement la dérive des données reçues par le point de terminaison ; facturé en heures de traitement.',
  ),
  aliases: ['monitor', 'drift', 'data quality', 'surveillance du modèle', 'dérive', 'qualité des données'],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMaker.svg',
  config: {
    instanceType: instanceField(processingTypes, 'ml.m5.xlarge'),
    schedule: {
      type: 'enum',
      label: loc('Schedule', 'Fréquence'),
      default: 'hourly',
      options: [
        { value: 'hourly', label: 'Hourly' },
        { value: 'daily', label: 'Daily' },
      ],
    },
  },
  usageInputs: {
    minutesPerRun: { label: loc('Minutes per run', 'Minutes par exécution'), unit: 'minutes', default: 10 },
  },
  meters: processingMeters,
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 'ml.m5.xlarge');
    const runs = runsPerMonth[str(ctx.config, 'schedule', 'hourly')] ?? 730;
    return {
      quantities: quantities({
        [`sagemaker.processing.${type}.hours`]: (runs * ctx.usage['minutesPerRun']!) / 60,
      }),
      assumptions: [`${runs} monitoring runs of ${ctx.usage['minutesPerRun']} min on ${type}.`],
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::DataQualityJobDefinition', 'AWS::SageMaker::MonitoringSchedule'],
    role: {
      principal: 'sagemaker.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess'],
    },
    resources(ctx): Record<string, CfnResource> {
      const endpoint =
        ctx.environment['ENDPOINT_NAME'] ??
        ctx.param('MonitoredEndpointName', {
          Type: 'String',
          Description: 'Name of the endpoint to monitor',
        });
      const id = ctx.nodeId;
      const definitionName = sub('${AWS::StackName}-' + id + '-quality');
      return {
        [`${id}Definition`]: {
          Type: 'AWS::SageMaker::DataQualityJobDefinition',
          Properties: {
            JobDefinitionName: definitionName,
            DataQualityAppSpecification: {
              ImageUri: builtInImage('modelMonitor', 'sagemaker-model-monitor-analyzer'),
            },
            DataQualityJobInput: {
              EndpointInput: { EndpointName: endpoint, LocalPath: '/opt/ml/processing/input' },
            },
            DataQualityJobOutputConfig: {
              MonitoringOutputs: [
                {
                  S3Output: {
                    LocalPath: '/opt/ml/processing/output',
                    S3Uri: bucketUri(ctx.environment, ctx.param, 'monitoring/'),
                  },
                },
              ],
            },
            JobResources: {
              ClusterConfig: {
                InstanceCount: 1,
                InstanceType: str(ctx.config, 'instanceType', 'ml.m5.xlarge'),
                VolumeSizeInGB: 20,
              },
            },
            RoleArn: roleArn(ctx.roleLogicalId, id),
          },
        },
        [id]: {
          Type: 'AWS::SageMaker::MonitoringSchedule',
          DependsOn: `${id}Definition`,
          Properties: {
            MonitoringScheduleName: sub('${AWS::StackName}-' + id),
            MonitoringScheduleConfig: {
              MonitoringJobDefinitionName: definitionName,
              MonitoringType: 'DataQuality',
              ScheduleConfig: {
                ScheduleExpression: cron[str(ctx.config, 'schedule', 'hourly')] ?? cron['hourly']!,
              },
            },
          },
        },
      };
    },
    mappings: imageMappings,
    arn: (id) => ref(id),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['sagemakerEndpoint'],
      kinds: ['monitor'],
      iam: { monitor: ['sagemaker:DescribeEndpoint'] },
      env: 'ENDPOINT_NAME',
      // Monitoring needs the endpoint: while it waits for its model, so does the monitor.
      requiresTarget: true,
      description: loc(
        'Monitors the endpoint’s captured data',
        'Surveille les données capturées du point de terminaison',
      ),
    },
    {
      targets: ['s3'],
      kinds: ['write', 'read'],
      // Writing reports also reads the endpoint's captured data from the same bucket.
      iam: {
        write: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'],
        read: ['s3:GetObject', 's3:ListBucket'],
      },
      iamResourceSuffixes: ['/*'],
      env: 'BUCKET_NAME',
      description: loc('Writes monitoring reports', 'Écrit les rapports de surveillance'),
    },
    logRule,
  ],
});
