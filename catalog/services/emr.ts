import { defineService, type CfnResource } from '../../shared/service/types';
import { assumeRolePolicy, instanceOptions, loc, meter, num, quantities, ref, str } from '../helpers';
import { s3Rule } from '../rules';
import { ec2Types } from '../ec2Types';

/**
 * EMR supports the m5/c5/r5 families from `.xlarge` up: the `.large` sizes are not in the
 * EMR supported-instance list (e.g. moto's copy of it, moto/emr/resources/instance-types-emr-7.14.0.json),
 * so a cluster of them would fail to create.
 */
const emrTypes = ec2Types.filter((t) => /^(m5|c5|r5)\./.test(t.value) && !t.value.endsWith('.large'));

/** Amazon EMR cluster: EC2 instance-hours plus the EMR charge per instance-hour. */
export const emr = defineService({
  id: 'emr',
  name: loc('Amazon EMR cluster', 'Cluster Amazon EMR'),
  description: loc(
    'Managed Spark and Hadoop cluster; billed per instance-hour for EC2 plus the EMR charge.',
    'Cluster Spark et Hadoop géré ; facturé à l’heure d’instance EC2 plus le supplément EMR.',
  ),
  aliases: ['spark', 'hadoop', 'big data', 'mapreduce', 'hive', 'traitement distribué', 'mégadonnées'],
  category: 'analytics',
  icon: 'architecture-service/AmazonEMR.svg',
  config: {
    releaseLabel: {
      type: 'enum',
      label: loc('EMR release', 'Version EMR'),
      default: 'emr-7.5.0',
      options: [{ value: 'emr-7.5.0' }, { value: 'emr-6.15.0' }],
    },
    instanceType: {
      type: 'enum',
      label: loc('Instance type', 'Type d’instance'),
      default: 'm5.xlarge',
      options: instanceOptions(emrTypes),
    },
    coreNodes: {
      type: 'number',
      label: loc('Core nodes', 'Nœuds principaux'),
      default: 2,
      min: 1,
      max: 500,
      integer: true,
    },
  },
  usageInputs: {
    hoursPerMonth: {
      label: loc('Cluster hours per month', 'Heures de cluster par mois'),
      unit: 'hours',
      default: 100,
    },
  },
  meters: [
    ...emrTypes.map((t) =>
      meter(`emr.${t.value}.hours`, `EMR charge ${t.value}`, `Supplément EMR ${t.value}`, 'hours'),
    ),
    ...emrTypes.map((t) =>
      meter(
        `ec2.linux.${t.value}.hours`,
        `EC2 Linux on-demand ${t.value}`,
        `EC2 Linux à la demande ${t.value}`,
        'hours',
      ),
    ),
  ],
  usage(ctx) {
    const type = str(ctx.config, 'instanceType', 'm5.xlarge');
    const hours =
      (num(ctx.config, 'coreNodes', 2) + 1) * Math.min(ctx.usage['hoursPerMonth']!, ctx.hoursPerMonth);
    return {
      quantities: quantities({ [`emr.${type}.hours`]: hours, [`ec2.linux.${type}.hours`]: hours }),
      assumptions: ['One primary node plus the core nodes.'],
    };
  },
  cloudformation: {
    types: ['AWS::EMR::Cluster'],
    role: {
      principal: 'elasticmapreduce.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2'],
    },
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const type = str(ctx.config, 'instanceType', 'm5.xlarge');
      return {
        [`${id}InstanceRole`]: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy('ec2.amazonaws.com'),
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonElasticMapReduceforEC2Role'],
          },
        },
        [`${id}InstanceProfile`]: {
          Type: 'AWS::IAM::InstanceProfile',
          Properties: { Roles: [ref(`${id}InstanceRole`)] },
        },
        [id]: {
          Type: 'AWS::EMR::Cluster',
          Properties: {
            Name: id,
            ReleaseLabel: str(ctx.config, 'releaseLabel', 'emr-7.5.0'),
            Applications: [{ Name: 'Spark' }],
            ServiceRole: ref(ctx.roleLogicalId ?? `${id}Role`),
            JobFlowRole: ref(`${id}InstanceProfile`),
            Instances: {
              MasterInstanceGroup: { InstanceCount: 1, InstanceType: type, Market: 'ON_DEMAND' },
              CoreInstanceGroup: {
                InstanceCount: num(ctx.config, 'coreNodes', 2),
                InstanceType: type,
                Market: 'ON_DEMAND',
              },
              ...(ctx.subnetIds[0] ? { Ec2SubnetId: ctx.subnetIds[0] } : {}),
            },
            VisibleToAllUsers: true,
          },
        },
      };
    },
    reference: (id) => ref(id),
  },
  connections: [s3Rule],
});
