import { defineService, type CfnResource } from '../../shared/service/types';
import {
  configuredFleet,
  fleetFields,
  fmt,
  getAtt,
  instanceOptions,
  loc,
  meter,
  num,
  peakHoursInput,
  quantities,
  ref,
  str,
} from '../helpers';
import { amiParameter, ec2Meters, ec2Types, isArm } from '../ec2Types';
import { computeRules } from '../rules';

/** Amazon EC2: one instance, or an Auto Scaling group when the maximum is above one. */
export const ec2 = defineService({
  id: 'ec2',
  name: loc('Amazon EC2 instances', 'Instances Amazon EC2'),
  description: loc(
    'Virtual machines billed per instance-hour; scales as an Auto Scaling group.',
    'Machines virtuelles facturées à l’heure d’instance ; mise à l’échelle par groupe Auto Scaling.',
  ),
  aliases: ['vm', 'server', 'instance', 'virtual machine', 'serveur', 'machine virtuelle', 'auto scaling'],
  category: 'compute',
  icon: 'architecture-service/AmazonEC2.svg',
  config: {
    instanceType: {
      type: 'enum',
      label: loc('Instance type', 'Type d’instance'),
      default: 't3.medium',
      options: instanceOptions(ec2Types),
    },
    ...fleetFields({ en: 'instances', fr: 'Instances' }, 1, 200),
    rootVolumeGb: {
      type: 'number',
      label: loc('Root volume (gp3)', 'Volume racine (gp3)'),
      unit: 'GB',
      default: 20,
      min: 8,
      max: 16384,
      integer: true,
    },
  },
  usageInputs: {
    peakHoursPerMonth: peakHoursInput,
  },
  meters: [...ec2Meters, meter('ebs.gp3.storageGbMonths', 'EBS gp3 storage', 'Stockage EBS gp3', 'GB-month')],
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 't3.medium');
    const fleet = configuredFleet(ctx);
    return {
      quantities: quantities({
        [`ec2.linux.${type}.hours`]: fleet.hours,
        'ebs.gp3.storageGbMonths': (fleet.hours / ctx.hoursPerMonth) * num(ctx.config, 'rootVolumeGb', 20),
      }),
      sizing: { instances: fleet.peak, averageInstances: fleet.average },
      outputFactor: 1,
      assumptions: [`${fmt(fleet.average)} × ${type} at average load, ${fmt(fleet.peak)} at peak.`],
      warnings: fleet.warnings,
      warningsFr: fleet.warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::LaunchTemplate'],
    role: {
      principal: 'ec2.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
    },
    resources(ctx): Record<string, CfnResource> {
      const type = str(ctx.config, 'instanceType', 't3.medium');
      const id = ctx.nodeId;
      const image = ctx.param(isArm(type) ? 'LatestAmiArm64' : 'LatestAmiX8664', amiParameter(isArm(type)));
      const profile: CfnResource = {
        Type: 'AWS::IAM::InstanceProfile',
        Properties: { Roles: [ref(ctx.roleLogicalId ?? `${id}Role`)] },
      };
      const disk = [
        {
          DeviceName: '/dev/xvda',
          Ebs: { VolumeSize: num(ctx.config, 'rootVolumeGb', 20), VolumeType: 'gp3', Encrypted: true },
        },
      ];
      const max = num(ctx.config, 'maxInstances', 1);
      if (max <= 1)
        return {
          [`${id}Profile`]: profile,
          [id]: {
            Type: 'AWS::EC2::Instance',
            Properties: {
              InstanceType: type,
              ImageId: image,
              IamInstanceProfile: ref(`${id}Profile`),
              BlockDeviceMappings: disk,
              ...(ctx.subnetIds[0] ? { SubnetId: ctx.subnetIds[0] } : {}),
              ...(ctx.securityGroupIds.length > 0 ? { SecurityGroupIds: [...ctx.securityGroupIds] } : {}),
            },
          },
        };
      const min = num(ctx.config, 'minInstances', 1);
      return {
        [`${id}Profile`]: profile,
        [`${id}Template`]: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: {
            LaunchTemplateData: {
              InstanceType: type,
              ImageId: image,
              IamInstanceProfile: { Arn: getAtt(`${id}Profile`, 'Arn') },
              BlockDeviceMappings: disk,
              ...(ctx.securityGroupIds.length > 0 ? { SecurityGroupIds: [...ctx.securityGroupIds] } : {}),
            },
          },
        },
        [id]: {
          Type: 'AWS::AutoScaling::AutoScalingGroup',
          Properties: {
            MinSize: String(min),
            MaxSize: String(Math.max(min, max)),
            LaunchTemplate: {
              LaunchTemplateId: ref(`${id}Template`),
              Version: getAtt(`${id}Template`, 'LatestVersionNumber'),
            },
            ...(ctx.subnetIds.length > 0
              ? { VPCZoneIdentifier: [...ctx.subnetIds] }
              : { AvailabilityZones: { 'Fn::GetAZs': '' } }),
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [...computeRules],
});
