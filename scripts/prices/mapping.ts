/**
 * Declarative filters from Price List products to Nuage meter keys. A meter matches the
 * product whose attributes satisfy every condition; `scale` converts the offer's price
 * unit to the meter's unit (e.g. Fargate bills per vCPU-hour, the meter is per second).
 */
export type Condition =
  { readonly equals: string } | { readonly startsWith: string } | { readonly matches: string };

export interface MeterFilter {
  readonly offer: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, Condition>>;
  /** Multiplies the offer's USD per offer-unit to get USD per meter unit (default 1). */
  readonly scale?: number;
  /** Units the book's price applies to when the book has no entry yet (1e6: per million). */
  readonly per?: number;
}

/**
 * Usage type `suffix` exactly, after an optional region prefix (none or `USE1-` in
 * us-east-1, `EU-` Ireland, `EUW3-` Paris): `endsWith` would also take e.g. S3 Tables'
 * `USW2-Tables-TimedStorage-ByteHrs` for `TimedStorage-ByteHrs`.
 */
const regional = (suffix: string): Condition => ({
  matches: `^([A-Z]{2,4}\\d?-)?${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
});
const usage = (suffix: string): Readonly<Record<string, Condition>> => ({ usagetype: regional(suffix) });

/** Instance-hour meters whose usage type is `<region prefix>-<kind>:<type>` (SageMaker). */
function sagemaker(kind: string, meterPrefix: string, types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `${meterPrefix}.${t}.hours`,
      {
        offer: 'AmazonSageMaker',
        attributes: usage(`${kind}:${t}`),
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

/** RDS for MySQL / PostgreSQL on-demand instance hours (`InstanceUsage:` / `Multi-AZUsage:`). */
function rds(engine: 'mysql' | 'postgres', types: readonly string[]): Record<string, MeterFilter> {
  const databaseEngine = engine === 'mysql' ? 'MySQL' : 'PostgreSQL';
  return Object.fromEntries(
    types.flatMap((t) =>
      (
        [
          ['singleAz', 'Single-AZ', 'InstanceUsage'],
          ['multiAz', 'Multi-AZ', 'Multi-AZUsage'],
        ] as const
      ).map(([az, deploymentOption, usageType]) => [
        `rds.${engine}.${az}.${t}.hours`,
        {
          offer: 'AmazonRDS',
          productFamily: 'Database Instance',
          attributes: {
            instanceType: { equals: t },
            databaseEngine: { equals: databaseEngine },
            deploymentOption: { equals: deploymentOption },
            usagetype: regional(`${usageType}:${t}`),
          },
        },
      ]),
    ),
  );
}

/** Node-based ElastiCache hours (Redis OSS rate, which Memcached shares). */
function elasticache(types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `elasticache.${t}.hours`,
      {
        offer: 'AmazonElastiCache',
        productFamily: 'Cache Instance',
        attributes: {
          instanceType: { equals: t },
          locationType: { equals: 'AWS Region' },
          cacheEngine: { equals: 'Redis' },
        },
      },
    ]),
  );
}

/** EMR on EC2 per-instance charge only (the EC2 hour is its own meter). */
function emr(types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `emr.${t}.hours`,
      {
        offer: 'ElasticMapReduce',
        productFamily: 'Elastic Map Reduce Instance',
        attributes: { instanceType: { equals: t }, softwareType: { equals: 'EMR' } },
      },
    ]),
  );
}

/** Provisioned Redshift node hours (`Node:<type>`). */
function redshiftNodes(types: readonly string[]): Record<string, MeterFilter> {
  return Object.fromEntries(
    types.map((t) => [
      `redshift.${t}.hours`,
      { offer: 'AmazonRedshift', productFamily: 'Compute Instance', attributes: usage(`Node:${t}`) },
    ]),
  );
}

/** Linux CodeBuild on-demand minutes (`Build-Min:Linux:g1.<size>`). */
function codebuild(sizes: Readonly<Record<string, string>>): Record<string, MeterFilter> {
  return Object.fromEntries(
    Object.entries(sizes).map(([computeType, size]) => [
      `codebuild.linux.${computeType}.minutes`,
      { offer: 'CodeBuild', productFamily: 'Compute', attributes: usage(`Build-Min:Linux:${size}`) },
    ]),
  );
}

/** Dedicated Direct Connect port hours at the default location EqDC2 (Ashburn). */
function directConnectPorts(capacities: Readonly<Record<string, string>>): Record<string, MeterFilter> {
  return Object.fromEntries(
    Object.entries(capacities).map(([bandwidth, capacity]) => [
      `directConnect.port.${bandwidth}.hours`,
      {
        offer: 'AWSDirectConnect',
        productFamily: 'Direct Connect',
        attributes: {
          capacity: { equals: capacity },
          connectionType: { matches: '[Dd]edicated' },
          usagetype: { matches: 'EqDC2' },
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
    attributes: { usagetype: regional('TimedStorage-ByteHrs'), volumeType: { equals: 'Standard' } },
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
  // Data transfer lives in its own offer; its products carry fromLocation, not regionCode.
  'dataTransfer.internetOut': {
    offer: 'AWSDataTransfer',
    productFamily: 'Data Transfer',
    attributes: {
      transferType: { equals: 'AWS Outbound' },
      toLocation: { equals: 'External' },
      usagetype: regional('DataTransfer-Out-Bytes'),
    },
  },
  // AWS bills $0.01/GB out of one AZ and $0.01/GB into the other: the meter counts each GB once.
  'dataTransfer.interAz': {
    offer: 'AWSDataTransfer',
    productFamily: 'Data Transfer',
    attributes: {
      transferType: { equals: 'IntraRegion' },
      usagetype: regional('DataTransfer-Regional-Bytes'),
    },
    scale: 2,
  },
  'vpcEndpoint.hours': {
    offer: 'AmazonVPC',
    productFamily: 'VpcEndpoint',
    attributes: usage('VpcEndpoint-Hours'),
  },
  'vpcEndpoint.gb': {
    offer: 'AmazonVPC',
    productFamily: 'VpcEndpoint',
    attributes: usage('VpcEndpoint-Bytes'),
  },
  'apigateway.rest.cache1_6gb.hours': {
    offer: 'AmazonApiGateway',
    productFamily: 'Amazon API Gateway Cache',
    attributes: { cacheMemorySizeGb: { startsWith: '1.6' } },
  },
  'lambda.streaming.gb': {
    offer: 'AWSLambda',
    attributes: usage('Lambda-Streaming-Response-Processed-Bytes'),
  },
  'sagemaker.notebook.storageGbMonths': {
    offer: 'AmazonSageMaker',
    attributes: usage('Notebk:VolumeUsage.gp2'),
  },
  // Priced per second of a 1 GB memory configuration, i.e. per GB-second.
  'sagemaker.serverless.gbSeconds': {
    offer: 'AmazonSageMaker',
    productFamily: 'ML Serverless',
    attributes: usage('ServerlessInf:Mem-1GB'),
  },
  // Data processed in and out bill the same rate; the IN product is read.
  'sagemaker.serverless.dataGb': {
    offer: 'AmazonSageMaker',
    attributes: {
      group: { matches: 'Hosting:IN' },
      operation: { matches: 'Invoke-Endpoint' },
      usagetype: { matches: 'Data-Bytes-In' },
    },
  },
  's3.intelligentTiering.storageGbMonths': {
    offer: 'AmazonS3',
    attributes: usage('TimedStorage-INT-FA-ByteHrs'),
  },
  's3.intelligentTiering.putRequests': { offer: 'AmazonS3', attributes: usage('Requests-INT-Tier1') },
  's3.intelligentTiering.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-INT-Tier2') },
  's3.standardIa.putRequests': { offer: 'AmazonS3', attributes: usage('Requests-SIA-Tier1') },
  's3.standardIa.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-SIA-Tier2') },
  's3.oneZoneIa.storageGbMonths': { offer: 'AmazonS3', attributes: usage('TimedStorage-ZIA-ByteHrs') },
  's3.oneZoneIa.putRequests': { offer: 'AmazonS3', attributes: usage('Requests-ZIA-Tier1') },
  's3.oneZoneIa.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-ZIA-Tier2') },
  's3.oneZoneIa.retrievalGb': { offer: 'AmazonS3', attributes: usage('Retrieval-ZIA') },
  's3.glacierIr.storageGbMonths': { offer: 'AmazonS3', attributes: usage('TimedStorage-GIR-ByteHrs') },
  's3.glacierIr.putRequests': { offer: 'AmazonS3', attributes: usage('Requests-GIR-Tier1') },
  's3.glacierIr.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-GIR-Tier2') },
  's3.glacierIr.retrievalGb': { offer: 'AmazonS3', attributes: usage('Retrieval-GIR') },
  's3.glacierFlexible.storageGbMonths': {
    offer: 'AmazonS3',
    attributes: usage('TimedStorage-GlacierByteHrs'),
  },
  // Requests-GLACIER-Tier1 has one SKU per operation; PutObject is a direct PUT into the class.
  's3.glacierFlexible.putRequests': {
    offer: 'AmazonS3',
    attributes: { usagetype: regional('Requests-GLACIER-Tier1'), operation: { equals: 'PutObject' } },
  },
  's3.glacierFlexible.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-GLACIER-Tier2') },
  // Standard restores; the same usage types carry lifecycle transitions and Deep Archive
  // restores under other operations.
  's3.glacierFlexible.retrievalGb': {
    offer: 'AmazonS3',
    attributes: { usagetype: regional('Standard-Retrieval-Bytes'), operation: { equals: 'RestoreObject' } },
  },
  's3.glacierFlexible.restoreRequests': {
    offer: 'AmazonS3',
    attributes: { usagetype: regional('Requests-Tier3'), operation: { equals: 'RestoreObject' } },
  },
  // Deep Archive storage, PUTs and restore requests are in their own offer.
  's3.deepArchive.storageGbMonths': {
    offer: 'AmazonS3GlacierDeepArchive',
    attributes: usage('TimedStorage-GDA-ByteHrs'),
  },
  's3.deepArchive.putRequests': {
    offer: 'AmazonS3GlacierDeepArchive',
    attributes: { usagetype: regional('Requests-GDA-Tier1'), operation: { matches: 'PostObject' } },
  },
  's3.deepArchive.getRequests': { offer: 'AmazonS3', attributes: usage('Requests-GDA-Tier2') },
  's3.deepArchive.retrievalGb': {
    offer: 'AmazonS3',
    attributes: {
      usagetype: regional('Standard-Retrieval-Bytes'),
      operation: { equals: 'DeepArchiveRestoreObject' },
    },
  },
  's3.deepArchive.restoreRequests': {
    offer: 'AmazonS3GlacierDeepArchive',
    attributes: usage('Requests-GDA-Tier3'),
  },
  'cloudwatch.dashboards': {
    offer: 'AmazonCloudWatch',
    productFamily: 'Dashboard',
    attributes: usage('DashboardsUsageHour'),
  },
  'cloudwatch.logs.insightsGbScanned': {
    offer: 'AmazonCloudWatch',
    productFamily: 'Data Payload',
    attributes: usage('DataScanned-Bytes'),
  },
  'eks.clusterHours': {
    offer: 'AmazonEKS',
    productFamily: 'Compute',
    attributes: usage('AmazonEKS-Hours:perCluster'),
  },
  'ebs.gp3.iopsMonths': {
    offer: 'AmazonEC2',
    productFamily: 'System Operation',
    attributes: { volumeApiName: { equals: 'gp3' }, usagetype: { matches: 'VolumeP-IOPS\\.gp3$' } },
  },
  // The offer prices throughput per GiBps-month; the meter is per MiBps-month.
  'ebs.gp3.throughputMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Provisioned Throughput',
    attributes: { volumeApiName: { equals: 'gp3' }, usagetype: { matches: 'VolumeP-Throughput\\.gp3$' } },
    scale: 1 / 1024,
  },
  'ebs.io1.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'io1' } },
  },
  'ebs.io1.iopsMonths': {
    offer: 'AmazonEC2',
    productFamily: 'System Operation',
    attributes: { volumeApiName: { equals: 'io1' }, usagetype: { matches: 'EBS:VolumeP-IOPS\\.piops$' } },
  },
  'ebs.io2.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'io2' } },
  },
  'ebs.st1.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'st1' } },
  },
  'ebs.sc1.storageGbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    attributes: { volumeApiName: { equals: 'sc1' } },
  },
  'ebs.snapshots.gbMonths': {
    offer: 'AmazonEC2',
    productFamily: 'Storage Snapshot',
    attributes: usage('EBS:SnapshotUsage'),
  },
  ...rds('mysql', ['db.t3.micro', 'db.t3.medium', 'db.m5.large', 'db.r5.large']),
  ...rds('postgres', ['db.t3.micro', 'db.t3.medium', 'db.m5.large', 'db.r5.large']),
  'rds.gp3.singleAz.storageGbMonths': {
    offer: 'AmazonRDS',
    productFamily: 'Database Storage',
    attributes: {
      deploymentOption: { equals: 'Single-AZ' },
      databaseEngine: { equals: 'Any' },
      volumeType: { equals: 'General Purpose-GP3' },
      usagetype: regional('RDS:GP3-Storage'),
    },
  },
  'rds.gp3.multiAz.storageGbMonths': {
    offer: 'AmazonRDS',
    productFamily: 'Database Storage',
    attributes: {
      deploymentOption: { equals: 'Multi-AZ' },
      databaseEngine: { equals: 'Any' },
      volumeType: { equals: 'General Purpose-GP3' },
      usagetype: regional('RDS:Multi-AZ-GP3-Storage'),
    },
  },
  'rds.backup.gbMonths': {
    offer: 'AmazonRDS',
    productFamily: 'Storage Snapshot',
    attributes: {
      databaseEngine: { equals: 'Any' },
      usagetype: regional('RDS:ChargedBackupUsage'),
      engineCode: { matches: '^[0-9]+$' },
      operation: { equals: '' },
    },
  },
  // Aurora Standard; MySQL-compatible clusters bill the same rates.
  'aurora.serverlessV2.acuHours': {
    offer: 'AmazonRDS',
    productFamily: 'ServerlessV2',
    attributes: {
      databaseEngine: { equals: 'Aurora PostgreSQL' },
      usagetype: regional('Aurora:ServerlessV2Usage'),
    },
  },
  'aurora.storageGbMonths': {
    offer: 'AmazonRDS',
    productFamily: 'Database Storage',
    attributes: {
      databaseEngine: { equals: 'Aurora PostgreSQL' },
      usagetype: regional('Aurora:StorageUsage'),
    },
  },
  'aurora.ioRequests': {
    offer: 'AmazonRDS',
    productFamily: 'System Operation',
    attributes: {
      databaseEngine: { equals: 'Aurora PostgreSQL' },
      usagetype: regional('Aurora:StorageIOUsage'),
    },
  },
  ...redshiftNodes(['ra3.large', 'ra3.xlplus', 'ra3.4xlarge']),
  'redshift.serverless.rpuHours': {
    offer: 'AmazonRedshift',
    productFamily: 'Serverless',
    attributes: usage('Redshift:ServerlessUsage'),
  },
  // Serverless managed storage; RA3 managed storage bills the same rate.
  'redshift.managedStorage.gbMonths': {
    offer: 'AmazonRedshift',
    productFamily: 'Redshift Managed Storage',
    attributes: usage('RMS:Serverless'),
  },
  ...elasticache(['cache.t3.micro', 'cache.t3.medium', 'cache.m5.large', 'cache.r6g.large']),
  'alb.hours': {
    offer: 'AWSELB',
    productFamily: 'Load Balancer-Application',
    attributes: {
      locationType: { equals: 'AWS Region' },
      usagetype: { matches: '^([A-Z]{3}\\d-|Global-|EU-)?LoadBalancerUsage$' },
    },
  },
  'alb.lcuHours': {
    offer: 'AWSELB',
    productFamily: 'Load Balancer-Application',
    attributes: {
      locationType: { equals: 'AWS Region' },
      usagetype: { matches: '^([A-Z]{3}\\d-|Global-|EU-)?LCUUsage$' },
    },
  },
  // Viewers in the United States (Europe bills the same first tier).
  'cloudfront.dataTransferOut': {
    offer: 'AmazonCloudFront',
    attributes: {
      transferType: { equals: 'CloudFront Outbound' },
      fromLocation: { equals: 'United States' },
    },
  },
  'cloudfront.httpsRequests': {
    offer: 'AmazonCloudFront',
    attributes: {
      location: { equals: 'United States' },
      requestType: { equals: 'CloudFront-Request-HTTPS-Proxy' },
    },
  },
  'route53.hostedZones': {
    offer: 'AmazonRoute53',
    productFamily: 'DNS Zone',
    attributes: { usagetype: { equals: 'HostedZone' } },
  },
  'route53.queries': {
    offer: 'AmazonRoute53',
    productFamily: 'DNS Query',
    attributes: { usagetype: { equals: 'DNS-Queries' } },
  },
  ...directConnectPorts({ '1Gbps': '1G', '10Gbps': '10G', '100Gbps': '100G' }),
  // To the default location EqDC2 over a private virtual interface.
  'directConnect.dataTransferOut': {
    offer: 'AWSDirectConnect',
    productFamily: 'Data Transfer',
    attributes: {
      usagetype: { matches: 'EqDC2-DataXfer-Out' },
      virtualInterfaceType: { matches: '[Pp]rivate' },
    },
  },
  'guardduty.cloudTrailEvents': { offer: 'AmazonGuardDuty', attributes: usage('PaidEventsAnalyzed') },
  'guardduty.flowAndDnsLogsGb': {
    offer: 'AmazonGuardDuty',
    attributes: usage('PaidEventsAnalyzed-Bytes'),
  },
  'secretsmanager.secrets': {
    offer: 'AWSSecretsManager',
    productFamily: 'Secret',
    attributes: { usagetype: { matches: 'AWSSecretsManager-Secret' } },
  },
  'secretsmanager.apiCalls': {
    offer: 'AWSSecretsManager',
    productFamily: 'API Request',
    attributes: usage('AWSSecretsManagerAPIRequest'),
  },
  // The 10,000 free MAU are a separate Global product; the regional one starts at 0.
  'cognito.essentials.mau': { offer: 'AmazonCognito', attributes: usage('CognitoEssentialsMAU') },
  // WAF v2 usage types, without the Shield Advanced (ShieldProtected-) variants.
  'waf.webAcls': {
    offer: 'awswaf',
    productFamily: 'Web Application Firewall',
    attributes: { usagetype: { matches: '^[A-Z0-9]*-(?!ShieldProtected-)WebACLV2$' } },
  },
  'waf.rules': {
    offer: 'awswaf',
    productFamily: 'Web Application Firewall',
    attributes: { usagetype: { matches: '^[A-Z0-9]*-(?!ShieldProtected-)RuleV2$' } },
  },
  'waf.requests': {
    offer: 'awswaf',
    productFamily: 'Web Application Firewall',
    attributes: { usagetype: { matches: '^[A-Z0-9]*-(?!ShieldProtected-)RequestV2-Tier1$' } },
  },
  ...emr(['m5.xlarge', 'c5.xlarge']),
  'comprehend.sentiment.units': { offer: 'comprehend', attributes: usage('Comprehend-SA') },
  'glue.etl.dpuHours': {
    offer: 'AWSGlue',
    attributes: { usagetype: regional('ETL-DPU-Hour'), operation: { equals: 'Jobrun' } },
  },
  'athena.tbScanned': { offer: 'AmazonAthena', attributes: usage('DataScannedInTB') },
  'firehose.ingestedGb': {
    offer: 'AmazonKinesisFirehose',
    productFamily: 'Kinesis Firehose',
    attributes: { group: { equals: 'Event-by-Event Processing' }, usagetype: regional('BilledBytes') },
  },
  ...codebuild({
    BUILD_GENERAL1_SMALL: 'g1.small',
    BUILD_GENERAL1_MEDIUM: 'g1.medium',
    BUILD_GENERAL1_LARGE: 'g1.large',
  }),
  'codepipeline.v2.actionMinutes': {
    offer: 'AWSCodePipeline',
    attributes: usage('actionExecutionMinute'),
  },
  'iot.messages': { offer: 'AWSIoT', attributes: usage('Messages') },
  'iot.connectionMinutes': { offer: 'AWSIoT', attributes: usage('ConnectionMinutes') },
  'iot.rulesTriggered': { offer: 'AWSIoT', attributes: usage('RulesTriggered') },
  'iot.actionsExecuted': { offer: 'AWSIoT', attributes: usage('ActionsExecuted') },
  'cloudtrail.dataEvents': {
    offer: 'AWSCloudTrail',
    productFamily: 'Management Tools - AWS CloudTrail Data Events Recorded',
    attributes: {},
  },
  // Priced per parameter-hour; the meter is per parameter-month (730 hours).
  'ssm.advancedParameters': {
    offer: 'AWSSystemsManager',
    productFamily: 'AWS Systems Manager',
    attributes: usage('PS-Advanced-Param-Tier1'),
    scale: 730,
  },
  'ssm.advancedApiInteractions': {
    offer: 'AWSSystemsManager',
    productFamily: 'API Request',
    attributes: usage('PS-Param-Processed-Tier2'),
  },
  'stepfunctions.express.requests': {
    offer: 'AmazonStates',
    productFamily: 'AWS Step Functions',
    attributes: usage('StepFunctions-Request'),
  },
  // Priced per GB-second with tiers at 3.6M and 18M GB-seconds (1,000 and 5,000 GB-hours).
  'stepfunctions.express.gbSeconds': {
    offer: 'AmazonStates',
    attributes: usage('StepFunctions-GB-Second'),
  },
  'eventbridge.customEvents': {
    offer: 'AWSEvents',
    productFamily: 'EventBridge',
    attributes: { eventType: { equals: 'Custom Event' }, usagetype: { matches: 'Event-64K-Chunks' } },
  },
  'scheduler.invocations': { offer: 'AWSEvents', attributes: usage('ScheduledInvocation') },
};

/** Offer codes the filters read. */
export const offers = [...new Set(Object.values(meterFilters).map((f) => f.offer))].sort();
