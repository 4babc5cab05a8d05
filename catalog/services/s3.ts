import { defineService, type CfnResource, type MeterDefinition } from '../../shared/service/types';
import {
  BYTES_PER_GB,
  getAtt,
  kindLoad,
  lambdaPermission,
  loc,
  meter,
  quantities,
  ref,
  str,
} from '../helpers';
import { keyRule } from '../rules';

/** Storage classes: CloudFormation value, meter slug, names, and which bill retrieval per GB. */
const classes = [
  {
    value: 'STANDARD',
    slug: 'standard',
    en: 'S3 Standard',
    fr: 'S3 Standard',
    retrieval: false,
    restore: false,
  },
  {
    value: 'INTELLIGENT_TIERING',
    slug: 'intelligentTiering',
    en: 'Intelligent-Tiering',
    fr: 'Intelligent-Tiering',
    retrieval: false,
    restore: false,
  },
  {
    value: 'STANDARD_IA',
    slug: 'standardIa',
    en: 'Standard-IA',
    fr: 'Standard-IA',
    retrieval: true,
    restore: false,
  },
  {
    value: 'ONEZONE_IA',
    slug: 'oneZoneIa',
    en: 'One Zone-IA',
    fr: 'Unizone-IA',
    retrieval: true,
    restore: false,
  },
  {
    value: 'GLACIER_IR',
    slug: 'glacierIr',
    en: 'Glacier Instant Retrieval',
    fr: 'Glacier Instant Retrieval',
    retrieval: true,
    restore: false,
  },
  {
    value: 'GLACIER',
    slug: 'glacierFlexible',
    en: 'Glacier Flexible Retrieval',
    fr: 'Glacier Flexible Retrieval',
    retrieval: true,
    restore: true,
  },
  {
    value: 'DEEP_ARCHIVE',
    slug: 'deepArchive',
    en: 'Glacier Deep Archive',
    fr: 'Glacier Deep Archive',
    retrieval: true,
    restore: true,
  },
] as const;

/** Each class's meter keys, built once (usage runs per node per simulation). */
const classKeys = new Map(
  classes.map((c) => [
    c,
    {
      storage: `s3.${c.slug}.storageGbMonths`,
      put: `s3.${c.slug}.putRequests`,
      get: `s3.${c.slug}.getRequests`,
      retrieval: `s3.${c.slug}.retrievalGb`,
      restore: `s3.${c.slug}.restoreRequests`,
    },
  ]),
);

const classMeters = (c: (typeof classes)[number]): MeterDefinition[] => [
  meter(`s3.${c.slug}.storageGbMonths`, `${c.en} storage`, `Stockage ${c.fr}`, 'GB-month'),
  meter(
    `s3.${c.slug}.putRequests`,
    `${c.en} PUT, COPY, POST, LIST requests`,
    `Requêtes PUT, COPY, POST, LIST ${c.fr}`,
    'requests',
  ),
  meter(
    `s3.${c.slug}.getRequests`,
    `${c.en} GET and other requests`,
    `Requêtes GET et autres ${c.fr}`,
    'requests',
  ),
  ...(c.retrieval
    ? [meter(`s3.${c.slug}.retrievalGb`, `${c.en} data retrieval`, `Récupération de données ${c.fr}`, 'GB')]
    : []),
  ...(c.restore
    ? [
        meter(
          `s3.${c.slug}.restoreRequests`,
          `${c.en} restore requests (standard)`,
          `Requêtes de restauration ${c.fr} (standard)`,
          'requests',
        ),
      ]
    : []),
];

/** Amazon S3 bucket, priced by storage class. */
export const s3 = defineService({
  id: 's3',
  name: loc('Amazon S3 bucket', 'Compartiment Amazon S3'),
  description: loc(
    'Object storage for data lakes, backups and files; billed per GB-month, per request and per GB retrieved.',
    'Stockage d’objets pour lacs de données, sauvegardes et fichiers ; facturé au Go-mois, à la requête et au Go récupéré.',
  ),
  aliases: [
    'bucket',
    'object storage',
    'data lake',
    'compartiment',
    'stockage objet',
    'lac de données',
    'glacier',
    'archive',
  ],
  category: 'storage',
  icon: 'architecture-service/AmazonSimpleStorageService.svg',
  config: {
    storageClass: {
      type: 'enum',
      label: loc('Storage class', 'Classe de stockage'),
      default: 'STANDARD',
      options: classes.map((c) => ({ value: c.value, label: c.en })),
      help: loc(
        'Objects move to this class by a lifecycle rule after 30 days (0 for archives).',
        'Les objets passent dans cette classe par une règle de cycle de vie après 30 jours (0 pour les archives).',
      ),
    },
    versioning: { type: 'boolean', label: loc('Versioning', 'Gestion des versions'), default: true },
  },
  usageInputs: {
    storedGb: { label: loc('Average stored data', 'Données stockées en moyenne'), unit: 'GB', default: 100 },
  },
  meters: classes.flatMap(classMeters),
  usage(ctx) {
    const cls = classes.find((c) => c.value === str(ctx.config, 'storageClass')) ?? classes[0];
    const keys = classKeys.get(cls)!;
    const writes = kindLoad(ctx.load, 'write').eventsPerMonth + kindLoad(ctx.load, 'publish').eventsPerMonth;
    const reads = kindLoad(ctx.load, 'read');
    const train = kindLoad(ctx.load, 'train');
    const incoming = Math.max(ctx.load.eventsPerMonth, 1);
    return {
      quantities: quantities({
        [keys.storage]: ctx.usage['storedGb']!,
        [keys.put]: writes,
        [keys.get]: reads.eventsPerMonth + train.eventsPerMonth,
        ...(cls.retrieval
          ? { [keys.retrieval]: (reads.bytesPerMonth + train.bytesPerMonth) / BYTES_PER_GB }
          : {}),
        // Archived objects are restored before they are read: one restore request per object.
        ...(cls.restore ? { [keys.restore]: reads.eventsPerMonth + train.eventsPerMonth } : {}),
      }),
      // Event notifications fire on object creation only.
      outputFactor: Math.min(1, writes / incoming),
    };
  },
  cloudformation: {
    types: ['AWS::S3::Bucket'],
    resources(ctx): Record<string, CfnResource> {
      const cls = str(ctx.config, 'storageClass', 'STANDARD');
      const archive = cls === 'GLACIER' || cls === 'DEEP_ARCHIVE' || cls === 'INTELLIGENT_TIERING';
      const kmsKey = ctx.environment['KMS_KEY_ARN'];
      return {
        [ctx.nodeId]: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketEncryption: {
              ServerSideEncryptionConfiguration: [
                kmsKey
                  ? {
                      ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKey },
                      BucketKeyEnabled: true,
                    }
                  : { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
              ],
            },
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              BlockPublicPolicy: true,
              IgnorePublicAcls: true,
              RestrictPublicBuckets: true,
            },
            VersioningConfiguration: { Status: ctx.config['versioning'] === true ? 'Enabled' : 'Suspended' },
            NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
            ...(cls === 'STANDARD'
              ? {}
              : {
                  LifecycleConfiguration: {
                    Rules: [
                      {
                        Id: 'ToStorageClass',
                        Status: 'Enabled',
                        Transitions: [{ StorageClass: cls, TransitionInDays: archive ? 0 : 30 }],
                      },
                    ],
                  },
                }),
          },
        },
      };
    },
    arn: (id) => getAtt(id, 'Arn'),
    reference: (id) => ref(id),
    outputs: (id) => ({ [`${id}Name`]: { Value: ref(id), Description: 'Bucket name' } }),
  },
  connections: [
    {
      targets: ['lambda'],
      kinds: ['trigger'],
      description: loc(
        'New objects invoke the function (through EventBridge)',
        'Les nouveaux objets appellent la fonction (via EventBridge)',
      ),
      wiring: (ctx): Record<string, CfnResource> => ({
        [`${ctx.connectionId}Rule`]: {
          Type: 'AWS::Events::Rule',
          Properties: {
            EventPattern: {
              source: ['aws.s3'],
              'detail-type': ['Object Created'],
              detail: { bucket: { name: [ctx.sourceRef] } },
            },
            Targets: [{ Arn: ctx.targetArn, Id: 'Function' }],
          },
        },
        [`${ctx.connectionId}Permission`]: lambdaPermission(
          ctx.targetRef,
          'events.amazonaws.com',
          getAtt(`${ctx.connectionId}Rule`, 'Arn'),
        ),
      }),
    },
    keyRule(
      'Encrypts objects with the key (SSE-KMS, bucket key on)',
      'Chiffre les objets avec la clé (SSE-KMS, clé de compartiment)',
    ),
  ],
});

export const s3Classes = classes;
