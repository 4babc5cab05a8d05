import { designBuilder } from '../../support/designBuilder';
import type { Catalog } from '../../../shared/service/types';
import { testCatalog } from '../simulation/testCatalog';

/**
 * The CLI tests' design on the test catalog: an API streaming into a batch function that
 * writes a table, with a normal month (2 M events) and a Black Friday (8 M), free tier off.
 */
export const shopDesign = designBuilder('Shop')
  .node('Api', 'gateway')
  .node('Batch', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
  .node('Orders', 'table')
  .connect('Api', 'Batch', 'stream')
  .connect('Batch', 'Orders', 'write')
  .scenario('normal', { name: 'Normal', freeTier: false })
  .load('Api', 2_000_000)
  .scenario('peak', { name: 'Black Friday', freeTier: false })
  .load('Api', 8_000_000)
  .build();

/** The test catalog with the connections the shop makes allowed, so that it checks clean. */
export const shopCatalog: Catalog = {
  ...testCatalog,
  gateway: { ...testCatalog['gateway']!, connections: [{ targets: ['batcher'], kinds: ['stream'] }] },
  batcher: { ...testCatalog['batcher']!, connections: [{ targets: ['table'], kinds: ['write'] }] },
};
