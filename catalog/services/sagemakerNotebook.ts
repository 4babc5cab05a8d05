import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, num, quantities, ref, roleArn, str } from '../helpers';
import { instanceField, notebookMeters, notebookTypes } from '../sagemaker';
import { trainingRules } from '../sagemakerJobs';
import { meter } from '../helpers';

/** SageMaker notebook instance for data exploration and experiments. */
export const sagemakerNotebook = defineService({
  id: 'sagemakerNotebook',
  name: loc('SageMaker notebook instance', 'Instance de notebook SageMaker'),
  description: loc(
    'Managed Jupyter notebook for exploring data and experimenting; billed per hour while running.',
    'Notebook Jupyter géré pour explorer les données et expérimenter ; facturé à l’heure de fonctionnement.',
  ),
  aliases: ['notebook', 'jupyter', 'data science', 'carnet', 'exploration', 'experiment'],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMakerStudioLab.svg',
  config: {
    instanceType: instanceField(notebookTypes, 'ml.t3.medium'),
    volumeGb: {
      type: 'number',
      label: loc('Storage volume', 'Volume de stockage'),
      unit: 'GB',
      default: 5,
      min: 5,
      max: 16384,
      integer: true,
    },
  },
  usageInputs: {
    hoursPerMonth: {
      label: loc('Running hours per month', 'Heures de fonctionnement par mois'),
      unit: 'hours',
      default: 160,
      help: loc(
        'Stop the instance outside working hours: 8 h × 20 days = 160 h.',
        'Arrêtez l’instance hors des heures de travail : 8 h × 20 jours = 160 h.',
      ),
    },
  },
  meters: [
    ...notebookMeters,
    meter('sagemaker.notebook.storageGbMonths', 'Notebook storage', 'Stockage du notebook', 'GB-month'),
  ],
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 'ml.t3.medium');
    return {
      quantities: quantities({
        [`sagemaker.notebook.${type}.hours`]: Math.min(ctx.usage['hoursPerMonth']!, ctx.hoursPerMonth),
        'sagemaker.notebook.storageGbMonths': num(ctx.config, 'volumeGb', 5),
      }),
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::NotebookInstance'],
    role: { principal: 'sagemaker.amazonaws.com' },
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::SageMaker::NotebookInstance',
        Properties: {
          InstanceType: str(ctx.config, 'instanceType', 'ml.t3.medium'),
          RoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
          VolumeSizeInGB: num(ctx.config, 'volumeGb', 5),
          ...(ctx.environment['KMS_KEY_ARN'] ? { KmsKeyId: ctx.environment['KMS_KEY_ARN'] } : {}),
        },
      },
    }),
    arn: (id) => ref(id),
    reference: (id) => getAtt(id, 'NotebookInstanceName'),
  },
  connections: trainingRules,
});
