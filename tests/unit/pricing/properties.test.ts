import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateDesign, type CostReport } from '../../../shared/pricing';
import type { PriceBook } from '../../../shared/service';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from '../simulation/testCatalog';
import { testPriceBook } from './testPriceBook';

const books = { 'us-east-1': testPriceBook };
/** Sum of the unrounded node figures (the total itself rounds each meter to the cent). */
const exact = (report: CostReport) => report.nodes.reduce((sum, n) => sum + n.monthlyUsd, 0);
const load = fc.integer({ min: 0, max: 2_000_000_000 });
const ratio = fc.double({ min: 0, max: 3, noNaN: true });

/** API -> batcher -> table (write) and API -> table (read), with a server on the side. */
const pipeline = (events: number, r1: number, r2: number, freeTier = true) =>
  designBuilder()
    .node('Api', 'gateway')
    .node('Batch', 'batcher', { config: { batchSize: 4 }, usage: { seconds: 0.5 } })
    .node('Table', 'table', { usage: { storedGb: 40 } })
    .node('Server', 'server')
    .connect('Api', 'Batch', 'stream', { ratio: r1 })
    .connect('Batch', 'Table', 'write')
    .connect('Api', 'Table', 'read', { ratio: r2 })
    .scenario('s', { freeTier })
    .load('Api', events)
    .build();

describe('pricing properties', () => {
  it('cost is never negative, per line, per node and in total', () => {
    fc.assert(
      fc.property(load, ratio, ratio, fc.boolean(), (events, r1, r2, free) => {
        const report = estimateDesign(pipeline(events, r1, r2, free), testCatalog, books);
        expect(report.totalMonthlyUsd).toBeGreaterThanOrEqual(0);
        for (const node of report.nodes) {
          expect(node.monthlyUsd).toBeGreaterThanOrEqual(0);
          for (const line of node.lines) expect(line.monthlyUsd).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('is monotone in load for pay-per-use meters', () => {
    fc.assert(
      fc.property(load, load, ratio, ratio, (a, b, r1, r2) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const cost = (events: number) =>
          estimateDesign(pipeline(events, r1, r2), testCatalog, books).totalMonthlyUsd;
        expect(cost(high)).toBeGreaterThanOrEqual(cost(low));
      }),
    );
  });

  it('is linear where prices are flat and there is no free tier', () => {
    const flat = (events: number) =>
      designBuilder()
        .node('Api', 'gateway')
        .node('Table', 'table')
        .connect('Api', 'Table', 'write')
        .scenario('s', { freeTier: false })
        .load('Api', events)
        .build();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 3 }), (events, k) => {
        // gateway stays in its first tier (<= 300 M): flat $1/M; table writes flat $1.25/M.
        const one = estimateDesign(flat(events), testCatalog, books);
        const many = estimateDesign(flat(events * k), testCatalog, books);
        expect(Math.abs(exact(many) - k * exact(one))).toBeLessThanOrEqual(k * 2e-6);
        expect(Math.abs(exact(one) - (events * 2.25) / 1e6)).toBeLessThanOrEqual(2e-6);
        // The billed total rounds each of the two meters to the cent.
        expect(Math.abs(one.totalMonthlyUsd - (events * 2.25) / 1e6)).toBeLessThanOrEqual(0.01 + 1e-9);
      }),
    );
  });

  it('sums tiers correctly at and around the boundaries', () => {
    const boundary = 300_000_000;
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 4 }), (delta, parts) => {
        // Split the same account total over several gateways: the tiers see the sum.
        const total = boundary + delta;
        const b = designBuilder().scenario('s', { freeTier: false });
        for (let i = 0; i < parts; i++) b.node(`Api${i}`, 'gateway').load(`Api${i}`, total / parts);
        const report = estimateDesign(b.build(), testCatalog, books);
        const expected = (Math.min(total, boundary) * 1 + Math.max(0, total - boundary) * 0.9) / 1e6;
        expect(Math.abs(exact(report) - expected)).toBeLessThanOrEqual(2e-6);
        expect(Math.abs(report.totalMonthlyUsd - expected)).toBeLessThanOrEqual(0.005 + 1e-6);
        const tierQuantity = report.nodes.flatMap((n) =>
          n.lines.flatMap((l) => l.tiers.map((t) => t.quantity)),
        );
        expect(tierQuantity.reduce((s, q) => s + q, 0)).toBeCloseTo(total, 3);
      }),
    );
  });

  it('adding a disconnected node never changes the others costs', () => {
    const isolatedBook: PriceBook = testPriceBook;
    fc.assert(
      fc.property(
        load,
        ratio,
        ratio,
        fc.constantFrom('server', 'table', 'batcher'),
        (events, r1, r2, service) => {
          const base = pipeline(events, r1, r2);
          const withExtra = {
            ...base,
            nodes: [
              ...base.nodes,
              { ...base.nodes[0]!, id: 'Extra', label: 'Extra', service, config: {}, usage: {} },
            ],
          };
          const before = estimateDesign(base, testCatalog, { 'us-east-1': isolatedBook });
          const after = estimateDesign(withExtra, testCatalog, { 'us-east-1': isolatedBook });
          for (const node of before.nodes)
            expect(after.nodes.find((n) => n.id === node.id)?.monthlyUsd).toBe(node.monthlyUsd);
        },
      ),
    );
  });
});
