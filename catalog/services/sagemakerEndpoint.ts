import { defineService, type CfnResource } from '../../shared/service/types';
import {
  configuredFleet,
  fleetFields,
  fmt,
  getAtt,
  loc,
  num,
  peakHoursInput,
  quantities,
  ref,
  str,
} from '../helpers';
import { logRule } from '../rules';
import {
  bucketUri,
  endpointResources,
  hasModelCondition,
  imageMappings,
  modelConditions,
  modelArtifactNotes,
  hostingMeters,
  hostingTypes,
  instanceField,
  modelArtifactRule,
} from '../sagemaker';

/** SageMaker model + real-time endpoint with target-tracking autoscaling. */
/** `sagemaker.hosting.<type>.hours`, built once per instance type (usage runs per node per simulation). */
const hostingKeys = new Map<string, string>();
const hostingKey = (type: string): string => {
  let key = hostingKeys.get(type);
  if (key === undefined) hostingKeys.set(type, (key = `sagemaker.hosting.${type}.hours`));
  return key;
};

export const sagemakerEndpoint = defineService({
  id: 'sagemakerEndpoint',
  name: loc('SageMaker real-time endpoint', 'Point de terminaison SageMaker en temps réel'),
  description: loc(
    'Hosts a model behind an HTTPS endpoint on ML instances that scale with traffic; billed per instance-hour.',
    'Héberge un modèle derrière un point de terminaison HTTPS sur des instances ML qui suivent le trafic ; facturé à l’heure d’instance.',
  ),
  aliases: ['model', 'inference', 'endpoint', 'modèle', 'inférence', 'prédiction', 'scoring', 'ml'],
  category: 'ml',
  icon: 'architecture-service/AmazonSageMaker.svg',
  config: {
    instanceType: instanceField(hostingTypes, 'ml.m5.xlarge'),
    ...fleetFields({ en: 'instances', fr: 'Instances' }, 4, 100),
    dataCapturePercent: {
      type: 'number',
      label: loc('Data capture (for Model Monitor)', 'Capture des données (pour Model Monitor)'),
      unit: '%',
      default: 0,
      min: 0,
      max: 100,
      integer: true,
      help: loc(
        'Share of requests saved to S3 for monitoring; needs a connected bucket.',
        'Part des requêtes enregistrées dans S3 pour la surveillance ; nécessite un compartiment connecté.',
      ),
    },
  },
  usageInputs: {
    peakHoursPerMonth: peakHoursInput,
  },
  meters: hostingMeters,
  usage(ctx) {
    const capacity = num(ctx.config, 'capacityRps', 100);
    const fleet = configuredFleet(ctx);
    const type = str(ctx.config, 'instanceType', 'ml.m5.xlarge');
    return {
      quantities: quantities({ [hostingKey(type)]: fleet.hours }),
      sizing: { instances: fleet.peak, averageInstances: fleet.average },
      outputFactor: 1,
      assumptions: [
        `${fmt(fleet.average)} × ${type} at average load, ${fmt(fleet.peak)} at peak (${fmt(capacity)} requests/s each).`,
      ],
      warnings: fleet.warnings,
      warningsFr: fleet.warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::SageMaker::Model', 'AWS::SageMaker::EndpointConfig', 'AWS::SageMaker::Endpoint'],
    mappings: imageMappings,
    conditions: modelConditions,
    role: { principal: 'sagemaker.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const min = num(ctx.config, 'minInstances', 1);
      const pinned = num(ctx.config, 'instanceCount');
      const capture = num(ctx.config, 'dataCapturePercent');
      return {
        ...endpointResources(
          ctx,
          {
            InitialInstanceCount: pinned > 0 ? pinned : min,
            InstanceType: str(ctx.config, 'instanceType', 'ml.m5.xlarge'),
            InitialVariantWeight: 1,
          },
          capture > 0
            ? {
                DataCaptureConfig: {
                  EnableCapture: true,
                  InitialSamplingPercentage: capture,
                  DestinationS3Uri: bucketUri(ctx.environment, ctx.param, 'capture/'),
                  CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
                },
              }
            : {},
        ),
        ...(pinned > 0
          ? {}
          : {
              [`${id}ScalableTarget`]: {
                Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
                Condition: hasModelCondition(id),
                Properties: {
                  MinCapacity: min,
                  MaxCapacity: Math.max(min, num(ctx.config, 'maxInstances', 4)),
                  ResourceId: { 'Fn::Sub': `endpoint/\${${id}.EndpointName}/variant/AllTraffic` },
                  ScalableDimension: 'sagemaker:variant:DesiredInstanceCount',
                  ServiceNamespace: 'sagemaker',
                },
              },
              [`${id}ScalingPolicy`]: {
                Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
                Condition: hasModelCondition(id),
                Properties: {
                  PolicyName: `${id}InvocationsPerInstance`,
                  PolicyType: 'TargetTrackingScaling',
                  ScalingTargetId: ref(`${id}ScalableTarget`),
                  TargetTrackingScalingPolicyConfiguration: {
                    // Invocations per instance per minute, at 70 % of measured capacity.
                    TargetValue: Math.round(num(ctx.config, 'capacityRps', 100) * 60 * 0.7),
                    PredefinedMetricSpecification: {
                      PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance',
                    },
                  },
                },
              },
            }),
      };
    },
    exportNotes: modelArtifactNotes,
    arn: (id) => ref(id),
    reference: (id) => getAtt(id, 'EndpointName'),
    outputs: (id) => ({ [`${id}Name`]: { Value: getAtt(id, 'EndpointName'), Description: 'Endpoint name' } }),
  },
  connections: [logRule, modelArtifactRule],
});
