/**
 * The seed's credit-card fraud-detection pipeline: transactions arrive through API
 * Gateway, a scoring function asks the SageMaker endpoint, scored transactions flow
 * through a Kinesis stream to a function that stores results in DynamoDB and alerts on
 * fraud through SNS; the model is trained and tuned on an encrypted S3 data lake and
 * watched by Model Monitor.
 */
import type { ConfigValue, Connection, ConnectionKind, Design, ServiceNode } from '../../shared/model/design';

const node = (
  id: string,
  service: string,
  label: string,
  x: number,
  y: number,
  config: Record<string, ConfigValue> = {},
  usage: Record<string, number> = {},
): ServiceNode => ({ id, service, label, position: { x, y }, config, usage });

const link = (
  source: string,
  target: string,
  kind: ConnectionKind,
  ratio = 1,
  label?: string,
): Connection => ({
  id: `${source}To${target}`,
  source,
  target,
  kind,
  ratio,
  ...(label ? { label } : {}),
});

const transactionBytes = 2048;

const design: Design = {
  schemaVersion: 1,
  name: 'Credit-card fraud detection',
  region: 'us-east-1',
  nodes: [
    node('TransactionsApi', 'apiGateway', 'Transactions API', 0, 200, { apiType: 'REST', stageName: 'prod' }),
    node(
      'ScoringFunction',
      'lambda',
      'Score transaction',
      280,
      200,
      { memoryMb: 1024, timeoutSeconds: 10 },
      { avgDurationMs: 120 },
    ),
    node('FraudModel', 'sagemakerEndpoint', 'Fraud model endpoint', 560, 320, {
      instanceType: 'ml.m5.xlarge',
      minInstances: 1,
      maxInstances: 20,
      capacityRps: 100,
      dataCapturePercent: 20,
    }),
    node('TransactionStream', 'kinesisStream', 'Scored transactions', 560, 80, {
      mode: 'PROVISIONED',
      retentionHours: 24,
    }),
    node('ModelMonitor', 'sagemakerModelMonitor', 'Model Monitor', 280, 360, { schedule: 'hourly' }),
    node(
      'ResultsWriter',
      'lambda',
      'Store results',
      840,
      80,
      { memoryMb: 512, batchSize: 100 },
      { avgDurationMs: 400 },
    ),
    node(
      'ResultsTable',
      'dynamodb',
      'Fraud results',
      1120,
      0,
      { billingMode: 'PAY_PER_REQUEST', partitionKey: 'transactionId' },
      { storedGb: 20 },
    ),
    node('FraudAlerts', 'sns', 'Fraud alerts', 1120, 120, { emailEndpoint: 'fraud-team@example.com' }),
    node(
      'Monitoring',
      'cloudwatch',
      'CloudWatch logs & alarms',
      1120,
      320,
      { retentionDays: '30' },
      { logsStoredGb: 5, alarms: 6 },
    ),
    node('DataKey', 'kms', 'Data lake key', 1120, 440),
    node(
      'DataLake',
      's3',
      'Training data lake',
      840,
      440,
      { storageClass: 'STANDARD', versioning: true },
      { storedGb: 500 },
    ),
    node(
      'Training',
      'sagemakerTraining',
      'Model training',
      560,
      520,
      { instanceType: 'ml.m5.xlarge' },
      { jobsPerMonth: 4, hoursPerJob: 1 },
    ),
    node(
      'Tuning',
      'sagemakerTuning',
      'Automatic tuning',
      560,
      640,
      { instanceType: 'ml.m5.xlarge', maxTrainingJobs: 20 },
      { tuningRunsPerMonth: 1, hoursPerTrainingJob: 0.5 },
    ),
    node(
      'Notebook',
      'sagemakerNotebook',
      'Data science notebook',
      560,
      760,
      { instanceType: 'ml.t3.medium' },
      { hoursPerMonth: 160 },
    ),
  ],
  connections: [
    link('TransactionsApi', 'ScoringFunction', 'invoke'),
    link('ScoringFunction', 'FraudModel', 'invoke'),
    link('ScoringFunction', 'TransactionStream', 'write'),
    link('TransactionStream', 'ResultsWriter', 'stream'),
    link('ResultsWriter', 'ResultsTable', 'write'),
    link('ResultsWriter', 'FraudAlerts', 'publish', 0.02, 'fraud (2 %)'),
    link('ModelMonitor', 'FraudModel', 'monitor'),
    link('ModelMonitor', 'DataLake', 'write'),
    // The endpoint loads its model artifact at start-up, not per request: no events flow.
    link('FraudModel', 'DataLake', 'read', 0, 'model artifact'),
    link('DataLake', 'DataKey', 'encrypt'),
    link('Training', 'DataLake', 'train'),
    link('Tuning', 'DataLake', 'train'),
    link('Notebook', 'DataLake', 'read'),
    link('ScoringFunction', 'Monitoring', 'log'),
    link('ResultsWriter', 'Monitoring', 'log'),
    link('FraudModel', 'Monitoring', 'log'),
  ],
  groups: [],
  scenarios: [
    {
      id: 'normal',
      name: 'Normal month',
      freeTier: true,
      growthPerMonth: 0,
      purchaseOption: 'onDemand',
      loads: [
        {
          nodeId: 'TransactionsApi',
          eventsPerMonth: 2_000_000,
          peakPerSecond: 150,
          payloadBytes: transactionBytes,
        },
      ],
      overrides: {},
    },
    {
      id: 'launch',
      name: 'Launch',
      freeTier: true,
      growthPerMonth: 0.2,
      purchaseOption: 'onDemand',
      loads: [
        {
          nodeId: 'TransactionsApi',
          eventsPerMonth: 200_000,
          peakPerSecond: 20,
          payloadBytes: transactionBytes,
        },
      ],
      overrides: {},
    },
    {
      id: 'peak',
      name: 'Black Friday peak',
      freeTier: true,
      growthPerMonth: 0,
      purchaseOption: 'onDemand',
      loads: [
        {
          nodeId: 'TransactionsApi',
          eventsPerMonth: 20_000_000,
          peakPerSecond: 1500,
          payloadBytes: transactionBytes,
        },
      ],
      overrides: {},
    },
  ],
  activeScenarioId: 'normal',
  notes:
    'Credit-card fraud detection (seed example). Each transaction is scored synchronously by the SageMaker endpoint, then streamed through Kinesis to be stored in DynamoDB; about 2 % are flagged and alerted through SNS. The model is trained and tuned weekly on the KMS-encrypted S3 data lake.',
};

export const fraudDetection = {
  id: 'fraudDetection',
  name: { en: 'Credit-card fraud detection', fr: 'Détection de fraude à la carte bancaire' },
  design,
} as const;
