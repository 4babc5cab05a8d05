import { describe, expect, it } from 'vitest';
import { estimateDesign } from '../../../shared/pricing';
import { compareScenarios, estimateRange, nodeDeltas } from '../../../shared/scenarios';
import { deepFreeze, testCatalog, testDesign, testPriceBooks } from './fixtures';

/*
 * Hand computation (prices in fixtures.ts):
 *  normal: Api 2 M events, peak 50/s
 *    Api   gate.requests (2 M − 1 M free) × $1/M                         =   $1.00
 *    Work  2 M × 1 GB × 0.1 s = 200 000 GB-s × $0.00001                   =   $2.00
 *    Store 100 GB × $0.02 = $2.00 + PUTs 1 M (ratio 0.5) × $5/M = $5.00   =   $7.00
 *    Model peak 50 × 0.1 = 5 rps → ceil(5/20) = 1 instance × 730 h × $0.1 =  $73.00
 *    total                                                                 =  $83.00
 *  peak: Api 20 M events, peak 500/s
 *    Api   19 M × $1/M                                                     =  $19.00
 *    Work  2 M GB-s: 1 M × $0.00001 + 1 M × $0.000005 (second tier)        =  $15.00
 *    Store $2.00 + 10 M PUTs × $5/M                                        =  $52.00
 *    Model 50 rps → 3 instances × 730 × $0.1                               = $219.00
 *    total                                                                 = $305.00
 *  delta peak − normal = $222.00; 222 / 83 = +267.4698795 %
 */
const design = deepFreeze(testDesign());

describe('compareScenarios', () => {
  const c = compareScenarios(design, testCatalog, testPriceBooks, {
    baselineId: 'normal',
    scenarioIds: ['normal', 'peak'],
  });

  it('gives each scenario its total and the delta against the baseline', () => {
    expect(c.scenarios.map((s) => [s.id, s.name, s.totalMonthlyUsd])).toEqual([
      ['normal', 'Normal', 83],
      ['peak', 'Peak', 305],
    ]);
    expect(c.scenarios[0]?.delta).toEqual({ baseline: 83, value: 83, delta: 0, pct: 0 });
    expect(c.scenarios[1]?.delta.delta).toBe(222);
    expect(c.scenarios[1]?.delta.pct).toBeCloseTo((222 / 83) * 100, 5);
  });

  it('equals a single estimate of each scenario (what the cost panel shows)', () => {
    for (const id of ['normal', 'peak'])
      expect(c.scenarios.find((s) => s.id === id)?.totalMonthlyUsd).toBe(
        estimateDesign(design, testCatalog, testPriceBooks, { scenarioId: id }).totalMonthlyUsd,
      );
  });

  it('breaks down per service, category and node with deltas', () => {
    const row = (rows: typeof c.services, key: string) => rows.find((r) => r.key === key);
    expect(row(c.services, 'box')?.values).toEqual({ normal: 73, peak: 219 });
    expect(row(c.services, 'box')?.deltas['peak']).toEqual({
      baseline: 73,
      value: 219,
      delta: 146,
      pct: 200,
    });
    expect(row(c.services, 'worker')?.deltas['peak']).toEqual({
      baseline: 2,
      value: 15,
      delta: 13,
      pct: 650,
    });
    expect(row(c.services, 'gate')?.label).toBe('Gate');
    expect(row(c.categories, 'compute')?.values).toEqual({ normal: 75, peak: 234 });
    expect(row(c.categories, 'networking')?.deltas['peak']).toEqual({
      baseline: 1,
      value: 19,
      delta: 18,
      pct: 1800,
    });
    expect(row(c.categories, 'storage')?.label).toBe('Storage');
    expect(row(c.nodes, 'Store')?.values).toEqual({ normal: 7, peak: 52 });
    // Sorted by the largest value in any column.
    expect(c.services.map((r) => r.key)).toEqual(['box', 'bucket', 'gate', 'worker']);
  });

  it('ranks the biggest movers by absolute change', () => {
    expect(c.movers['peak']?.map((m) => [m.key, m.delta.delta])).toEqual([
      ['Model', 146],
      ['Store', 45],
      ['Api', 18],
      ['Work', 13],
    ]);
    expect(c.movers['normal']).toEqual([]);
  });

  it('gives stacked-bar rows: one per scenario, one key per category', () => {
    expect(c.chart).toEqual([
      { scenarioId: 'normal', name: 'Normal', compute: 75, storage: 7, networking: 1 },
      { scenarioId: 'peak', name: 'Peak', compute: 234, storage: 52, networking: 19 },
    ]);
    expect(c.chartKeys).toEqual(['compute', 'storage', 'networking']);
    const stacked = c.chart.map((r) => c.chartKeys.reduce((s, k) => s + (r[k] ?? 0), 0));
    expect(stacked).toEqual([83, 305]);
  });

  it('defaults to every scenario with the active one as baseline, and localizes labels', () => {
    const all = compareScenarios(design, testCatalog, testPriceBooks, { lang: 'fr' });
    expect(all.baselineId).toBe('normal');
    expect(all.scenarios.map((s) => s.id)).toEqual(['normal', 'peak', 'launch']);
    expect(all.categories.find((r) => r.key === 'storage')?.label).toBe('Stockage');
    expect(all.services.find((r) => r.key === 'bucket')?.label).toBe('Compartiment');
    expect(() => compareScenarios(design, testCatalog, testPriceBooks, { baselineId: 'nope' })).toThrow(
      /nope/,
    );
  });

  it('reports pct null when the baseline is 0', () => {
    const withZero = compareScenarios(
      {
        ...design,
        scenarios: [...design.scenarios, { ...design.scenarios[0]!, id: 'idle', name: 'Idle', loads: [] }],
      },
      testCatalog,
      testPriceBooks,
      { baselineId: 'idle', scenarioIds: ['idle', 'normal'] },
    );
    // Idle: only storage (100 GB × $0.02 = $2) and the minimum one instance ($73) remain.
    expect(withZero.scenarios[0]?.totalMonthlyUsd).toBe(75);
    const gate = withZero.services.find((r) => r.key === 'gate');
    expect(gate?.deltas['normal']).toEqual({ baseline: 0, value: 1, delta: 1, pct: null });
  });
});

describe('nodeDeltas (compare on the diagram)', () => {
  const normal = estimateDesign(design, testCatalog, testPriceBooks, { scenarioId: 'normal' });
  const peak = estimateDesign(design, testCatalog, testPriceBooks, { scenarioId: 'peak' });
  const d = nodeDeltas(normal, peak);

  it('gives each node its delta and a magnitude relative to the largest change', () => {
    expect(d.maxAbsDelta).toBe(146);
    expect(d.nodes['Model']).toMatchObject({
      baseline: 73,
      value: 219,
      delta: 146,
      pct: 200,
      magnitude: 'large',
      direction: 'up',
    });
    // 45 / 146 = 0.31 → medium; 18 / 146 = 0.12 → medium; 13 / 146 = 0.089 → small
    expect(d.nodes['Store']?.magnitude).toBe('medium');
    expect(d.nodes['Api']?.magnitude).toBe('medium');
    expect(d.nodes['Work']?.magnitude).toBe('small');
    expect(d.total).toMatchObject({ delta: 222 });
  });

  it('gives each connection its events and cost deltas', () => {
    expect(d.connections['ApiToWork']?.events).toEqual({ baseline: 2e6, value: 2e7, delta: 1.8e7, pct: 900 });
    expect(d.connections['WorkToStore']?.events.value).toBe(1e7);
    expect(d.connections['ApiToModel']?.events.baseline).toBe(2e5);
    // No groups: no data-transfer cost on connections.
    expect(d.connections['ApiToWork']).toMatchObject({ delta: 0, magnitude: 'none', direction: 'none' });
  });

  it('reads a decrease the other way round', () => {
    const back = nodeDeltas(peak, normal);
    expect(back.nodes['Model']).toMatchObject({
      delta: -146,
      pct: -66.666667,
      direction: 'down',
      magnitude: 'large',
    });
  });
});

describe('estimateRange', () => {
  /*
   * normal has Api range { low: 1 M, high: 4 M }, peak 50/s scaled alike (25/s, 100/s).
   *  low  1 M: Api 0 (all free) + Work 100 000 GB-s $1.00 + Store $2 + 0.5 M PUTs $2.50 + Model $73 = $78.50
   *  high 4 M: Api 3 M $3.00 + Work $4.00 + Store $2 + 2 M PUTs $10 + Model (10 rps, 1 inst.) $73 = $92.00
   */
  it('prices low / expected / high from the entry-load range', () => {
    const r = estimateRange(design, testCatalog, testPriceBooks, { scenarioId: 'normal' });
    expect([r.low, r.expected, r.high]).toEqual([78.5, 83, 92]);
    expect(r.hasRange).toBe(true);
    expect(r.nodes.find((n) => n.id === 'Store')).toEqual({
      id: 'Store',
      label: 'Store',
      low: 4.5,
      expected: 7,
      high: 12,
    });
    expect(r.byCategory['networking']).toEqual({ low: 0, expected: 1, high: 3 });
  });

  it('falls back to the expected figure where no range is given', () => {
    const r = estimateRange(design, testCatalog, testPriceBooks, { scenarioId: 'peak' });
    expect(r.hasRange).toBe(false);
    expect([r.low, r.expected, r.high]).toEqual([305, 305, 305]);
  });
});
