import { defineService, type CfnResource } from '../../shared/service/types';
import {
  assumeRolePolicy,
  getAtt,
  instanceOptions,
  loc,
  meter,
  num,
  quantities,
  ref,
  roleArn,
  str,
} from '../helpers';
import { ec2Meters, ec2Types } from '../ec2Types';
import { computeRules } from '../rules';
import { subnetIds } from '../network';

/** Amazon EKS cluster with a managed node group or Fargate pods. */
export const eks = defineService({
  id: 'eks',
  name: loc('Amazon EKS cluster', 'Cluster Amazon EKS'),
  description: loc(
    'Managed Kubernetes control plane billed per cluster-hour, with nodes on EC2 or pods on Fargate.',
    'Plan de contrôle Kubernetes géré, facturé à l’heure de cluster, avec nœuds EC2 ou pods Fargate.',
  ),
  aliases: ['kubernetes', 'k8s', 'cluster', 'pods', 'orchestration', 'grappe', 'conteneurs'],
  category: 'containers',
  icon: 'architecture-service/AmazonElasticKubernetesService.svg',
  config: {
    compute: {
      type: 'enum',
      label: loc('Compute', 'Calcul'),
      default: 'nodegroup',
      options: [
        { value: 'nodegroup', label: 'Managed node group (EC2)' },
        { value: 'fargate', label: 'Fargate profile' },
      ],
    },
    kubernetesVersion: {
      type: 'enum',
      label: loc('Kubernetes version', 'Version de Kubernetes'),
      default: '1.31',
      options: ['1.30', '1.31', '1.32'].map((value) => ({ value })),
    },
    nodeType: {
      type: 'enum',
      label: loc('Node instance type', 'Type d’instance des nœuds'),
      default: 'm5.large',
      options: instanceOptions(ec2Types),
    },
    nodes: { type: 'number', label: loc('Nodes', 'Nœuds'), default: 2, min: 1, max: 450, integer: true },
  },
  usageInputs: {
    fargatePodVcpu: {
      label: loc('Fargate pods: total vCPU running', 'Pods Fargate : vCPU en cours'),
      unit: 'vCPU',
      default: 2,
    },
    fargatePodMemoryGb: {
      label: loc('Fargate pods: total memory running', 'Pods Fargate : mémoire en cours'),
      unit: 'GB',
      default: 4,
    },
  },
  meters: [
    meter(
      'eks.clusterHours',
      'EKS cluster (standard support)',
      'Cluster EKS (support standard)',
      'cluster-hours',
    ),
    ...ec2Meters,
    meter('fargate.x86.vcpuSeconds', 'Fargate vCPU (x86)', 'vCPU Fargate (x86)', 'vCPU-s'),
    meter('fargate.x86.gbSeconds', 'Fargate memory (x86)', 'Mémoire Fargate (x86)', 'GB-s'),
  ],
  usage(ctx) {
    const seconds = ctx.hoursPerMonth * 3600;
    const fargate = str(ctx.config, 'compute') === 'fargate';
    return {
      quantities: quantities({
        'eks.clusterHours': ctx.hoursPerMonth,
        ...(fargate
          ? {
              'fargate.x86.vcpuSeconds': ctx.usage['fargatePodVcpu']! * seconds,
              'fargate.x86.gbSeconds': ctx.usage['fargatePodMemoryGb']! * seconds,
            }
          : {
              [`ec2.linux.${str(ctx.config, 'nodeType', 'm5.large')}.hours`]:
                num(ctx.config, 'nodes', 2) * ctx.hoursPerMonth,
            }),
      }),
      sizing: fargate ? { nodes: 0 } : { nodes: num(ctx.config, 'nodes', 2) },
      outputFactor: 1,
    };
  },
  cloudformation: {
    types: ['AWS::EKS::Cluster', 'AWS::EKS::Nodegroup', 'AWS::EKS::FargateProfile'],
    role: {
      principal: 'eks.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonEKSClusterPolicy'],
    },
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const subnets = subnetIds(ctx, 'Subnets in at least two Availability Zones');
      const fargate = str(ctx.config, 'compute') === 'fargate';
      const workerRole: CfnResource = {
        Type: 'AWS::IAM::Role',
        Properties: fargate
          ? {
              AssumeRolePolicyDocument: assumeRolePolicy('eks-fargate-pods.amazonaws.com'),
              ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy'],
            }
          : {
              AssumeRolePolicyDocument: assumeRolePolicy('ec2.amazonaws.com'),
              ManagedPolicyArns: [
                'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy',
                'arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy',
                'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly',
              ],
            },
      };
      return {
        [id]: {
          Type: 'AWS::EKS::Cluster',
          Properties: {
            Version: str(ctx.config, 'kubernetesVersion', '1.31'),
            RoleArn: roleArn(ctx.roleLogicalId, id),
            ResourcesVpcConfig: {
              SubnetIds: subnets,
              ...(ctx.securityGroupIds.length > 0 ? { SecurityGroupIds: [...ctx.securityGroupIds] } : {}),
            },
          },
        },
        [`${id}WorkerRole`]: workerRole,
        ...(fargate
          ? {
              [`${id}Fargate`]: {
                Type: 'AWS::EKS::FargateProfile',
                Properties: {
                  ClusterName: ref(id),
                  PodExecutionRoleArn: getAtt(`${id}WorkerRole`, 'Arn'),
                  Selectors: [{ Namespace: 'default' }],
                  Subnets: subnets,
                },
              },
            }
          : {
              [`${id}Nodes`]: {
                Type: 'AWS::EKS::Nodegroup',
                Properties: {
                  ClusterName: ref(id),
                  NodeRole: getAtt(`${id}WorkerRole`, 'Arn'),
                  Subnets: subnets,
                  InstanceTypes: [str(ctx.config, 'nodeType', 'm5.large')],
                  ScalingConfig: {
                    MinSize: num(ctx.config, 'nodes', 2),
                    DesiredSize: num(ctx.config, 'nodes', 2),
                    MaxSize: num(ctx.config, 'nodes', 2),
                  },
                },
              },
            }),
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
  },
  connections: [...computeRules],
});
