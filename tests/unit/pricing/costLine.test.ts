import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { estimateDesign, markUserPrices, type CostLine, type CostReport } from '../../../shared/pricing';
import { PricedLine, plainLine } from '../../../shared/pricing/costLine';
import { fromMicros, tierSlices, toMicros } from '../../../shared/pricing/money';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from '../simulation/testCatalog';
import { testPriceBook } from './testPriceBook';

const allLines = (r: CostReport): CostLine[] => [
  ...r.nodes.flatMap((n) => n.lines),
  ...r.connections.flatMap((c) => c.lines),
];
const keyOrder = [
  'meter',
  'label',
  'quantity',
  'unit',
  'unitPriceUsd',
  'listPriceUsd',
  'per',
  'freeQuantity',
  'tiers',
  'monthlyUsd',
];

describe('cost lines with tiers built on demand', () => {
  const fraud = templates.find((t) => t.id === 'fraudDetection')!.design;

  it('serialise with every CostLine key, tiers included, in the documented order', () => {
    const report = estimateDesign(fraud, catalog, priceBooks);
    const priced = allLines(report).filter((l) => !l.missingPrice);
    expect(priced.length).toBeGreaterThan(5);
    for (const line of priced) {
      expect(line).toBeInstanceOf(PricedLine);
      const json = JSON.parse(JSON.stringify(line)) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(keyOrder);
      expect(json['tiers']).toEqual(line.tiers);
      expect(plainLine(line)).toEqual(json);
    }
  });

  it('a one-tier line: its tier is its billable share at the listed price, amount = line amount', () => {
    // Two batchers share 1 M free invocations: 1.5 M + 0.5 M, 1 M billable at $0.20/M.
    const design = designBuilder()
      .node('A', 'gateway')
      .node('B1', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .node('B2', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .connect('A', 'B1', 'invoke', { ratio: 0.75 })
      .connect('A', 'B2', 'invoke', { ratio: 0.25 })
      .load('A', 2_000_000)
      .build();
    const report = estimateDesign(design, testCatalog, { 'us-east-1': testPriceBook });
    const line = report.nodes
      .find((n) => n.id === 'B1')!
      .lines.find((l) => l.meter === 'batcher.invocations')!;
    expect(line.tiers).toEqual([{ from: 0, upTo: null, quantity: 750_000, usd: 0.2, monthlyUsd: 0.15 }]);
    expect(line.tiers).toBe(line.tiers); // built once
    expect(line.monthlyUsd).toBe(0.15);
  });

  it('a one-tier line under a commitment: the tier price is the committed rate', () => {
    const design = designBuilder()
      .node('S', 'server')
      .scenario('c', { name: 'Committed', purchaseOption: 'commit1y' })
      .build();
    const report = estimateDesign(design, testCatalog, { 'us-east-1': testPriceBook }, { scenarioId: 'c' });
    const line = report.nodes[0]!.lines.find((l) => l.meter === 'server.hours')!;
    expect(line.tiers).toHaveLength(1);
    expect(line.tiers[0]!.usd).toBeCloseTo(0.06, 12);
    expect(line.tiers[0]!.monthlyUsd).toBe(line.monthlyUsd);
    expect(line.monthlyUsd).toBe(fromMicros(toMicros(line.quantity * 0.1 * 0.6)));
  });

  it('a multi-tier line keeps the split computed with the others (parts add up to the meter)', () => {
    // 400 M gateway requests over two nodes: 300 M at $1/M, 100 M at $0.90/M.
    const design = designBuilder()
      .node('G1', 'gateway')
      .node('G2', 'gateway')
      .load('G1', 100_000_000)
      .load('G2', 300_000_000)
      .build();
    const report = estimateDesign(design, testCatalog, { 'us-east-1': testPriceBook });
    const lines = report.nodes.map((n) => n.lines.find((l) => l.meter === 'gateway.requests')!);
    const slices = tierSlices(testPriceBook.meters['gateway.requests']!, 400_000_000, 1);
    expect(lines.every((l) => l.tiers.length === 2)).toBe(true);
    slices.forEach((slice, t) =>
      expect(lines.reduce((s, l) => s + toMicros(l.tiers[t]!.monthlyUsd), 0)).toBe(slice.micros),
    );
    expect(lines[0]!.tiers.map((t) => t.quantity)).toEqual([75_000_000, 25_000_000]);
  });

  it('user-priced lines are plain objects with their tiers, userPrice last', () => {
    const report = estimateDesign(fraud, catalog, priceBooks);
    const meter = allLines(report).find((l) => !l.missingPrice)!.meter;
    const book = { ...priceBooks['us-east-1']! };
    book.meters = { ...book.meters, [meter]: { ...book.meters[meter]!, verification: 'user' } };
    const marked = markUserPrices(report, book);
    const line = allLines(marked).find((l) => l.meter === meter)!;
    expect(Object.keys(line)).toEqual([...keyOrder, 'userPrice']);
    const original = allLines(report).find((l) => l.meter === meter)!;
    expect(line.tiers).toBe(original.tiers);
    expect(JSON.stringify(line)).toBe(JSON.stringify({ ...plainLine(original), userPrice: true }));
  });
});
