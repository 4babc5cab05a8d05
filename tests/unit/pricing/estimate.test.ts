import { describe, expect, it } from 'vitest';
import { estimate, estimateDesign } from '../../../shared/pricing';
import { simulate } from '../../../shared/simulation';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from '../simulation/testCatalog';
import { testPriceBook } from './testPriceBook';

const books = { 'us-east-1': testPriceBook };

describe('estimate', () => {
  it('applies free tier and tiers to the account-wide total, then splits back by quantity', () => {
    // Two batchers share the 1 M free invocations: 1.5 M + 0.5 M = 2 M, 1 M billable x $0.20/M.
    const design = designBuilder()
      .node('A', 'gateway')
      .node('B1', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .node('B2', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .connect('A', 'B1', 'invoke', { ratio: 0.75 })
      .connect('A', 'B2', 'invoke', { ratio: 0.25 })
      .load('A', 2_000_000)
      .build();
    const report = estimateDesign(design, testCatalog, books);
    const line = (id: string) =>
      report.nodes.find((n) => n.id === id)!.lines.find((l) => l.meter === 'batcher.invocations')!;
    expect(line('B1').monthlyUsd).toBeCloseTo(0.15, 9);
    expect(line('B2').monthlyUsd).toBeCloseTo(0.05, 9);
    expect(line('B1').freeQuantity).toBeCloseTo(750_000, 6);
    expect(line('B1').unitPriceUsd).toBeCloseTo(0.15 / 1_500_000, 12);
    expect(line('B1').listPriceUsd).toBe(0.2);
    // Gateway: 2 M x $1/M = $2.
    expect(report.totalMonthlyUsd).toBeCloseTo(2.2, 9);
    expect(report.byService).toEqual({ gateway: 2, batcher: 0.2 });
    expect(report.byCategory).toEqual({ networking: 2, compute: 0.2 });
  });

  it('turns the free tier off when the scenario or the options say so', () => {
    const design = designBuilder()
      .node('B', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .scenario('noFree', { freeTier: false })
      .load('B', 1_000_000)
      .build();
    expect(estimateDesign(design, testCatalog, books).totalMonthlyUsd).toBeCloseTo(0.2, 9);
    expect(estimateDesign(design, testCatalog, books, { freeTier: true }).totalMonthlyUsd).toBe(0);
  });

  it('lets free tier already used elsewhere in the account reduce the allowance', () => {
    const design = designBuilder()
      .node('B', 'batcher', { config: { batchSize: 1 }, usage: { seconds: 0 } })
      .load('B', 1_500_000)
      .build();
    const used = (n: number) =>
      estimateDesign(design, testCatalog, books, { freeTierUsed: { 'batcher.invocations': n } })
        .totalMonthlyUsd;
    expect(used(0)).toBeCloseTo(0.1, 9); // 0.5 M billable
    expect(used(400_000)).toBeCloseTo(0.18, 9); // 0.9 M billable
    expect(used(5_000_000)).toBeCloseTo(0.3, 9); // all billable, never a negative allowance
  });

  it('reports a meter without price as a missing line and problem, never as zero', () => {
    const design = designBuilder()
      .group('Vpc', 'vpc')
      .group('Priv', 'subnet', { parent: 'Vpc' })
      .node('B', 'batcher', { group: 'Priv', config: { batchSize: 1 }, usage: { seconds: 0 } })
      .node('Out', 'gateway')
      .connect('B', 'Out', 'invoke', { payloadBytes: 1024 ** 3 })
      .load('B', 3)
      .build();
    const report = estimateDesign(design, testCatalog, books);
    const conn = report.connections.find((c) => c.id === 'BToOut')!;
    expect(conn.gbPerMonth).toBe(3);
    expect(conn.lines).toEqual([
      expect.objectContaining({ meter: 'natGateway.gb', quantity: 3, missingPrice: true }),
    ]);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'missing_price', connectionId: 'BToOut', severity: 'warning' }),
    ]);
    // The book's reason travels in params (the cost line shows it), not in the message.
    expect(report.problems[0]?.params?.['reason']).toBe('not in this test book');
    expect(report.problems[0]?.message).toBe(
      'No price for natGateway.gb in us-east-1: connection "BToOut" is not counted in the total',
    );
  });

  it('flags every line missing when the region has no price book', () => {
    const design = designBuilder().region('eu-west-3').node('A', 'gateway').load('A', 10).build();
    const report = estimateDesign(design, testCatalog, books);
    expect(report.problems.map((p) => p.code)).toEqual(['missing_price_book', 'missing_price']);
    expect(report.problems[1]).toMatchObject({ nodeId: 'A' });
    expect(report.nodes[0]?.lines[0]?.missingPrice).toBe(true);
    expect(report.region).toBe('eu-west-3');
  });

  it('uses the scenario region over the design region', () => {
    const design = designBuilder()
      .region('eu-west-3')
      .node('A', 'gateway')
      .scenario('us', { region: 'us-east-1' })
      .load('A', 1e6)
      .build();
    const report = estimateDesign(design, testCatalog, books);
    expect(report.region).toBe('us-east-1');
    expect(report.totalMonthlyUsd).toBe(1);
  });

  it('applies commitment factors where the book has one and says when it does not', () => {
    const design = designBuilder()
      .node('S', 'server', { config: { count: 2 } })
      .node('A', 'gateway')
      .scenario('c', { purchaseOption: 'commit1y' })
      .load('A', 1e6)
      .build();
    const report = estimateDesign(design, testCatalog, books);
    expect(report.nodes.find((n) => n.id === 'S')!.monthlyUsd).toBeCloseTo(2 * 730 * 0.1 * 0.6, 9);
    expect(report.purchaseOption).toBe('commit1y');
    expect(report.assumptions).toContain('1-year commitment rates applied to server.hours.');
    expect(report.assumptions).toContain('No 1-year commitment rate for gateway.requests: priced on demand.');
  });

  it('prices data transfer on connections under networking', () => {
    const design = designBuilder()
      .group('AzA', 'availabilityZone')
      .group('AzB', 'availabilityZone')
      .node('A', 'gateway', { group: 'AzA' })
      .node('T', 'table', { group: 'AzB' })
      .connect('A', 'T', 'write', { payloadBytes: 1024 ** 2 })
      .load('A', 10_240)
      .build();
    const report = estimateDesign(design, testCatalog, books);
    const conn = report.connections[0]!;
    expect(conn.lines[0]).toMatchObject({
      meter: 'dataTransfer.interAz',
      quantity: 10,
      label: 'Data transfer between availability zones',
    });
    expect(conn.monthlyUsd).toBeCloseTo(0.2, 9);
    expect(report.byService['dataTransfer']).toBeCloseTo(0.2, 9);
  });

  it('does not mutate frozen inputs and lists assumptions in words', () => {
    const design = Object.freeze(designBuilder().node('A', 'gateway').load('A', 5).build());
    const sim = Object.freeze(simulate(design, testCatalog));
    const report = estimate(sim, design, testCatalog, testPriceBook);
    expect(report.assumptions[0]).toBe('A month is 730 hours.');
    expect(report.priceBookAsOf).toBe('2026-01-01');
  });
});
