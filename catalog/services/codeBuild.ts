import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, str } from '../helpers';

const computeTypes = ['BUILD_GENERAL1_SMALL', 'BUILD_GENERAL1_MEDIUM', 'BUILD_GENERAL1_LARGE'] as const;

/** AWS CodeBuild project on Linux: billed per build minute by compute type. */
export const codeBuild = defineService({
  id: 'codeBuild',
  name: loc('AWS CodeBuild project', 'Projet AWS CodeBuild'),
  description: loc(
    'Managed build and test runner; billed per build minute.',
    'Compilation et tests gérés ; facturés à la minute de build.',
  ),
  aliases: ['build', 'ci', 'compile', 'tests', 'compilation', 'intégration continue'],
  category: 'devtools',
  icon: 'architecture-service/AWSCodeBuild.svg',
  config: {
    computeType: {
      type: 'enum',
      label: loc('Compute type', 'Type de calcul'),
      default: 'BUILD_GENERAL1_SMALL',
      options: computeTypes.map((value) => ({ value })),
    },
  },
  usageInputs: {
    buildsPerMonth: { label: loc('Builds per month', 'Builds par mois'), unit: 'builds', default: 100 },
    minutesPerBuild: { label: loc('Minutes per build', 'Minutes par build'), unit: 'minutes', default: 5 },
  },
  meters: computeTypes.map((t) =>
    meter(`codebuild.linux.${t}.minutes`, `CodeBuild Linux ${t}`, `CodeBuild Linux ${t}`, 'minutes'),
  ),
  usage: (ctx) => ({
    quantities: quantities({
      [`codebuild.linux.${str(ctx.config, 'computeType', 'BUILD_GENERAL1_SMALL')}.minutes`]:
        ctx.usage['buildsPerMonth']! * Math.ceil(ctx.usage['minutesPerBuild']!),
    }),
  }),
  cloudformation: {
    types: ['AWS::CodeBuild::Project'],
    role: { principal: 'codebuild.amazonaws.com' },
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::CodeBuild::Project',
        Properties: {
          ServiceRole: ref(ctx.roleLogicalId ?? `${ctx.nodeId}Role`),
          Artifacts: { Type: 'NO_ARTIFACTS' },
          Source: {
            Type: 'NO_SOURCE',
            BuildSpec: 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo build\n',
          },
          Environment: {
            Type: 'LINUX_CONTAINER',
            ComputeType: str(ctx.config, 'computeType', 'BUILD_GENERAL1_SMALL'),
            Image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
          },
          LogsConfig: { CloudWatchLogs: { Status: 'ENABLED' } },
        },
      },
    }),
    arn: (id) => ({ 'Fn::GetAtt': [id, 'Arn'] }),
    reference: (id) => ref(id),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['read', 'write'],
      iam: { read: ['s3:GetObject'], write: ['s3:PutObject'] },
      iamResourceSuffixes: ['/*'],
      env: 'BUCKET_NAME',
      description: loc('Reads sources, writes artifacts', 'Lit les sources, écrit les artefacts'),
    },
    {
      targets: ['cloudwatch'],
      kinds: ['log'],
      iam: { log: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'] },
      description: loc('Writes build logs', 'Écrit les journaux de build'),
    },
  ],
});
