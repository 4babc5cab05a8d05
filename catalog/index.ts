/**
 * The one registry of the catalog: services, bundled price books and example designs.
 * Adding a service: one file in services/, one line here, its meters in prices/.
 */
import type { Design } from '../shared/model/design';
import type { Catalog, Localized, PriceBook, ServiceDefinition } from '../shared/service/types';
import euWest1 from './prices/eu-west-1.json';
import euWest3 from './prices/eu-west-3.json';
import usEast1 from './prices/us-east-1.json';
import { alb } from './services/alb';
import { apiGateway } from './services/apiGateway';
import { athena } from './services/athena';
import { auroraServerless } from './services/auroraServerless';
import { cloudTrail } from './services/cloudTrail';
import { cloudfront } from './services/cloudfront';
import { cloudwatch } from './services/cloudwatch';
import { codeBuild } from './services/codeBuild';
import { codeDeploy } from './services/codeDeploy';
import { codePipeline } from './services/codePipeline';
import { cognito } from './services/cognito';
import { comprehend } from './services/comprehend';
import { directConnect } from './services/directConnect';
import { dynamodb } from './services/dynamodb';
import { ebs } from './services/ebs';
import { ec2 } from './services/ec2';
import { ecsFargate } from './services/ecsFargate';
import { eks } from './services/eks';
import { elasticBeanstalk } from './services/elasticBeanstalk';
import { elasticache } from './services/elasticache';
import { emr } from './services/emr';
import { eventBridge } from './services/eventBridge';
import { firehose } from './services/firehose';
import { glacierVault } from './services/glacierVault';
import { glueJob } from './services/glueJob';
import { guardDuty } from './services/guardDuty';
import { iamRole } from './services/iamRole';
import { internetGateway } from './services/internetGateway';
import { iotAnalytics } from './services/iotAnalytics';
import { iotCore } from './services/iotCore';
import { kinesisStream } from './services/kinesisStream';
import { kms } from './services/kms';
import { lambda } from './services/lambda';
import { natGateway } from './services/natGateway';
import { rds } from './services/rds';
import { redshift } from './services/redshift';
import { route53 } from './services/route53';
import { s3 } from './services/s3';
import { sagemakerEndpoint } from './services/sagemakerEndpoint';
import { sagemakerModelMonitor } from './services/sagemakerModelMonitor';
import { sagemakerNotebook } from './services/sagemakerNotebook';
import { sagemakerServerless } from './services/sagemakerServerless';
import { sagemakerTraining } from './services/sagemakerTraining';
import { sagemakerTuning } from './services/sagemakerTuning';
import { secretsManager } from './services/secretsManager';
import { securityGroup } from './services/securityGroup';
import { sns } from './services/sns';
import { sqs } from './services/sqs';
import { stepFunctions } from './services/stepFunctions';
import { subnet } from './services/subnet';
import { systemsManager } from './services/systemsManager';
import { vpc } from './services/vpc';
import { vpcEndpoint } from './services/vpcEndpoint';
import { waf } from './services/waf';
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
  ec2,
  ecsFargate,
  eks,
  elasticBeanstalk,
  ebs,
  glacierVault,
  rds,
  auroraServerless,
  redshift,
  elasticache,
  vpc,
  subnet,
  internetGateway,
  natGateway,
  securityGroup,
  alb,
  cloudfront,
  route53,
  directConnect,
  vpcEndpoint,
  guardDuty,
  secretsManager,
  cognito,
  waf,
  emr,
  sagemakerServerless,
  comprehend,
  glueJob,
  athena,
  firehose,
  codeBuild,
  codeDeploy,
  codePipeline,
  iotCore,
  iotAnalytics,
  cloudTrail,
  systemsManager,
  sqs,
  stepFunctions,
  eventBridge,
];

/** Every service by catalog id. */
export const catalog: Catalog = Object.fromEntries(services.map((s) => [s.id, s]));

/** Bundled price books by region code. */
export const priceBooks: Readonly<Record<string, PriceBook>> = {
  'us-east-1': usEast1 as PriceBook,
  'eu-west-3': euWest3 as PriceBook,
  'eu-west-1': euWest1 as PriceBook,
};

export interface DesignTemplate {
  readonly id: string;
  readonly name: Localized;
  readonly design: Design;
}

/** Built-in example designs; the fraud pipeline opens on first start. */
export const templates: readonly DesignTemplate[] = [fraudDetection];
