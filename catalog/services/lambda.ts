import { defineService, type CfnContext, type CfnResource, type CfnValue } from '../../shared/service/types';
import { formatNumber } from '../../shared/validation/numberFormat';
import {
  BYTES_PER_GB,
  fmt,
  getAtt,
  kindLoad,
  loc,
  meter,
  num,
  addQuantity,
  ref,
  roleArn,
  str,
  sub,
} from '../helpers';
import { computeRules } from '../rules';

const runtimes = ['python3.12', 'python3.13', 'nodejs20.x', 'nodejs22.x'] as const;
const inlineCode: Record<string, string> = {
  python:
    'import json\n\ndef handler(event, context):\n    # Replace with the scoring code.\n    return {"statusCode": 200, "body": json.dumps({"ok": True})}\n',
  nodejs:
    'exports.handler = async (event) => {\n  // Replace with the scoring code.\n  return { statusCode: 200, body: JSON.stringify({ ok: true }) };\n};\n',
};

/** Shared stack parameters naming where the functions' deployment packages are. */
const CODE_BUCKET = 'LambdaCodeBucket';
const CODE_PREFIX = 'LambdaCodePrefix';
/** True when the user gave a code bucket: the functions then run their S3 packages. */
const HAS_CODE = 'HasLambdaCodeBucket';

/**
 * The function's code: its package `<prefix><nodeId>.zip` in the code bucket when the
 * stack is given one, else the inline placeholder (which answers but does nothing).
 */
function code(ctx: CfnContext, runtime: string): CfnValue {
  const bucket = ctx.param(CODE_BUCKET, {
    Type: 'String',
    Default: '',
    Description:
      'S3 bucket holding the Lambda deployment packages (<prefix><function id>.zip, handler index.handler); empty = placeholder inline code',
  });
  ctx.param(CODE_PREFIX, {
    Type: 'String',
    Default: '',
    Description: 'Key prefix of the Lambda deployment packages in LambdaCodeBucket, e.g. releases/1.4.0/',
  });
  return {
    'Fn::If': [
      HAS_CODE,
      { S3Bucket: bucket, S3Key: sub(`\${${CODE_PREFIX}}${ctx.nodeId}.zip`) },
      { ZipFile: inlineCode[runtime.startsWith('python') ? 'python' : 'nodejs']! },
    ],
  };
}

/** AWS Lambda: requests, GB-seconds per architecture, ephemeral storage, provisioned concurrency, streaming. */
/** Meter keys per architecture, built once (usage runs per node per simulation). */
const archMeters = (arch: 'arm' | 'x86') => ({
  gbSeconds: `lambda.${arch}.gbSeconds`,
  provisioned: `lambda.${arch}.provisioned.gbSeconds`,
  provisionedDuration: `lambda.${arch}.provisioned.durationGbSeconds`,
});
const ARCH_METERS = { arm: archMeters('arm'), x86: archMeters('x86') };

export const lambda = defineService({
  id: 'lambda',
  name: loc('AWS Lambda function', 'Fonction AWS Lambda'),
  description: loc(
    'Runs code on events without servers; billed per request and per GB-second of duration.',
    'Exécute du code à chaque événement sans serveur ; facturé à la requête et au Go-seconde.',
  ),
  aliases: ['function', 'serverless', 'fonction', 'sans serveur', 'faas', 'handler'],
  category: 'compute',
  icon: 'architecture-service/AWSLambda.svg',
  config: {
    runtime: {
      type: 'enum',
      label: loc('Runtime', 'Environnement d’exécution'),
      default: 'python3.12',
      options: runtimes.map((value) => ({ value })),
    },
    architecture: {
      type: 'enum',
      label: loc('Architecture', 'Architecture'),
      default: 'x86_64',
      options: [
        { value: 'x86_64', label: 'x86_64' },
        { value: 'arm64', label: 'arm64 (Graviton)' },
      ],
      help: loc(
        'Arm (Graviton2) costs about 20 % less per GB-second.',
        'Arm (Graviton2) coûte environ 20 % de moins par Go-seconde.',
      ),
    },
    memoryMb: {
      type: 'number',
      label: loc('Memory', 'Mémoire'),
      unit: 'MB',
      default: 512,
      min: 128,
      max: 10240,
      integer: true,
    },
    timeoutSeconds: {
      type: 'number',
      label: loc('Timeout', 'Délai maximal'),
      unit: 's',
      default: 30,
      min: 1,
      max: 900,
      integer: true,
    },
    ephemeralStorageMb: {
      type: 'number',
      label: loc('Ephemeral storage (/tmp)', 'Stockage éphémère (/tmp)'),
      unit: 'MB',
      default: 512,
      min: 512,
      max: 10240,
      integer: true,
      help: loc(
        '512 MB are included; more is billed per GB-second.',
        '512 Mo sont inclus ; au-delà, facturé au Go-seconde.',
      ),
    },
    provisionedConcurrency: {
      type: 'number',
      label: loc('Provisioned concurrency', 'Concurrence provisionnée'),
      unit: 'environments',
      default: 0,
      min: 0,
      integer: true,
    },
    batchSize: {
      type: 'number',
      label: loc('Batch size (streams, queues)', 'Taille de lot (flux, files)'),
      unit: 'records',
      default: 100,
      min: 1,
      max: 10000,
      integer: true,
      help: loc(
        'Records per invocation when polling a Kinesis stream, DynamoDB stream or SQS queue.',
        'Enregistrements par invocation quand la fonction lit un flux Kinesis, DynamoDB ou une file SQS.',
      ),
    },
    logRetentionDays: {
      type: 'enum',
      label: loc('Log retention', 'Rétention des journaux'),
      unit: 'days',
      default: '30',
      options: ['1', '7', '14', '30', '90', '365'].map((value) => ({ value })),
    },
  },
  usageInputs: {
    avgDurationMs: { label: loc('Average duration', 'Durée moyenne'), unit: 'ms', default: 100 },
    logBytesPerInvocation: {
      label: loc('Log bytes per invocation', 'Octets de journal par invocation'),
      unit: 'bytes',
      default: 500,
    },
    pcHoursPerMonth: {
      label: loc('Hours with provisioned concurrency', 'Heures avec concurrence provisionnée'),
      unit: 'hours',
      default: 730,
    },
    pcInvocationShare: {
      label: loc(
        'Share of invocations on provisioned concurrency',
        'Part des invocations en concurrence provisionnée',
      ),
      unit: 'ratio',
      default: 1,
    },
    pcAvgDurationMs: {
      label: loc(
        'Average duration on provisioned concurrency (0 = same)',
        'Durée moyenne en concurrence provisionnée (0 = identique)',
      ),
      unit: 'ms',
      default: 0,
    },
    streamedMbBeyond6PerRequest: {
      label: loc(
        'Response streaming MB beyond 6 MB, per request',
        'Mo de réponse en flux au-delà de 6 Mo, par requête',
      ),
      unit: 'MB',
      default: 0,
    },
  },
  meters: [
    meter('lambda.requests', 'Requests', 'Requêtes', 'requests'),
    meter('lambda.x86.gbSeconds', 'Duration (x86)', 'Durée (x86)', 'GB-s'),
    meter('lambda.arm.gbSeconds', 'Duration (Arm)', 'Durée (Arm)', 'GB-s'),
    meter(
      'lambda.ephemeral.gbSeconds',
      'Ephemeral storage above 512 MB',
      'Stockage éphémère au-delà de 512 Mo',
      'GB-s',
    ),
    meter(
      'lambda.x86.provisioned.gbSeconds',
      'Provisioned concurrency (x86)',
      'Concurrence provisionnée (x86)',
      'GB-s',
    ),
    meter(
      'lambda.x86.provisioned.durationGbSeconds',
      'Duration with provisioned concurrency (x86)',
      'Durée en concurrence provisionnée (x86)',
      'GB-s',
    ),
    meter(
      'lambda.arm.provisioned.gbSeconds',
      'Provisioned concurrency (Arm)',
      'Concurrence provisionnée (Arm)',
      'GB-s',
    ),
    meter(
      'lambda.arm.provisioned.durationGbSeconds',
      'Duration with provisioned concurrency (Arm)',
      'Durée en concurrence provisionnée (Arm)',
      'GB-s',
    ),
    meter(
      'lambda.streaming.gb',
      'Response streaming beyond 6 MB per request',
      'Réponse en flux au-delà de 6 Mo par requête',
      'GB',
    ),
    meter(
      'cloudwatch.logs.ingestedGb',
      'Log ingestion (CloudWatch Logs)',
      'Ingestion de journaux (CloudWatch Logs)',
      'GB',
    ),
  ],
  usage(ctx) {
    const batch = Math.max(1, num(ctx.config, 'batchSize', 100));
    const streamed = kindLoad(ctx.load, 'stream');
    // Records polled from streams and queues arrive in batches: one invocation per batch.
    const invocations =
      ctx.load.eventsPerMonth - streamed.eventsPerMonth + Math.ceil(streamed.eventsPerMonth / batch);
    const memoryGb = num(ctx.config, 'memoryMb', 512) / 1024;
    const durationS = ctx.usage['avgDurationMs']! / 1000;
    const keys = str(ctx.config, 'architecture') === 'arm64' ? ARCH_METERS.arm : ARCH_METERS.x86;
    const pc = num(ctx.config, 'provisionedConcurrency');
    const pcHours = pc > 0 ? Math.min(ctx.usage['pcHoursPerMonth']!, ctx.hoursPerMonth) : 0;
    const pcShare = pc > 0 ? Math.min(Math.max(ctx.usage['pcInvocationShare']!, 0), 1) : 0;
    const pcDurationS = (ctx.usage['pcAvgDurationMs']! || ctx.usage['avgDurationMs']!) / 1000;
    const onDemandSeconds = invocations * (1 - pcShare) * durationS;
    const pcSeconds = invocations * pcShare * pcDurationS;
    const extraEphemeralGb = Math.max(0, num(ctx.config, 'ephemeralStorageMb', 512) - 512) / 1024;
    const peakInvocations = ctx.load.peakPerSecond - streamed.peakPerSecond + streamed.peakPerSecond / batch;
    const concurrency = Math.ceil(peakInvocations * durationS);
    const warnings: string[] = [];
    const warningsFr: string[] = [];
    if (concurrency > 1000) {
      warnings.push(
        `Peak concurrency ${fmt(concurrency)} exceeds the default account quota of 1,000 concurrent executions.`,
      );
      warningsFr.push(
        `La concurrence de pointe estimée (${formatNumber(concurrency, 'fr', 0)}) dépasse le quota par défaut du compte (1\u202f000 exécutions simultanées).`,
      );
    }
    if (durationS > num(ctx.config, 'timeoutSeconds', 30)) {
      warnings.push('The average duration is longer than the timeout: invocations would time out.');
      warningsFr.push(
        'La durée moyenne dépasse le délai d’expiration : les invocations échoueraient par timeout.',
      );
    }
    const q: Record<string, number> = {};
    addQuantity(q, 'lambda.requests', invocations);
    addQuantity(q, keys.gbSeconds, onDemandSeconds * memoryGb);
    addQuantity(q, 'lambda.ephemeral.gbSeconds', (onDemandSeconds + pcSeconds) * extraEphemeralGb);
    addQuantity(q, keys.provisioned, pc * memoryGb * pcHours * 3600);
    addQuantity(q, keys.provisionedDuration, pcSeconds * memoryGb);
    addQuantity(q, 'lambda.streaming.gb', (invocations * ctx.usage['streamedMbBeyond6PerRequest']!) / 1024);
    addQuantity(
      q,
      'cloudwatch.logs.ingestedGb',
      (invocations * ctx.usage['logBytesPerInvocation']!) / BYTES_PER_GB,
    );
    return {
      quantities: q,
      sizing: { concurrency },
      outputFactor: 1,
      assumptions:
        streamed.eventsPerMonth > 0
          ? [
              `Batch size ${batch}: ${fmt(streamed.eventsPerMonth)} records in ${fmt(Math.ceil(streamed.eventsPerMonth / batch))} invocations.`,
            ]
          : [],
      warnings,
      warningsFr,
    };
  },
  cloudformation: {
    types: ['AWS::Lambda::Function'],
    role: {
      principal: 'lambda.amazonaws.com',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'],
    },
    resources(ctx): Record<string, CfnResource> {
      const runtime = str(ctx.config, 'runtime', 'python3.12');
      const pc = num(ctx.config, 'provisionedConcurrency');
      const inVpc = ctx.subnetIds.length > 0;
      const out: Record<string, CfnResource> = {
        [ctx.nodeId]: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: runtime,
            Handler: 'index.handler',
            Role: roleArn(ctx.roleLogicalId, ctx.nodeId),
            Code: code(ctx, runtime),
            MemorySize: num(ctx.config, 'memoryMb', 512),
            Timeout: num(ctx.config, 'timeoutSeconds', 30),
            Architectures: [str(ctx.config, 'architecture', 'x86_64')],
            EphemeralStorage: { Size: num(ctx.config, 'ephemeralStorageMb', 512) },
            ...(Object.keys(ctx.environment).length > 0
              ? { Environment: { Variables: { ...ctx.environment } } }
              : {}),
            ...(inVpc
              ? { VpcConfig: { SubnetIds: [...ctx.subnetIds], SecurityGroupIds: [...ctx.securityGroupIds] } }
              : {}),
          },
        },
        [`${ctx.nodeId}Logs`]: {
          Type: 'AWS::Logs::LogGroup',
          Properties: {
            LogGroupName: { 'Fn::Sub': `/aws/lambda/\${${ctx.nodeId}}` },
            RetentionInDays: Number(str(ctx.config, 'logRetentionDays', '30')),
          },
        },
      };
      if (pc > 0) {
        out[`${ctx.nodeId}Version`] = {
          Type: 'AWS::Lambda::Version',
          Properties: { FunctionName: ref(ctx.nodeId) },
        };
        out[`${ctx.nodeId}Alias`] = {
          Type: 'AWS::Lambda::Alias',
          Properties: {
            FunctionName: ref(ctx.nodeId),
            FunctionVersion: getAtt(`${ctx.nodeId}Version`, 'Version'),
            Name: 'live',
            ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: pc },
          },
        };
      }
      return out;
    },
    conditions: () => ({ [HAS_CODE]: { 'Fn::Not': [{ 'Fn::Equals': [ref(CODE_BUCKET), ''] }] } }),
    exportNotes: (ctx) => [
      `function ${ctx.nodeId} runs placeholder inline code: upload its package as <${CODE_PREFIX}>${ctx.nodeId}.zip (handler index.handler) to a bucket and give that bucket as the ${CODE_BUCKET} parameter`,
    ],
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Arn`]: { Value: getAtt(id, 'Arn'), Description: 'Function ARN' } }),
  },
  connections: [
    ...computeRules,
    {
      targets: ['lambda'],
      kinds: ['invoke'],
      iam: { invoke: ['lambda:InvokeFunction'] },
      env: 'FUNCTION_NAME',
      description: loc('Invokes another function', 'Appelle une autre fonction'),
    },
  ],
});
