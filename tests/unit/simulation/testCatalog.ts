/**
 * A tiny catalog for engine tests: services that know nothing about AWS, so the tests
 * exercise the generic simulation and pricing, not any catalog entry.
 */
import { defineService, type Catalog, type ServiceDefinition } from '../../../shared/service';

const text = (en: string) => ({ en, fr: en });
const base = {
  description: text('test service'),
  aliases: [],
  category: 'compute',
  icon: 'none.svg',
  cloudformation: { types: ['AWS::Test::Thing'], resources: () => ({}) },
  connections: [],
} as const;

/** Entry point: one request per arriving event; responds with events (pass-through). */
export const gateway = defineService({
  ...base,
  id: 'gateway',
  name: text('Gateway'),
  entryPoint: true,
  category: 'networking',
  config: {},
  meters: [{ key: 'gateway.requests', label: text('requests'), unit: 'requests' }],
  usage: (ctx) => ({ quantities: { 'gateway.requests': ctx.load.eventsPerMonth } }),
});

/** Groups arriving events in batches: one invocation per batch, one output per batch. */
export const batcher = defineService({
  ...base,
  id: 'batcher',
  name: text('Batcher'),
  config: {
    batchSize: { type: 'number', default: 10, min: 1, integer: true, label: text('Batch size') },
    size: {
      type: 'enum',
      default: 'small',
      label: text('Size'),
      options: [
        { value: 'small', facts: { gb: 1 } },
        { value: 'large', facts: { gb: 4 } },
      ],
    },
  },
  usageInputs: { seconds: { label: text('seconds per invocation'), unit: 's', default: 1 } },
  meters: [
    { key: 'batcher.invocations', label: text('invocations'), unit: 'invocations' },
    { key: 'batcher.gbSeconds', label: text('GB-s'), unit: 'GB-s' },
  ],
  usage: (ctx) => {
    const batch = Number(ctx.config['batchSize']);
    const invocations = ctx.load.eventsPerMonth / batch;
    return {
      quantities: {
        'batcher.invocations': invocations,
        'batcher.gbSeconds': invocations * Number(ctx.facts('size')['gb']) * (ctx.usage['seconds'] ?? 0),
      },
      outputFactor: 1 / batch,
      assumptions: [`batch size ${batch}`],
      ...(ctx.load.peakPerSecond > 100 ? { warnings: ['peak above 100 per second'] } : {}),
    };
  },
});

/** A table billing writes and reads separately (per connection kind) plus stored GB. */
export const table = defineService({
  ...base,
  id: 'table',
  name: text('Table'),
  category: 'databases',
  config: {},
  usageInputs: { storedGb: { label: text('stored GB'), unit: 'GB', default: 0 } },
  meters: [
    { key: 'table.writes', label: text('writes'), unit: 'writes' },
    { key: 'table.reads', label: text('reads'), unit: 'reads' },
    { key: 'table.storage', label: text('storage'), unit: 'GB-month' },
  ],
  usage: (ctx) => ({
    quantities: {
      'table.writes': ctx.load.byKind.write?.eventsPerMonth ?? 0,
      'table.reads': ctx.load.byKind.read?.eventsPerMonth ?? 0,
      'table.storage': ctx.usage['storedGb'] ?? 0,
    },
  }),
});

/** Always-on capacity: hours, regardless of load. */
export const server = defineService({
  ...base,
  id: 'server',
  name: text('Server'),
  config: { count: { type: 'number', default: 1, min: 0, integer: true, label: text('Count') } },
  meters: [{ key: 'server.hours', label: text('hours'), unit: 'hours' }],
  usage: (ctx) => ({ quantities: { 'server.hours': Number(ctx.config['count']) * ctx.hoursPerMonth } }),
});

/** A service whose usage function throws: the engine must report, not crash. */
export const broken = defineService({
  ...base,
  id: 'broken',
  name: text('Broken'),
  config: {},
  meters: [],
  usage: () => {
    throw new Error('boom');
  },
});

export const testCatalog: Catalog = { gateway, batcher, table, server, broken } satisfies Record<
  string,
  ServiceDefinition
>;
