/** Capacity sizing, batching and quota warnings of the usage functions. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index';
import type { NodeLoad } from '../../../shared/service/types';
import { nodeLoad, usageContext } from './support';

const run = (id: string, l: NodeLoad, config = {}, usage = {}) =>
  catalog[id]!.usage(usageContext(catalog[id]!, l, config, usage));

describe('Kinesis shards', () => {
  it('sizes shards from peak MB/s and records/s (1 MB/s and 1,000 records/s per shard)', () => {
    expect(run('kinesisStream', nodeLoad(1e6, 150, 2048)).sizing).toEqual({ shards: 1 });
    expect(run('kinesisStream', nodeLoad(1e6, 1500, 2048)).sizing).toEqual({ shards: 3 }); // 3 MB/s
    expect(run('kinesisStream', nodeLoad(1e6, 2500, 100)).sizing).toEqual({ shards: 3 }); // 2,500 records/s
  });

  it('bills 25 KB PUT payload units and shard-hours', () => {
    const r = run('kinesisStream', nodeLoad(1000, 1, 30 * 1024));
    expect(r.quantities['kinesis.putPayloadUnits']).toBe(2000);
    expect(r.quantities['kinesis.shardHours']).toBe(730);
  });

  it('warns when pinned shards are below the write rate', () => {
    const r = run('kinesisStream', nodeLoad(1e6, 3000, 1024), { shardCount: 2 });
    expect(r.sizing).toEqual({ shards: 2 });
    expect(r.warnings?.join(' ')).toMatch(/throttled/);
  });
});

describe('Lambda', () => {
  it('invokes once per batch of stream records and passes every record on', () => {
    const r = run('lambda', nodeLoad(20_000, 10, 1024, ['stream']), { batchSize: 100 });
    expect(r.quantities['lambda.requests']).toBe(200);
    expect(r.outputFactor).toBe(1);
  });

  it('warns above 1,000 concurrent executions', () => {
    const r = run('lambda', nodeLoad(1e8, 3000, 1024), {}, { avgDurationMs: 500 });
    expect(r.sizing).toEqual({ concurrency: 1500 });
    expect(r.warnings?.join(' ')).toMatch(/1,000/);
  });

  it('bills Arm duration on the Arm meter', () => {
    const r = run(
      'lambda',
      nodeLoad(1e6, 1, 1024),
      { architecture: 'arm64', memoryMb: 1024 },
      { avgDurationMs: 100 },
    );
    expect(r.quantities['lambda.arm.gbSeconds']).toBeCloseTo(100_000, 6);
    expect(r.quantities['lambda.x86.gbSeconds']).toBeUndefined();
  });
});

describe('SageMaker endpoint', () => {
  it('runs the average fleet all month and the peak fleet during peak hours, within bounds', () => {
    const r = run(
      'sagemakerEndpoint',
      nodeLoad(2e6, 150, 2048),
      { minInstances: 1, maxInstances: 4, capacityRps: 100 },
      { peakHoursPerMonth: 30 },
    );
    expect(r.sizing).toEqual({ instances: 2, averageInstances: 1 });
    expect(r.quantities['sagemaker.hosting.ml.m5.xlarge.hours']).toBe(700 + 60);
  });

  it('warns when the maximum fleet is below the peak, and honours a pinned count', () => {
    expect(
      run('sagemakerEndpoint', nodeLoad(2e7, 1500, 2048), { maxInstances: 4 }).warnings?.join(' '),
    ).toMatch(/below the peak/);
    expect(run('sagemakerEndpoint', nodeLoad(2e7, 1500, 2048), { instanceCount: 3 }).sizing).toMatchObject({
      instances: 3,
    });
  });
});

describe('API Gateway and DynamoDB', () => {
  it('warns above 10,000 requests per second', () => {
    expect(run('apiGateway', nodeLoad(1e9, 12_000, 1024)).warnings?.join(' ')).toMatch(/10,000/);
    expect(run('apiGateway', nodeLoad(1e6, 100, 1024)).warnings).toEqual([]);
  });

  it('bills 1 KB write units and 4 KB read units on demand, and sizes provisioned capacity from the peak', () => {
    const od = run('dynamodb', nodeLoad(1000, 10, 2048, ['write', 'read']));
    expect(od.quantities['dynamodb.onDemand.writeRequestUnits']).toBe(2000);
    expect(od.quantities['dynamodb.onDemand.readRequestUnits']).toBe(1000);
    const p = run('dynamodb', nodeLoad(1000, 10, 2048, ['write', 'read']), { billingMode: 'PROVISIONED' });
    expect(p.sizing).toEqual({ wcu: 20, rcu: 10 });
    expect(p.quantities['dynamodb.provisioned.wcuHours']).toBe(20 * 730);
    expect(
      run('dynamodb', nodeLoad(1000, 10, 2048, ['write']), {
        billingMode: 'PROVISIONED',
        writeCapacity: 5,
      }).warnings?.join(' '),
    ).toMatch(/throttled/);
  });
});
