import { describe, expect, it } from 'vitest';
import { simulate, simulationProblems, BYTES_PER_GB } from '../../../shared/simulation';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from './testCatalog';

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
};

describe('simulate: propagation', () => {
  it('carries ratio of the source events along each connection (fan-out)', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Ok', 'table')
      .node('Flagged', 'table')
      .connect('Api', 'Ok', 'write', { ratio: 0.98 })
      .connect('Api', 'Flagged', 'write', { ratio: 0.02 })
      .load('Api', 1_000_000, { peakPerSecond: 50 })
      .build();
    const sim = simulate(deepFreeze(design), testCatalog);
    expect(sim.nodes['Ok']?.quantities['table.writes']).toBeCloseTo(980_000, 6);
    expect(sim.nodes['Flagged']?.quantities['table.writes']).toBeCloseTo(20_000, 6);
    expect(sim.nodes['Flagged']?.load.peakPerSecond).toBeCloseTo(1, 9);
    expect(sim.connections['ApiToFlagged']?.eventsPerMonth).toBeCloseTo(20_000, 6);
    expect(sim.problems).toEqual([]);
  });

  it('adds up fan-in and keeps per-kind loads apart', () => {
    const design = designBuilder()
      .node('A', 'gateway')
      .node('B', 'gateway')
      .node('T', 'table')
      .connect('A', 'T', 'write')
      .connect('B', 'T', 'write')
      .connect('B', 'T', 'read', { ratio: 3 })
      .load('A', 100)
      .load('B', 200)
      .build();
    const t = simulate(design, testCatalog).nodes['T']!;
    expect(t.load.eventsPerMonth).toBe(100 + 200 + 600);
    expect(t.load.byKind.write?.eventsPerMonth).toBe(300);
    expect(t.load.byKind.read?.eventsPerMonth).toBe(600);
    expect(t.quantities).toMatchObject({ 'table.writes': 300, 'table.reads': 600 });
  });

  it('transforms counts with the source outputFactor (batching) and uses enum facts', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Batch', 'batcher', { config: { batchSize: 100, size: 'large' }, usage: { seconds: 2 } })
      .node('T', 'table')
      .connect('Api', 'Batch', 'stream')
      .connect('Batch', 'T', 'write')
      .load('Api', 20_000)
      .build();
    const sim = simulate(design, testCatalog);
    expect(sim.nodes['Batch']?.quantities).toEqual({
      'batcher.invocations': 200,
      'batcher.gbSeconds': 200 * 4 * 2,
    });
    expect(sim.nodes['T']?.quantities['table.writes']).toBe(200);
    expect(sim.nodes['Batch']?.assumptions).toContain('batch size 100');
  });

  it('carries payload bytes: connection payload overrides the arriving average', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('T', 'table')
      .node('U', 'table')
      .connect('Api', 'T', 'write')
      .connect('Api', 'U', 'write', { payloadBytes: 100 })
      .load('Api', 1000, { payloadBytes: 2048 })
      .build();
    const sim = simulate(design, testCatalog);
    expect(sim.nodes['T']?.load.bytesPerMonth).toBe(2_048_000);
    expect(sim.nodes['T']?.load.avgPayloadBytes).toBe(2048);
    expect(sim.connections['ApiToU']?.bytesPerMonth).toBe(100_000);
  });

  it('applies scenario overrides over node config over field defaults', () => {
    const build = (withOverride: boolean) => {
      const b = designBuilder()
        .node('Api', 'gateway')
        .node('Batch', 'batcher', { config: { batchSize: 5 } })
        .connect('Api', 'Batch', 'stream')
        .load('Api', 1000);
      if (withOverride) b.override('Batch', { config: { batchSize: 50 }, usage: { seconds: 3 } });
      return b.build();
    };
    expect(simulate(build(false), testCatalog).nodes['Batch']?.quantities).toEqual({
      'batcher.invocations': 200,
      'batcher.gbSeconds': 200, // size small (1 GB) x 1 s default
    });
    expect(simulate(build(true), testCatalog).nodes['Batch']?.quantities).toEqual({
      'batcher.invocations': 20,
      'batcher.gbSeconds': 60,
    });
  });

  it('keeps each scenario its overrides when one design is simulated again (merged settings are cached)', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Batch', 'batcher', { config: { batchSize: 5 } })
      .connect('Api', 'Batch', 'stream')
      .scenario('plain', { loads: [{ nodeId: 'Api', eventsPerMonth: 1000 }] })
      .scenario('big', { loads: [{ nodeId: 'Api', eventsPerMonth: 1000 }] })
      .override('Batch', { config: { batchSize: 50 }, usage: { seconds: 3 } })
      .build();
    const batch = (scenarioId: string) =>
      simulate(design, testCatalog, { scenarioId }).nodes['Batch']?.quantities;
    for (let round = 0; round < 2; round++) {
      expect(batch('plain')).toEqual({ 'batcher.invocations': 200, 'batcher.gbSeconds': 200 });
      expect(batch('big')).toEqual({ 'batcher.invocations': 20, 'batcher.gbSeconds': 60 });
    }
  });

  it('scales entry loads by loadFactor, growth per month and range case', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .scenario('grow', { growthPerMonth: 0.1 })
      .load('Api', 1000, { range: { low: 500, high: 4000 } })
      .build();
    const at = (o: Parameters<typeof simulate>[2]) =>
      simulate(design, testCatalog, o).nodes['Api']!.load.eventsPerMonth;
    expect(at({})).toBe(1000);
    expect(at({ loadFactor: 2 })).toBe(2000);
    expect(at({ monthIndex: 2 })).toBeCloseTo(1210, 9);
    expect(at({ loadCase: 'low' })).toBe(500);
    expect(at({ loadCase: 'high' })).toBe(4000);
  });

  it('defaults the peak to three times the monthly average per second', () => {
    const design = designBuilder().node('Api', 'gateway').load('Api', 2_628_000).build();
    expect(simulate(design, testCatalog).nodes['Api']?.load.peakPerSecond).toBeCloseTo(3, 9);
  });

  it('uses the active scenario by default and another on request', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .scenario('low')
      .load('Api', 10)
      .scenario('high', { active: true })
      .load('Api', 1000)
      .build();
    expect(simulate(design, testCatalog).scenarioId).toBe('high');
    expect(simulate(design, testCatalog, { scenarioId: 'low' }).nodes['Api']?.load.eventsPerMonth).toBe(10);
    const missing = simulate(design, testCatalog, { scenarioId: 'nope' });
    expect(missing.problems.map((p) => p.code)).toContain('unknown_scenario');
  });
});

describe('simulate: problems', () => {
  it('reports a cycle naming its nodes and still finishes', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('A', 'table')
      .node('B', 'table')
      .node('C', 'table')
      .node('After', 'table')
      .connect('Api', 'A', 'write')
      .connect('A', 'B', 'write')
      .connect('B', 'C', 'write')
      .connect('C', 'A', 'write')
      .connect('C', 'After', 'write')
      .load('Api', 100)
      .build();
    const sim = simulate(design, testCatalog);
    const cycle = sim.problems.filter((p) => p.code === 'cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.message).toContain('A → B → C');
    expect(sim.nodes['A']?.load.eventsPerMonth).toBe(100);
    expect(sim.connections['CToA']?.eventsPerMonth).toBe(0);
    expect(sim.nodes['After']).toBeDefined();
  });

  it('reports a self-loop as a cycle', () => {
    const design = designBuilder().node('A', 'table').connect('A', 'A', 'write').build();
    expect(simulate(design, testCatalog).problems.map((p) => p.code)).toEqual(['cycle']);
  });

  it('reports unknown services and failing usage functions, and passes load through', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Mystery', 'quantumComputer')
      .node('Boom', 'broken')
      .node('T', 'table')
      .connect('Api', 'Mystery', 'invoke')
      .connect('Mystery', 'Boom', 'invoke')
      .connect('Boom', 'T', 'write')
      .load('Api', 42)
      .build();
    const sim = simulate(design, testCatalog);
    expect(sim.problems).toEqual([
      expect.objectContaining({ code: 'unknown_service', nodeId: 'Mystery', severity: 'error' }),
      expect.objectContaining({ code: 'usage_failed', nodeId: 'Boom' }),
    ]);
    expect(sim.nodes['T']?.quantities['table.writes']).toBe(42);
  });

  it('turns usage warnings into warning problems on the node', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Batch', 'batcher')
      .connect('Api', 'Batch', 'stream')
      .load('Api', 1000, { peakPerSecond: 500 })
      .build();
    expect(simulate(design, testCatalog).problems).toEqual([
      { severity: 'warning', code: 'quota', message: 'Batch: peak above 100 per second', nodeId: 'Batch' },
    ]);
  });

  it('lists the id-keyed records in simulation order (sources before targets)', () => {
    const design = designBuilder()
      .node('A', 'table')
      .node('B', 'batcher')
      .node('C', 'gateway')
      .connect('B', 'A', 'write')
      .connect('C', 'B', 'invoke')
      .load('C', 10)
      .build();
    const sim = simulate(design, testCatalog);
    expect(Object.keys(sim.nodes)).toEqual(['C', 'B', 'A']);
    expect(Object.keys(sim.connections)).toEqual(['CToB', 'BToA']);
    expect(sim.connections['BToA']?.eventsPerMonth).toBe(1); // batches of 10
  });

  it('simulationProblems gives the problems simulate reports, without the records', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .node('Mystery', 'quantumComputer')
      .node('Boom', 'broken')
      .node('Batch', 'batcher')
      .node('A', 'table')
      .node('B', 'table')
      .connect('Api', 'Mystery', 'invoke')
      .connect('Mystery', 'Boom', 'invoke')
      .connect('Api', 'Batch', 'stream')
      .connect('A', 'B', 'write')
      .connect('B', 'A', 'write')
      .load('Api', 1000, { peakPerSecond: 500 })
      .build();
    const problems = simulationProblems(design, testCatalog);
    expect(problems.map((p) => p.code).sort()).toEqual(['cycle', 'quota', 'unknown_service', 'usage_failed']);
    expect(problems).toEqual(simulate(design, testCatalog).problems);
    expect(simulationProblems(design, testCatalog, { scenarioId: 'nope' })).toEqual(
      simulate(design, testCatalog, { scenarioId: 'nope' }).problems,
    );
  });
});

describe('simulate: data transfer on connections', () => {
  const network = () =>
    designBuilder()
      .group('Vpc', 'vpc', { config: { vpcEndpoints: ['table'] } })
      .group('AzA', 'availabilityZone', { parent: 'Vpc' })
      .group('AzB', 'availabilityZone', { parent: 'Vpc' })
      .group('PrivA', 'subnet', { parent: 'AzA', config: { public: false } })
      .group('PrivB', 'subnet', { parent: 'AzB', config: { public: false } })
      .group('PubA', 'subnet', { parent: 'AzA', config: { public: true } });

  it('prices cross-AZ GB between nodes in subnets of different AZs', () => {
    const design = network()
      .node('Api', 'gateway', { group: 'PubA' })
      .node('T', 'table', { group: 'PrivB' })
      .node('Same', 'table', { group: 'PrivA' })
      .connect('Api', 'T', 'write')
      .connect('Api', 'Same', 'write')
      .load('Api', 1024, { payloadBytes: 1024 * 1024 })
      .build();
    const sim = simulate(design, testCatalog);
    expect(sim.connections['ApiToT']?.quantities).toEqual({ 'dataTransfer.interAz': 1 });
    expect(sim.connections['ApiToSame']?.quantities).toEqual({});
  });

  it('prices NAT gateway GB from a private subnet to a service outside the VPC, or VPC endpoint GB', () => {
    const design = network()
      .node('Worker', 'batcher', { group: 'PrivA', config: { batchSize: 1 } })
      .node('Outside', 'gateway')
      .node('Table', 'table')
      .connect('Worker', 'Outside', 'invoke')
      .connect('Worker', 'Table', 'write')
      .scenario('s')
      .load('Worker', 2048, { payloadBytes: 1024 * 1024 })
      .build();
    const sim = simulate(design, testCatalog);
    expect(sim.connections['WorkerToOutside']?.quantities).toEqual({ 'natGateway.gb': 2 });
    expect(sim.connections['WorkerToTable']?.quantities).toEqual({ 'vpcEndpoint.gb': 2 });
  });

  it('adds internet egress for responses returned to callers', () => {
    const design = designBuilder()
      .node('Api', 'gateway')
      .load('Api', 5_000_000, { responseBytes: 3072 })
      .build();
    const q = simulate(design, testCatalog).nodes['Api']?.quantities;
    expect(q?.['dataTransfer.internetOut']).toBeCloseTo((5_000_000 * 3072) / BYTES_PER_GB, 9);
    expect(q?.['gateway.requests']).toBe(5_000_000);
  });
});
