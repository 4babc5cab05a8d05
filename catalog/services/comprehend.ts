import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, meter, quantities, roleArn, str } from '../helpers';
import { bucketUri } from '../sagemaker';

/** Comprehend meters text in units of 100 characters, 3 units minimum per request. */
const CHARS_PER_UNIT = 100;
const MIN_UNITS = 3;

/** Amazon Comprehend: natural-language processing through the API (built-in models) or a custom classifier. */
export const comprehend = defineService({
  id: 'comprehend',
  name: loc('Amazon Comprehend', 'Amazon Comprehend'),
  description: loc(
    'Natural-language processing (sentiment, entities, classification); billed per unit of 100 characters.',
    'Traitement du langage naturel (sentiment, entités, classification) ; facturé par unité de 100 caractères.',
  ),
  aliases: [
    'nlp',
    'sentiment',
    'text analysis',
    'entities',
    'langage naturel',
    'analyse de texte',
    'entités',
  ],
  category: 'ml',
  icon: 'architecture-service/AmazonComprehend.svg',
  // The Developer Guide's "Guidelines and quotas" lists the Regions where Comprehend is
  // available: US East (Ohio, N. Virginia), US West (Oregon), Asia Pacific (Mumbai, Seoul,
  // Singapore, Sydney, Tokyo), Canada (Central), Europe (Frankfurt, Ireland, London), GovCloud
  // (US-West). Europe (Paris) is not among them.
  notOfferedIn: {
    'eu-west-3': 'https://docs.aws.amazon.com/comprehend/latest/dg/guidelines-and-limits.html',
  },
  config: {
    model: {
      type: 'enum',
      label: loc('Model', 'Modèle'),
      default: 'builtin',
      options: [
        { value: 'builtin', label: 'Built-in API (no resource to deploy)' },
        { value: 'customClassifier', label: 'Custom classifier trained from S3' },
      ],
    },
    languageCode: {
      type: 'enum',
      label: loc('Language', 'Langue'),
      default: 'en',
      options: ['en', 'fr', 'de', 'es', 'it', 'pt'].map((value) => ({ value })),
    },
  },
  meters: [
    meter(
      'comprehend.sentiment.units',
      'Sentiment / entity analysis (100-character units)',
      'Analyse de sentiment / entités (unités de 100 caractères)',
      'units',
    ),
  ],
  usage: (ctx) => ({
    quantities: quantities({
      'comprehend.sentiment.units':
        ctx.load.eventsPerMonth * Math.max(MIN_UNITS, Math.ceil(ctx.load.avgPayloadBytes / CHARS_PER_UNIT)),
    }),
    outputFactor: 1,
    assumptions: ['One character per byte of payload.'],
  }),
  cloudformation: {
    types: ['AWS::Comprehend::DocumentClassifier'],
    role: { principal: 'comprehend.amazonaws.com' },
    resources(ctx): Record<string, CfnResource> {
      if (str(ctx.config, 'model') !== 'customClassifier') return {};
      return {
        [ctx.nodeId]: {
          Type: 'AWS::Comprehend::DocumentClassifier',
          Properties: {
            DocumentClassifierName: ctx.nodeId,
            DataAccessRoleArn: roleArn(ctx.roleLogicalId, ctx.nodeId),
            LanguageCode: str(ctx.config, 'languageCode', 'en'),
            InputDataConfig: { S3Uri: bucketUri(ctx.environment, ctx.param, 'comprehend/training.csv') },
          },
        },
      };
    },
    arn: (id) => ({ Ref: id }),
    reference: (id) => getAtt(id, 'Arn'),
  },
  connections: [
    {
      targets: ['s3'],
      kinds: ['train', 'read'],
      iam: { train: ['s3:GetObject', 's3:ListBucket'], read: ['s3:GetObject', 's3:ListBucket'] },
      iamResourceSuffixes: ['/*'],
      env: 'BUCKET_NAME',
      description: loc('Reads training documents', 'Lit les documents d’entraînement'),
    },
  ],
});
