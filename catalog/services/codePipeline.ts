import { defineService, type CfnResource } from '../../shared/service/types';
import { loc, meter, quantities, ref, roleArn, sub } from '../helpers';

/** AWS CodePipeline (V2): source from S3, build with CodeBuild; billed per action-minute. */
export const codePipeline = defineService({
  id: 'codePipeline',
  name: loc('AWS CodePipeline', 'AWS CodePipeline'),
  description: loc(
    'Release pipeline chaining source, build and deploy stages; V2 pipelines bill per action-minute.',
    'Chaîne de livraison (source, build, déploiement) ; les pipelines V2 sont facturés à la minute d’action.',
  ),
  aliases: [
    'pipeline',
    'ci/cd',
    'continuous delivery',
    'release',
    'livraison continue',
    'chaîne de déploiement',
  ],
  category: 'devtools',
  icon: 'architecture-service/AWSCodePipeline.svg',
  config: {},
  usageInputs: {
    executionsPerMonth: {
      label: loc('Executions per month', 'Exécutions par mois'),
      unit: 'executions',
      default: 60,
    },
    actionMinutesPerExecution: {
      label: loc('Action minutes per execution', 'Minutes d’action par exécution'),
      unit: 'minutes',
      default: 8,
    },
  },
  meters: [
    meter(
      'codepipeline.v2.actionMinutes',
      'V2 pipeline action minutes',
      'Minutes d’action (pipeline V2)',
      'minutes',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'codepipeline.v2.actionMinutes':
        ctx.usage['executionsPerMonth']! * ctx.usage['actionMinutesPerExecution']!,
    }),
  }),
  cloudformation: {
    types: ['AWS::CodePipeline::Pipeline'],
    role: { principal: 'codepipeline.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      const bucket =
        ctx.environment['BUCKET_NAME'] ??
        ctx.param('PipelineArtifactBucket', {
          Type: 'String',
          Description: 'Versioned bucket for sources and artifacts',
        });
      const project =
        ctx.environment['BUILD_PROJECT'] ??
        ctx.param('BuildProjectName', {
          Type: 'String',
          Description: 'CodeBuild project run by the pipeline',
        });
      return {
        [ctx.nodeId]: {
          Type: 'AWS::CodePipeline::Pipeline',
          Properties: {
            PipelineType: 'V2',
            RoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
            ArtifactStore: { Type: 'S3', Location: bucket },
            Stages: [
              {
                Name: 'Source',
                Actions: [
                  {
                    Name: 'Source',
                    ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
                    Configuration: {
                      S3Bucket: bucket,
                      S3ObjectKey: 'source.zip',
                      PollForSourceChanges: 'false',
                    },
                    OutputArtifacts: [{ Name: 'Source' }],
                  },
                ],
              },
              {
                Name: 'Build',
                Actions: [
                  {
                    Name: 'Build',
                    ActionTypeId: { Category: 'Build', Owner: 'AWS', Provider: 'CodeBuild', Version: '1' },
                    Configuration: { ProjectName: project },
                    InputArtifacts: [{ Name: 'Source' }],
                  },
                ],
              },
            ],
          },
        },
      };
    },
    reference: (id) => ref(id),
    arn: (id) => sub(`arn:\${AWS::Partition}:codepipeline:\${AWS::Region}:\${AWS::AccountId}:\${${id}}`),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['read', 'write'],
      iam: {
        read: ['s3:GetObject', 's3:GetObjectVersion', 's3:GetBucketVersioning'],
        write: ['s3:PutObject'],
      },
      iamResourceSuffixes: ['/*'],
      env: 'BUCKET_NAME',
      description: loc('Stores sources and artifacts', 'Stocke sources et artefacts'),
    },
    {
      targets: ['codeBuild'],
      kinds: ['invoke'],
      iam: { invoke: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'] },
      env: 'BUILD_PROJECT',
      description: loc('Runs the build project', 'Lance le projet de build'),
    },
    {
      targets: ['codeDeploy'],
      kinds: ['deploy'],
      iam: {
        deploy: [
          'codedeploy:CreateDeployment',
          'codedeploy:GetDeployment',
          'codedeploy:GetApplicationRevision',
          'codedeploy:RegisterApplicationRevision',
        ],
      },
      description: loc('Deploys the release', 'Déploie la version'),
    },
  ],
});
