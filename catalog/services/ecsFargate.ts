import { defineService, type CfnResource } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import { fleetHours, fmt, getAtt, loc, meter, num, quantities, ref, roleArn, str, sub } from '../helpers';
import { computeRules } from '../rules';
import { subnetIds } from '../network';

/** Fargate task sizes: vCPU with the memory range each allows (Fargate docs). */
const sizes = [
  { value: '256', vcpu: 0.25, memory: ['512', '1024', '2048'] },
  { value: '512', vcpu: 0.5, memory: ['1024', '2048', '3072', '4096'] },
  { value: '1024', vcpu: 1, memory: ['2048', '3072', '4096', '8192'] },
  { value: '2048', vcpu: 2, memory: ['4096', '8192', '16384'] },
  { value: '4096', vcpu: 4, memory: ['8192', '16384', '30720'] },
];
const memories = [...new Set(sizes.flatMap((s) => s.memory))].sort((a, b) => Number(a) - Number(b));
const INCLUDED_EPHEMERAL_GB = 20;

/** Amazon ECS service running Fargate tasks, billed per vCPU-second and GB-second. */
export const ecsFargate = defineService({
  id: 'ecsFargate',
  name: loc('Amazon ECS service (Fargate)', 'Service Amazon ECS (Fargate)'),
  description: loc(
    'Containers run as Fargate tasks without servers; billed per vCPU-second and GB-second.',
    'Conteneurs exécutés en tâches Fargate sans serveur ; facturés au vCPU-seconde et au Go-seconde.',
  ),
  aliases: ['container', 'docker', 'task', 'ecs', 'fargate', 'conteneur', 'tâche', 'microservice'],
  category: 'containers',
  icon: 'architecture-service/AmazonElasticContainerService.svg',
  config: {
    cpu: {
      type: 'enum',
      label: loc('Task CPU', 'CPU de la tâche'),
      unit: 'vCPU units',
      default: '1024',
      options: sizes.map((s) => ({ value: s.value, label: `${s.vcpu} vCPU`, facts: { vcpu: s.vcpu } })),
    },
    memoryMb: {
      type: 'enum',
      label: loc('Task memory', 'Mémoire de la tâche'),
      unit: 'MB',
      default: '2048',
      options: memories.map((value) => ({ value })),
    },
    architecture: {
      type: 'enum',
      label: loc('Architecture', 'Architecture'),
      default: 'X86_64',
      options: [{ value: 'X86_64' }, { value: 'ARM64' }],
    },
    ephemeralStorageGb: {
      type: 'number',
      label: loc('Ephemeral storage', 'Stockage éphémère'),
      unit: 'GB',
      default: 20,
      min: 20,
      max: 200,
      integer: true,
    },
    minTasks: {
      type: 'number',
      label: loc('Minimum tasks', 'Tâches minimum'),
      default: 1,
      min: 0,
      max: 1000,
      integer: true,
    },
    maxTasks: {
      type: 'number',
      label: loc('Maximum tasks', 'Tâches maximum'),
      default: 4,
      min: 1,
      max: 1000,
      integer: true,
    },
    capacityRps: {
      type: 'number',
      label: loc('Capacity per task', 'Capacité par tâche'),
      unit: 'requests/s',
      default: 100,
      min: 1,
    },
    desiredCount: {
      type: 'number',
      label: loc('Pinned task count (0 = size from load)', 'Nombre fixé (0 = selon la charge)'),
      default: 0,
      min: 0,
      max: 1000,
      integer: true,
    },
    image: {
      type: 'string',
      label: loc('Container image', 'Image du conteneur'),
      default: 'public.ecr.aws/nginx/nginx:stable',
      maxLength: 1024,
    },
    containerPort: {
      type: 'number',
      label: loc('Container port', 'Port du conteneur'),
      default: 80,
      min: 1,
      max: 65535,
      integer: true,
    },
  },
  usageInputs: {
    runningHoursPerTask: {
      label: loc('Running hours per task per month', 'Heures de fonctionnement par tâche et par mois'),
      unit: 'hours',
      default: 730,
    },
    peakHoursPerMonth: {
      label: loc('Hours at peak per month', 'Heures de pic par mois'),
      unit: 'hours',
      default: 30,
    },
  },
  meters: [
    meter('fargate.x86.vcpuSeconds', 'Fargate vCPU (x86)', 'vCPU Fargate (x86)', 'vCPU-s'),
    meter('fargate.x86.gbSeconds', 'Fargate memory (x86)', 'Mémoire Fargate (x86)', 'GB-s'),
    meter('fargate.arm.vcpuSeconds', 'Fargate vCPU (Arm)', 'vCPU Fargate (Arm)', 'vCPU-s'),
    meter('fargate.arm.gbSeconds', 'Fargate memory (Arm)', 'Mémoire Fargate (Arm)', 'GB-s'),
    meter(
      'fargate.ephemeral.gbSeconds',
      'Fargate ephemeral storage above 20 GB',
      'Stockage éphémère Fargate au-delà de 20 Go',
      'GB-s',
    ),
  ],
  usage(ctx) {
    const fleet = fleetHours(
      ctx,
      num(ctx.config, 'capacityRps', 100),
      num(ctx.config, 'minTasks', 1),
      num(ctx.config, 'maxTasks', 4),
      num(ctx.config, 'desiredCount'),
      ctx.usage['peakHoursPerMonth']!,
    );
    // Running hours per task scale the fleet's month (a batch service runs a few hours).
    const share =
      Math.min(Math.max(ctx.usage['runningHoursPerTask']!, 0), ctx.hoursPerMonth) / ctx.hoursPerMonth;
    const taskSeconds = fleet.hours * share * 3600;
    const arch = str(ctx.config, 'architecture') === 'ARM64' ? 'arm' : 'x86';
    const vcpu = Number(ctx.facts('cpu')['vcpu'] ?? 1);
    const memoryGb = Number(str(ctx.config, 'memoryMb', '2048')) / 1024;
    const warnings = [...fleet.warnings];
    const warningsFr = [...fleet.warningsFr];
    const size = sizes.find((s) => s.value === str(ctx.config, 'cpu'));
    if (size && !size.memory.includes(str(ctx.config, 'memoryMb'))) {
      warnings.push(`Fargate does not offer ${memoryGb} GB with ${size.vcpu} vCPU.`);
      warningsFr.push(
        `Fargate ne propose pas ${formatNumber(memoryGb, 'fr')} Go avec ${formatNumber(Number(size.vcpu), 'fr')} vCPU.`,
      );
    }
    return {
      quantities: quantities({
        [`fargate.${arch}.vcpuSeconds`]: taskSeconds * vcpu,
        [`fargate.${arch}.gbSeconds`]: taskSeconds * memoryGb,
        'fargate.ephemeral.gbSeconds':
          taskSeconds * Math.max(0, num(ctx.config, 'ephemeralStorageGb', 20) - INCLUDED_EPHEMERAL_GB),
      }),
      sizing: { tasks: fleet.peak, averageTasks: fleet.average },
      outputFactor: 1,
      assumptions: [`${fmt(fleet.average)} task(s) at average load, ${fmt(fleet.peak)} at peak.`],
      warnings,
      warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::ECS::Cluster', 'AWS::ECS::TaskDefinition', 'AWS::ECS::Service'],
    role: {
      principal: 'ecs-tasks.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'],
    },
    resources(ctx): Record<string, CfnResource> {
      const id = ctx.nodeId;
      const subnets = subnetIds(ctx, 'Subnets for Fargate tasks');
      const env = Object.entries(ctx.environment).map(([Name, Value]) => ({ Name, Value }));
      const fixed = num(ctx.config, 'desiredCount');
      return {
        [`${id}Cluster`]: {
          Type: 'AWS::ECS::Cluster',
          Properties: { ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] },
        },
        [`${id}Logs`]: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
        [`${id}Task`]: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            RequiresCompatibilities: ['FARGATE'],
            NetworkMode: 'awsvpc',
            Cpu: str(ctx.config, 'cpu', '1024'),
            Memory: str(ctx.config, 'memoryMb', '2048'),
            RuntimePlatform: {
              CpuArchitecture: str(ctx.config, 'architecture', 'X86_64'),
              OperatingSystemFamily: 'LINUX',
            },
            EphemeralStorage: { SizeInGiB: num(ctx.config, 'ephemeralStorageGb', 20) },
            ExecutionRoleArn: roleArn(ctx.roleLogicalId, id),
            TaskRoleArn: roleArn(ctx.roleLogicalId, id),
            ContainerDefinitions: [
              {
                Name: 'app',
                Image: str(ctx.config, 'image', 'public.ecr.aws/nginx/nginx:stable'),
                Essential: true,
                PortMappings: [{ ContainerPort: num(ctx.config, 'containerPort', 80) }],
                ...(env.length > 0 ? { Environment: env } : {}),
                LogConfiguration: {
                  LogDriver: 'awslogs',
                  Options: {
                    'awslogs-group': ref(`${id}Logs`),
                    'awslogs-region': sub('${AWS::Region}'),
                    'awslogs-stream-prefix': 'app',
                  },
                },
              },
            ],
          },
        },
        [id]: {
          Type: 'AWS::ECS::Service',
          Properties: {
            Cluster: ref(`${id}Cluster`),
            LaunchType: 'FARGATE',
            TaskDefinition: ref(`${id}Task`),
            DesiredCount: fixed > 0 ? fixed : num(ctx.config, 'minTasks', 1),
            NetworkConfiguration: {
              AwsvpcConfiguration: {
                Subnets: subnets,
                AssignPublicIp: ctx.subnetIds.length > 0 ? 'DISABLED' : 'ENABLED',
                ...(ctx.securityGroupIds.length > 0 ? { SecurityGroups: [...ctx.securityGroupIds] } : {}),
              },
            },
          },
        },
      };
    },
    arn: (id) => ref(id),
    reference: (id) => getAtt(id, 'Name'),
  },
  connections: [...computeRules],
});
