/**
 * Declarative filters from Price List products to Nuage meter keys. A meter matches the
 * product whose attributes satisfy every condition; `scale` converts the offer's price
 * unit to the meter's unit (e.g. Fargate bills per vCPU-hour, the meter is per second).
 */
export type Condition =
  | { readonly equals: string }
  | { readonly endsWith: string }
  | { readonly startsWith: string }
  | { readonly matches: string };

export interface MeterFilter {
  readonly offer: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, Condition>>;
  /** Multiplies the offer's USD per offer-unit to get USD per meter unit (default 1). */
  readonly scale?: number;
  /** Units the book's price applies to when the book has no entry yet (1e6: per million). */
  readonly per?: number;
}

const usage = (suffix: string): Readonly<Record<string, Condition>> => ({ usagetype: { endsWith: suffix } });

/** Instance-hour meters whose usage type is `<region prefix>-<kind>:<type>` (SageMaker). */
function sagemaker(kind: string, meterPrefix: string, types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `${meterPrefix}.${t}.hours`,
      {
        offer: 'AmazonSageMaker',
        attributes: { usagetype: { matches: `(^|-)${kind}:${t.replace(/\./g, '\\.')}$` } },
      },
    ]),
  );
}

function ec2Linux(types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `ec2.linux.${t}.hours`,
      {
        offer: 'AmazonEC2',
        productFamily: 'Compute Instance',
        attributes: {
          instanceType: { equals: t },
          operatingSystem: { equals: 'Linux' },
          tenancy: { equals: 'Shared' },
          preInstalledSw: { equals: 'NA' },
          capacitystatus: { equals: 'Used' },
          licenseModel: { equals: 'No License required' },
        },
      },
    ]),
  );
}

export const meterFilters: Readonly<Record<string, MeterFilter>> = {
  'lambda.requests': { offer: 'AWSLambda', attributes: { group: { equals: 'AWS-Lambda-Requests' } } },
  'lambda.x86.gbSeconds': { offer: 'AWSLambda', attributes: { group: { equals: 'AWS-Lambda-Duration' } } },
  'lambda.arm.gbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Duration-ARM' } },
  },
  'lambda.ephemeral.gbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Storage-Duration' } },
  },
  'lambda.x86.provisioned.gbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Provisioned-Concurrency' } },
  },
  'lambda.x86.provisioned.durationGbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Duration-Provisioned' } },
  },
  'lambda.arm.provisioned.gbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Provisioned-Concurrency-ARM' } },
  },
  'lambda.arm.provisioned.durationGbSeconds': {
    offer: 'AWSLambda',
    attributes: { group: { equals: 'AWS-Lambda-Duration-Provisioned-ARM' } },
  },
  'apigateway.http.requests': { offer: 'AmazonApiGateway', attributes: usage('ApiGatewayHttpRequest') },
  'apigateway.rest.requests': { offer: 'AmazonApiGateway', attributes: usage('ApiGatewayRequest') },
  'kinesis.shardHours': { offer: 'AmazonKinesis', attributes: usage('Storage-ShardHour') },
  'kinesis.putPayloadUnits': {
    offer: 'AmazonKinesis',
    attributes: usage('PutRequestPayloadUnits'),
    per: 1e6,
  },
  'kinesis.onDemand.streamHours': { offer: 'AmazonKinesis', attributes: usage('OnDemand-StreamHour') },
  'kinesis.onDemand.ingestedGb': {
    offer: 'AmazonKinesis',
    attributes: usage('OnDemand-BilledIncomingBytes'),
  },
  'kinesis.onDemand.retrievedGb': {
    offer: 'AmazonKinesis',
    attributes: usage('OnDemand-BilledOutgoingBytes'),
  },
  'dynamodb.onDemand.writeRequestUnits': { offer: 'AmazonDynamoDB', attributes: usage('WriteRequestUnits') },
  'dynamodb.onDemand.readRequestUnits': { offer: 'AmazonDynamoDB', attributes: usage('ReadRequestUnits') },
  'dynamodb.provisioned.wcuHours': { offer: 'AmazonDynamoDB', attributes: usage('WriteCapacityUnit-Hrs') },
  'dynamodb.provisioned.rcuHours': { offer: 'AmazonDynamoDB', attributes: usage('ReadCapacityUnit-Hrs') },
  'dynamodb.storage.gbMonths': { offer: 'AmazonDynamoDB', attributes: usage('TimedStorage-ByteHrs') },
  'dynamodb.pitr.gbMonths': { offer: 'AmazonDynamoDB', attributes: usage('TimedPITRStorage-ByteHrs') },
  'sns.requests': { offer: 'AmazonSNS', attributes: usage('Requests-Tier1') },
  'sns.deliveries.http': { offer: 'AmazonSNS', attributes: usage('DeliveryAttempts-HTTP'), per: 1e6 },
  'sns.deliveries.email': { offer: 'AmazonSNS', attributes: usage('DeliveryAttempts-SMTP'), per: 1e5 },
  'sqs.standard.requests': { offer: 'AWSQueueService', attributes: usage('Requests-Tier1') },
  'sqs.fifo.requests': { offer: 'AWSQueueService', attributes: usage('Requests-FIFO-Tier1') },
  'kms.keys': { offer: 'awskms', attributes: usage('KMS-Keys') },
  'kms.requests': { offer: 'awskms', attributes: usage('KMS-Requests'), per: 1e4 },
  'cloudwatch.logs.ingestedGb': { offer: 'AmazonCloudWatch', attributes: usage('DataProcessing-Bytes') },
  'cloudwatch.logs.storedGbMonths': { offer: 'AmazonCloudWatch', attributes: usage('TimedStorage-ByteHrs') },
  'cloudwatch.metrics.custom': { offer: 'AmazonCloudWatch', attributes: usage('CW:MetricMonitorUsage') },
  'cloudwatch.alarms.standard': { offer: 'AmazonCloudWatch', attributes: usage('CW:AlarmMonitorUsage') },
  's3.standard.storageGbMonths': {
    offer: 'AmazonS3',
    attributes: { usagetype: { matches: '(^|-)TimedStorage-ByteHrs$' }, volumeType: { equals: 'Standard' } },
  },
  's3.standard.putRequests': { offer: 'AmazonS3', attributes: usage('Requests-Tier1'), per: 1000 },
  's3.standard.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-Tier2'), per: 1000 },
  's3.standardIa.storageGbMonths': { offer: 'AmazonS3', attributes: usage('TimedStorage-SIA-ByteHrs') },
  's3.standardIa.retrievalGb': { offer: 'AmazonS3', attributes: usage('Retrieval-SIA') },
  'fargate.x86.vcpuSeconds': {
    offer: 'AmazonECS',
    attributes: usage('Fargate-vCPU-Hours:perCPU'),
    scale: 1 / 3600,
  },
  'fargate.x86.gbSeconds': { offer: 'AmazonECS', attributes: usage('Fargate-GB-Hours'), scale: 1 / 3600 },
  'fargate.arm.vcpuSeconds': {
    offer: 'AmazonECS',
    attributes: usage('Fargate-ARM-vCPU-Hours:perCPU'),
    scale: 1 / 3600,
  },
  'fargate.arm.gbSeconds': { offer: 'AmazonECS', attributes: usage('Fargate-ARM-GB-Hours'), scale: 1 / 3600 },
  'fargate.ephemeral.gbSeconds': {
    offer: 'AmazonECS',
    attributes: usage('Fargate-EphemeralStorage-GB-Hours'),
    scale: 1 / 3600,
  },
  'stepfunctions.standard.transitions': {
    offer: 'AmazonStates',
    attributes: usage('StateTransition'),
    per: 1000,
  },
  'natGateway.hours': { offer: 'AmazonEC2', attributes: usage('NatGateway-Hours') },
  'natGateway.gb': { offer: 'AmazonEC2', attributes: usage('NatGateway-Bytes') },
  'ebs.gp3.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'gp3' } },
  },
  'ebs.gp2.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'gp2' } },
  },
  ...sagemaker('Hosting', 'sagemaker.hosting', [
    'ml.t2.medium',
    'ml.m5.large',
    'ml.m5.xlarge',
    'ml.m5.2xlarge',
    'ml.c5.large',
    'ml.c5.xlarge',
    'ml.c5.2xlarge',
    'ml.g4dn.xlarge',
  ]),
  ...sagemaker('Train', 'sagemaker.training', [
    'ml.m5.large',
    'ml.m5.xlarge',
    'ml.m5.2xlarge',
    'ml.m5.4xlarge',
    'ml.c5.xlarge',
    'ml.c5.2xlarge',
    'ml.g4dn.xlarge',
    'ml.p3.2xlarge',
  ]),
  ...sagemaker('Notebk', 'sagemaker.notebook', [
    'ml.t3.medium',
    'ml.t3.large',
    'ml.m5.xlarge',
    'ml.c5.xlarge',
  ]),
  ...sagemaker('Processing', 'sagemaker.processing', ['ml.t3.medium', 'ml.m5.large', 'ml.m5.xlarge']),
  ...ec2Linux([
    't3.micro',
    't3.small',
    't3.medium',
    'm5.large',
    'm5.xlarge',
    'm7g.xlarge',
    'c5.large',
    'c5.xlarge',
    'r5.large',
  ]),
};

/** Offer codes the filters read. */
export const offers = [...new Set(Object.values(meterFilters).map((f) => f.offer))].sort();
