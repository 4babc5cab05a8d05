import { defineService, type CfnResource } from '../../shared/service/types';
import { BYTES_PER_GB, fmt, getAtt, loc, meter, num, quantities } from '../helpers';
import { formatNumber } from '../../shared/validation/numberFormat';
import { logRule } from '../rules';
import {
  endpointResources,
  imageMappings,
  modelArtifactNotes,
  modelArtifactRule,
  modelConditions,
} from '../sagemaker';

const memories = ['1024', '2048', '3072', '4096', '5120', '6144'];

/** SageMaker serverless inference endpoint: billed per GB-second of compute and per GB processed. */
export const sagemakerServerless = defineService({
  id: 'sagemakerServerless',
  name: loc('SageMaker serverless endpoint', 'Point de terminaison SageMaker sans serveur'),
  description: loc(
    'Model endpoint without instances: billed per GB-second of inference and per GB of data in and out.',
    'Point de terminaison sans instance : facturé au Go-seconde d’inférence et au Go de données échangées.',
  ),
  aliases: ['serverless inference', 'inference', 'model', 'inférence sans serveur', 'modèle', 'prédiction'],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMakerAI.svg',
  config: {
    memoryMb: {
      type: 'enum',
      label: loc('Memory', 'Mémoire'),
      unit: 'MB',
      default: '2048',
      options: memories.map((value) => ({ value })),
    },
    maxConcurrency: {
      type: 'number',
      label: loc('Maximum concurrency', 'Concurrence maximale'),
      default: 20,
      min: 1,
      max: 200,
      integer: true,
    },
  },
  usageInputs: {
    avgDurationMs: {
      label: loc('Average inference duration', 'Durée moyenne d’inférence'),
      unit: 'ms',
      default: 100,
    },
    responseBytes: { label: loc('Response size', 'Taille de la réponse'), unit: 'bytes', default: 256 },
  },
  meters: [
    meter(
      'sagemaker.serverless.gbSeconds',
      'Serverless inference duration',
      'Durée d’inférence sans serveur',
      'GB-s',
    ),
    meter(
      'sagemaker.serverless.dataGb',
      'Serverless inference data processed',
      'Données traitées (sans serveur)',
      'GB',
    ),
  ],
  usage(ctx) {
    const seconds = ctx.usage['avgDurationMs']! / 1000;
    const concurrency = Math.ceil(ctx.load.peakPerSecond * seconds);
    const max = num(ctx.config, 'maxConcurrency', 20);
    return {
      quantities: quantities({
        'sagemaker.serverless.gbSeconds':
          ctx.load.eventsPerMonth * seconds * (Number(ctx.config['memoryMb'] ?? 2048) / 1024),
        'sagemaker.serverless.dataGb':
          (ctx.load.bytesPerMonth + ctx.load.eventsPerMonth * ctx.usage['responseBytes']!) / BYTES_PER_GB,
      }),
      sizing: { concurrency },
      outputFactor: 1,
      warnings:
        concurrency > max
          ? [
              `Peak concurrency ${fmt(concurrency)} exceeds the maximum of ${max}: requests will be throttled.`,
            ]
          : [],
      warningsFr:
        concurrency > max
          ? [
              `La concurrence de pointe (${formatNumber(concurrency, 'fr', 0)}) dépasse le maximum de ${formatNumber(max, 'fr', 0)} : des requêtes seront limitées.`,
            ]
          : [],
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::Model', 'AWS::SageMaker::EndpointConfig', 'AWS::SageMaker::Endpoint'],
    mappings: imageMappings,
    conditions: modelConditions,
    role: { principal: 'sagemaker.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      return endpointResources(ctx, {
        ServerlessConfig: {
          MemorySizeInMB: Number(ctx.config['memoryMb'] ?? 2048),
          MaxConcurrency: num(ctx.config, 'maxConcurrency', 20),
        },
      });
    },
    exportNotes: modelArtifactNotes,
    arn: (id) => ({ Ref: id }),
    reference: (id) => getAtt(id, 'EndpointName'),
  },
  connections: [logRule, modelArtifactRule],
});
