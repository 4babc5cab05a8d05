import { defineService, type CfnResource, type CfnValue } from '../../shared/service/types';
import {
  configuredFleet,
  fleetFields,
  fmt,
  instanceOptions,
  loc,
  num,
  peakHoursInput,
  quantities,
  ref,
  str,
} from '../helpers';
import { ec2Meters, ec2Types } from '../ec2Types';
import { computeRules } from '../rules';

const platforms = [
  { value: 'nodejs', stack: '64bit Amazon Linux 2023 v6.6.0 running Node.js 22' },
  { value: 'python', stack: '64bit Amazon Linux 2023 v4.6.0 running Python 3.12' },
  { value: 'java', stack: '64bit Amazon Linux 2023 v4.7.0 running Corretto 21' },
];

/** AWS Elastic Beanstalk web environment; the service is free, its EC2 instances are billed. */
export const elasticBeanstalk = defineService({
  id: 'elasticBeanstalk',
  name: loc('AWS Elastic Beanstalk environment', 'Environnement AWS Elastic Beanstalk'),
  description: loc(
    'Deploys a web application on managed EC2 instances with load balancing and scaling; you pay for the instances.',
    'Déploie une application web sur des instances EC2 gérées, avec répartition de charge et mise à l’échelle ; seules les instances sont facturées.',
  ),
  aliases: ['beanstalk', 'paas', 'web app', 'application web', 'déploiement', 'plateforme'],
  category: 'compute',
  icon: 'architecture-service/AWSElasticBeanstalk.svg',
  config: {
    platform: {
      type: 'enum',
      label: loc('Platform', 'Plateforme'),
      default: 'nodejs',
      options: platforms.map((p) => ({ value: p.value, label: p.stack })),
    },
    instanceType: {
      type: 'enum',
      label: loc('Instance type', 'Type d’instance'),
      default: 't3.small',
      options: instanceOptions(ec2Types),
    },
    ...fleetFields({ en: 'instances', fr: 'Instances' }, 4, 100),
  },
  usageInputs: {
    peakHoursPerMonth: peakHoursInput,
  },
  meters: ec2Meters,
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 't3.small');
    const fleet = configuredFleet(ctx);
    return {
      quantities: quantities({ [`ec2.linux.${type}.hours`]: fleet.hours }),
      sizing: { instances: fleet.peak },
      outputFactor: 1,
      assumptions: [
        `${fmt(fleet.average)} × ${type} at average load; the environment's load balancer is not included.`,
      ],
      warnings: fleet.warnings,
      warningsFr: fleet.warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::ElasticBeanstalk::Application', 'AWS::ElasticBeanstalk::Environment'],
    role: {
      principal: 'ec2.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier'],
    },
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const platform = platforms.find((p) => p.value === str(ctx.config, 'platform')) ?? platforms[0]!;
      const option = (Namespace: string, OptionName: string, Value: CfnValue) => ({
        Namespace,
        OptionName,
        Value,
      });
      const min = num(ctx.config, 'minInstances', 1);
      return {
        [`${id}App`]: { Type: 'AWS::ElasticBeanstalk::Application', Properties: {} },
        [`${id}Profile`]: {
          Type: 'AWS::IAM::InstanceProfile',
          Properties: { Roles: [ref(ctx.roleLogicalId ?? `${id}Role`)] },
        },
        [id]: {
          Type: 'AWS::ElasticBeanstalk::Environment',
          Properties: {
            ApplicationName: ref(`${id}App`),
            SolutionStackName: ctx.param(`${id}SolutionStack`, {
              Type: 'String',
              Default: platform.stack,
              Description: 'Elastic Beanstalk solution stack (check the current platform versions)',
            }),
            OptionSettings: [
              option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', ref(`${id}Profile`)),
              option('aws:ec2:instances', 'InstanceTypes', str(ctx.config, 'instanceType', 't3.small')),
              option('aws:autoscaling:asg', 'MinSize', String(min)),
              option(
                'aws:autoscaling:asg',
                'MaxSize',
                String(Math.max(min, num(ctx.config, 'maxInstances', 4))),
              ),
              ...Object.entries(ctx.environment).map(([k, v]) =>
                option('aws:elasticbeanstalk:application:environment', k, v),
              ),
            ],
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [...computeRules],
});
