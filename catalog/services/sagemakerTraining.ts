import { defineService, type CfnResource } from '../../shared/service/types';
import { fmt, getAtt, loc, num, quantities, ref, str } from '../helpers';
import { imageMappings, trainingMeters } from '../sagemaker';
import { pipelineResource, pipelineRunPolicy, trainingFields, trainingRules } from '../sagemakerJobs';

/** SageMaker training job, exported as a pipeline with one Training step. */
export const sagemakerTraining = defineService({
  id: 'sagemakerTraining',
  name: loc('SageMaker training job', 'Tâche d’entraînement SageMaker'),
  description: loc(
    'Trains a model on data from S3 on ML instances; billed per instance-hour while the job runs.',
    'Entraîne un modèle sur des données S3 avec des instances ML ; facturé à l’heure d’instance pendant la tâche.',
  ),
  aliases: ['training', 'train', 'entraînement', 'apprentissage', 'model training', 'xgboost'],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMakerAI.svg',
  config: {
    ...trainingFields(
      { en: 'Instances', fr: 'Instances' },
      { en: 'Maximum run time', fr: 'Durée maximale', hours: 2 },
    ),
  },
  usageInputs: {
    jobsPerMonth: {
      label: loc('Training jobs per month', 'Entraînements par mois'),
      unit: 'jobs',
      default: 4,
    },
    hoursPerJob: { label: loc('Hours per job', 'Heures par tâche'), unit: 'hours', default: 1 },
  },
  meters: trainingMeters,
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 'ml.m5.xlarge');
    const hours =
      ctx.usage['jobsPerMonth']! * ctx.usage['hoursPerJob']! * num(ctx.config, 'instanceCount', 1);
    return {
      quantities: quantities({ [`sagemaker.training.${type}.hours`]: hours }),
      assumptions: [`${fmt(ctx.usage['jobsPerMonth']!)} job(s) × ${ctx.usage['hoursPerJob']} h on ${type}.`],
      warnings:
        ctx.usage['hoursPerJob']! > num(ctx.config, 'maxRuntimeHours', 2)
          ? ['Hours per job exceed the maximum run time: jobs would be stopped.']
          : [],
      warningsFr:
        ctx.usage['hoursPerJob']! > num(ctx.config, 'maxRuntimeHours', 2)
          ? ['Les heures par tâche dépassent la durée maximale : les tâches seraient arrêtées.']
          : [],
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::Pipeline'],
    mappings: imageMappings,
    role: { principal: 'sagemaker.amazonaws.com' },
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: pipelineResource(ctx, 'Training'),
      ...pipelineRunPolicy(ctx, 'Training'),
    }),
    arn: (id) => getAtt(id, 'PipelineName'),
    reference: (id) => ref(id),
  },
  connections: trainingRules,
});
