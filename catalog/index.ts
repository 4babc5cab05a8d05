/**
 * The one registry of the catalog: services, bundled price books and example designs.
 * Adding a service: one file in services/, one line here, its meters in prices/.
 */
import type { Design } from '../shared/model/design';
import type { Catalog, Localized, PriceBook, ServiceDefinition } from '../shared/service/types';
import usEast1 from './prices/us-east-1.json';
import { apiGateway } from './services/apiGateway';
import { cloudwatch } from './services/cloudwatch';
import { dynamodb } from './services/dynamodb';
import { iamRole } from './services/iamRole';
import { kinesisStream } from './services/kinesisStream';
import { kms } from './services/kms';
import { lambda } from './services/lambda';
import { s3 } from './services/s3';
import { sagemakerEndpoint } from './services/sagemakerEndpoint';
import { sagemakerModelMonitor } from './services/sagemakerModelMonitor';
import { sagemakerNotebook } from './services/sagemakerNotebook';
import { sagemakerTraining } from './services/sagemakerTraining';
import { sagemakerTuning } from './services/sagemakerTuning';
import { sns } from './services/sns';
import { fraudDetection } from './templates/fraudDetection';

const services: readonly ServiceDefinition[] = [
  apiGateway,
  lambda,
  kinesisStream,
  sagemakerEndpoint,
  sagemakerTraining,
  sagemakerTuning,
  sagemakerNotebook,
  sagemakerModelMonitor,
  dynamodb,
  sns,
  s3,
  cloudwatch,
  kms,
  iamRole,
];

/** Every service by catalog id. */
export const catalog: Catalog = Object.fromEntries(services.map((s) => [s.id, s]));

/** Bundled price books by region code. */
export const priceBooks: Readonly<Record<string, PriceBook>> = {
  'us-east-1': usEast1 as PriceBook,
};

export interface DesignTemplate {
  readonly id: string;
  readonly name: Localized;
  readonly design: Design;
}

/** Built-in example designs; the fraud pipeline opens on first start. */
export const templates: readonly DesignTemplate[] = [fraudDetection];
