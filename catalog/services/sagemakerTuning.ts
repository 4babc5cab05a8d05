import { defineService, type CfnResource } from '../../shared/service/types';
import { fmt, getAtt, loc, num, quantities, ref, str } from '../helpers';
import { imageMappings, trainingMeters } from '../sagemaker';
import { pipelineResource, pipelineRunPolicy, trainingFields, trainingRules } from '../sagemakerJobs';

/** SageMaker automatic model tuning: many training jobs searching hyperparameters. */
export const sagemakerTuning = defineService({
  id: 'sagemakerTuning',
  name: loc('SageMaker hyperparameter tuning', 'Réglage d’hyperparamètres SageMaker'),
  description: loc(
    'Runs many training jobs to find the best hyperparameters; billed as training instance-hours.',
    'Lance de nombreux entraînements pour trouver les meilleurs hyperparamètres ; facturé en heures d’entraînement.',
  ),
  aliases: [
    'tuning',
    'hyperparameter',
    'hpo',
    'automatic model tuning',
    'réglage',
    'hyperparamètres',
    'optimisation',
  ],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMakerAI.svg',
  config: {
    ...trainingFields(
      { en: 'Instances per job', fr: 'Instances par tâche' },
      { en: 'Maximum run time per job', fr: 'Durée maximale par tâche', hours: 1 },
    ),
    maxTrainingJobs: {
      type: 'number',
      label: loc('Training jobs per tuning run', 'Entraînements par réglage'),
      default: 20,
      min: 1,
      max: 750,
      integer: true,
    },
    maxParallelJobs: {
      type: 'number',
      label: loc('Parallel jobs', 'Tâches en parallèle'),
      default: 2,
      min: 1,
      max: 100,
      integer: true,
    },
  },
  usageInputs: {
    tuningRunsPerMonth: {
      label: loc('Tuning runs per month', 'Réglages par mois'),
      unit: 'runs',
      default: 1,
    },
    hoursPerTrainingJob: {
      label: loc('Hours per training job', 'Heures par entraînement'),
      unit: 'hours',
      default: 0.5,
    },
  },
  meters: trainingMeters,
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 'ml.m5.xlarge');
    const jobs = ctx.usage['tuningRunsPerMonth']! * num(ctx.config, 'maxTrainingJobs', 20);
    return {
      quantities: quantities({
        [`sagemaker.training.${type}.hours`]:
          jobs * ctx.usage['hoursPerTrainingJob']! * num(ctx.config, 'instanceCount', 1),
      }),
      assumptions: [`${fmt(jobs)} training job(s) × ${ctx.usage['hoursPerTrainingJob']} h on ${type}.`],
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::Pipeline'],
    mappings: imageMappings,
    role: { principal: 'sagemaker.amazonaws.com' },
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: pipelineResource(ctx, 'Tuning'),
      ...pipelineRunPolicy(ctx, 'Tuning'),
    }),
    arn: (id) => getAtt(id, 'PipelineName'),
    reference: (id) => ref(id),
  },
  connections: trainingRules,
});
