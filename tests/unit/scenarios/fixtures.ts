/**
 * A tiny catalog and price book for scenario tests, with round prices so that every
 * expected figure can be worked out by hand (the hand computations are in the tests).
 *
 *   Api (gate)   ──1──▶ Work (worker) ──0.5──▶ Store (bucket)
 *        └────────0.1──▶ Model (box: instances sized from peak rps)
 */
import { defineService, type Catalog, type PriceBook } from '../../../shared/service';
import type { Design } from '../../../shared/model/design';
import { designBuilder } from '../../support/designBuilder';

const text = (en: string, fr = en) => ({ en, fr });
const base = {
  description: text('test service'),
  aliases: [],
  icon: 'none.svg',
  cloudformation: { types: ['AWS::Test::Thing'], resources: () => ({}) },
  connections: [],
} as const;

/** Entry point: one request per event, $1 per million, first million free. */
const gate = defineService({
  ...base,
  id: 'gate',
  name: text('Gate', 'Passerelle'),
  category: 'networking',
  entryPoint: true,
  config: {},
  meters: [{ key: 'gate.requests', label: text('requests', 'requêtes'), unit: 'requests' }],
  usage: (ctx) => ({ quantities: { 'gate.requests': ctx.load.eventsPerMonth } }),
});

/**
 * Compute billed per GB-s: events × memoryGb × secondsPerEvent; tier at 1 M GB-s. Reports
 * its concurrency as sizing, which is not billed by time (so it is no capacity step).
 */
const worker = defineService({
  ...base,
  id: 'worker',
  name: text('Worker', 'Travailleur'),
  category: 'compute',
  config: {
    memoryGb: { type: 'number', default: 1, min: 0.5, max: 10, label: text('Memory', 'Mémoire') },
  },
  usageInputs: { secondsPerEvent: { label: text('Seconds per event'), unit: 's', default: 0.1 } },
  meters: [{ key: 'worker.gbSeconds', label: text('GB-s'), unit: 'GB-s' }],
  usage: (ctx) => ({
    quantities: {
      'worker.gbSeconds':
        ctx.load.eventsPerMonth * Number(ctx.config['memoryGb']) * (ctx.usage['secondsPerEvent'] ?? 0),
    },
  }),
});

/** Storage: stored GB (usage input) and one PUT per arriving event. */
const bucket = defineService({
  ...base,
  id: 'bucket',
  name: text('Bucket', 'Compartiment'),
  category: 'storage',
  config: {},
  usageInputs: { storedGb: { label: text('Stored data', 'Données stockées'), unit: 'GB', default: 100 } },
  meters: [
    { key: 'bucket.storage', label: text('storage'), unit: 'GB-month' },
    { key: 'bucket.puts', label: text('PUT requests'), unit: 'requests' },
  ],
  usage: (ctx) => ({
    quantities: { 'bucket.storage': ctx.usage['storedGb'] ?? 0, 'bucket.puts': ctx.load.eventsPerMonth },
  }),
});

/** Capacity-priced: instances = ceil(peak rps / perInstanceRps), capped at maxInstances (warning). */
const box = defineService({
  ...base,
  id: 'box',
  name: text('Box', 'Boîte'),
  category: 'compute',
  config: {
    instanceType: {
      type: 'enum',
      default: 'small',
      label: text('Instance type'),
      options: [{ value: 'small', facts: { vcpu: 1 } }],
    },
    perInstanceRps: {
      type: 'number',
      default: 20,
      min: 1,
      integer: true,
      label: text('Requests/s per instance'),
    },
    maxInstances: { type: 'number', default: 4, min: 1, integer: true, label: text('Maximum instances') },
  },
  meters: [{ key: 'box.hours', label: text('instance hours'), unit: 'hours' }],
  usage: (ctx) => {
    const needed = Math.max(
      1,
      Math.ceil(ctx.load.peakPerSecond / Number(ctx.config['perInstanceRps']) - 1e-9),
    );
    const max = Number(ctx.config['maxInstances']);
    const instances = Math.min(needed, max);
    return {
      quantities: { 'box.hours': instances * ctx.hoursPerMonth },
      sizing: { instances },
      ...(needed > max ? { warnings: [`needs ${needed} instances, above the maximum ${max}`] } : {}),
    };
  },
});

export const testCatalog: Catalog = { gate, worker, bucket, box };

const sourced = { source: 'https://example.test/prices', as_of: '2026-01-01' };
export const testPriceBooks: Readonly<Record<string, PriceBook>> = {
  'us-east-1': {
    region: 'us-east-1',
    currency: 'USD',
    as_of: '2026-01-01',
    meters: {
      'gate.requests': {
        unit: 'requests',
        per: 1_000_000,
        tiers: [{ upTo: null, usd: 1 }],
        freeTier: { quantity: 1_000_000, kind: 'always' },
        ...sourced,
      },
      'worker.gbSeconds': {
        unit: 'GB-s',
        per: 1,
        tiers: [
          { upTo: 1_000_000, usd: 0.00001 },
          { upTo: null, usd: 0.000005 },
        ],
        ...sourced,
      },
      'bucket.storage': { unit: 'GB-month', per: 1, tiers: [{ upTo: null, usd: 0.02 }], ...sourced },
      'bucket.puts': { unit: 'requests', per: 1_000_000, tiers: [{ upTo: null, usd: 5 }], ...sourced },
      'box.hours': {
        unit: 'hours',
        per: 1,
        tiers: [{ upTo: null, usd: 0.1 }],
        commitments: {
          commit1y: { factor: 0.64, source: 'https://example.test/savings-plans' },
          commit3y: { factor: 0.44, source: 'https://example.test/savings-plans' },
        },
        ...sourced,
      },
    },
  },
};

/** The pipeline with a 'normal' (2 M events, 50/s peak) and a 'peak' (20 M, 500/s) scenario. */
export function testDesign(): Design {
  return designBuilder('Scenario test')
    .node('Api', 'gate')
    .node('Work', 'worker')
    .node('Store', 'bucket')
    .node('Model', 'box')
    .connect('Api', 'Work', 'invoke')
    .connect('Work', 'Store', 'write', { ratio: 0.5 })
    .connect('Api', 'Model', 'invoke', { ratio: 0.1 })
    .scenario('normal', {
      name: 'Normal',
      loads: [
        {
          nodeId: 'Api',
          eventsPerMonth: 2_000_000,
          peakPerSecond: 50,
          range: { low: 1_000_000, high: 4_000_000 },
        },
      ],
    })
    .scenario('peak', {
      name: 'Peak',
      loads: [{ nodeId: 'Api', eventsPerMonth: 20_000_000, peakPerSecond: 500 }],
    })
    .scenario('launch', {
      name: 'Launch',
      growthPerMonth: 0.5,
      loads: [{ nodeId: 'Api', eventsPerMonth: 400_000, peakPerSecond: 5 }],
    })
    .build();
}

/** Deep-freezes test inputs so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
