import type { Catalog } from '../../shared/service';
import type { Design } from '../../shared/model/design';
import { designBuilder } from '../support/designBuilder';

/**
 * A large design made of repeated fraud-pipeline units (10 real catalog services each):
 * API -> scoring Lambda -> (SageMaker endpoint, Kinesis -> writer Lambda -> DynamoDB,
 * SNS for 2 %), logs to CloudWatch, S3 + KMS. Each unit has its own entry load.
 */
export function generateDesign(nodeCount: number, catalog: Catalog): Design {
  const unit = [
    'apiGateway',
    'lambda',
    'sagemakerEndpoint',
    'kinesisStream',
    'lambda',
    'dynamodb',
    'sns',
    'cloudwatch',
    's3',
    'kms',
  ];
  for (const id of new Set(unit)) if (!catalog[id]) throw new Error(`catalog has no "${id}" service`);
  const b = designBuilder(`Generated ${nodeCount}`).scenario('normal', { name: 'Normal' });
  const units = Math.ceil(nodeCount / unit.length);
  let made = 0;
  for (let u = 0; u < units && made < nodeCount; u++) {
    const id = (k: number) => `N${u}x${k}`;
    for (let k = 0; k < unit.length && made < nodeCount; k++, made++) b.node(id(k), unit[k]!);
    const has = (k: number) => k < unit.length && u * unit.length + k < nodeCount;
    const link = (s: number, t: number, kind: Parameters<typeof b.connect>[2], ratio = 1) => {
      if (has(s) && has(t)) b.connect(id(s), id(t), kind, { ratio });
    };
    link(0, 1, 'invoke');
    link(1, 2, 'invoke');
    link(1, 3, 'write');
    link(3, 4, 'stream');
    link(4, 5, 'write');
    link(4, 6, 'publish', 0.02);
    link(1, 7, 'log');
    link(4, 7, 'log');
    link(2, 8, 'read');
    link(8, 9, 'encrypt');
    if (has(0)) b.load(id(0), 1_000_000 + u * 1000, { peakPerSecond: 50, payloadBytes: 2048 });
  }
  return b.build();
}
