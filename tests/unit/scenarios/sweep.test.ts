import { describe, expect, it } from 'vitest';
import { estimateDesign } from '../../../shared/pricing';
import {
  curveRows,
  defaultSweepFactors,
  logSpace,
  projectMonths,
  sweepLoad,
} from '../../../shared/scenarios';
import { deepFreeze, testCatalog, testDesign, testPriceBooks } from './fixtures';

const design = deepFreeze(testDesign());

describe('sweepLoad', () => {
  const sweep = sweepLoad(design, testCatalog, testPriceBooks, { scenarioId: 'normal' });

  it('uses 40 log-spaced factors from 0.1× to 100×, 1× included', () => {
    expect(defaultSweepFactors).toHaveLength(40);
    expect(defaultSweepFactors[0]).toBe(0.1);
    expect(defaultSweepFactors[39]).toBe(100);
    expect(defaultSweepFactors[13]).toBe(1);
    const ratios = defaultSweepFactors.slice(1).map((f, i) => f / defaultSweepFactors[i]!);
    for (const r of ratios) expect(r).toBeCloseTo(10 ** (3 / 39), 9);
    expect(logSpace(0.1, 100, 4)).toEqual([0.1, 1, 10, 100]);
  });

  it('gives at every point exactly the single estimate at that load factor', () => {
    expect(sweep.points).toHaveLength(40);
    for (const p of sweep.points) {
      const single = estimateDesign(design, testCatalog, testPriceBooks, {
        scenarioId: 'normal',
        loadFactor: p.factor,
      });
      expect(p.totalMonthlyUsd).toBe(single.totalMonthlyUsd);
      expect(p.byCategory).toEqual(single.byCategory);
      expect(p.byNode['Model']).toBe(single.nodes.find((n) => n.id === 'Model')?.monthlyUsd);
    }
    expect(sweep.points[13]?.totalMonthlyUsd).toBe(83);
  });

  it('is non-decreasing in load for this pay-per-use design', () => {
    for (let i = 1; i < sweep.points.length; i++)
      expect(sweep.points[i]!.totalMonthlyUsd).toBeGreaterThanOrEqual(sweep.points[i - 1]!.totalMonthlyUsd);
  });

  /*
   * Where the thresholds are, by hand, at load factor f (normal: 2 M events, 50/s peak):
   *  free tier of gate.requests (1 M) used up when 2 M × f > 1 M          → f = 0.5
   *  Model instances = ceil(5 f / 20): 1→2 past f = 4, 2→3 past 8, 3→4 past 12
   *  worker tier (1 M GB-s) crossed when 200 000 × f > 1 M                → f = 5
   *  Model needs a 5th instance (max 4, warning) past 5 f / 20 > 4        → f = 16
   */
  it('finds free tier, tier, capacity and quota thresholds, located by bisection', () => {
    const at = (kind: string, pred: (e: (typeof sweep.events)[number]) => boolean = () => true) =>
      sweep.events.filter((e) => e.kind === kind && pred(e)).map((e) => e.at);
    expect(at('freeTierExhausted')).toHaveLength(1);
    expect(at('freeTierExhausted')[0]).toBeCloseTo(0.5, 3);
    expect(sweep.events.find((e) => e.kind === 'freeTierExhausted')).toMatchObject({
      meter: 'gate.requests',
      message: 'Gate — requests: free tier used up',
    });
    const steps = sweep.events.filter((e) => e.kind === 'capacityStep');
    expect(steps.map((e) => [e.nodeId, e.key, e.from, e.to])).toEqual([
      ['Model', 'instances', 1, 2],
      ['Model', 'instances', 2, 3],
      ['Model', 'instances', 3, 4],
    ]);
    expect(steps.map((e) => Number(e.at.toFixed(2)))).toEqual([4, 8, 12]);
    expect(at('tierCrossed')).toHaveLength(1);
    expect(at('tierCrossed')[0]).toBeCloseTo(5, 2);
    expect(sweep.events.find((e) => e.kind === 'tierCrossed')).toMatchObject({
      meter: 'worker.gbSeconds',
      to: 1e6,
    });
    expect(at('warning')).toHaveLength(1);
    expect(at('warning')[0]).toBeCloseTo(16, 2);
    expect(sweep.events.map((e) => e.at)).toEqual([...sweep.events.map((e) => e.at)].sort((a, b) => a - b));
  });

  it('finds every capacity step between two far-apart points, and only time-billed sizing', () => {
    // Between 1× and 20×: Model 1→2 at 4, 2→3 at 8, 3→4 at 12; Work's concurrency (5 → 100)
    // is billed per use, not per hour, so it is no capacity step.
    const wide = sweepLoad(design, testCatalog, testPriceBooks, { scenarioId: 'normal', factors: [1, 20] });
    const steps = wide.events.filter((e) => e.kind === 'capacityStep');
    expect(steps.map((e) => [e.nodeId, e.from, e.to, Number(e.at.toFixed(1))])).toEqual([
      ['Model', 1, 2, 4],
      ['Model', 2, 3, 8],
      ['Model', 3, 4, 12],
    ]);
    expect(wide.events.map((e) => e.kind)).toEqual([
      'capacityStep',
      'tierCrossed',
      'capacityStep',
      'capacityStep',
      'warning',
    ]);
  });

  it('merges several scenarios into chart rows, one key per scenario', () => {
    const factors = [0.1, 1, 10];
    const rows = curveRows([
      sweepLoad(design, testCatalog, testPriceBooks, { scenarioId: 'normal', factors }),
      sweepLoad(design, testCatalog, testPriceBooks, { scenarioId: 'peak', factors }),
    ]);
    // peak is exactly 10 × normal (20 M at 500/s vs 2 M at 50/s): normal at 10× = peak at 1× = $305.
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ factor: 1, normal: 83, peak: 305 });
    expect(rows[2]?.['normal']).toBe(305);
    expect(rows[0]?.['peak']).toBe(83);
  });

  it('words events in French', () => {
    const fr = sweepLoad(design, testCatalog, testPriceBooks, {
      scenarioId: 'normal',
      lang: 'fr',
      factors: [0.1, 1],
    });
    expect(fr.events.map((e) => e.message)).toEqual(['Passerelle — requêtes : offre gratuite épuisée']);
  });

  it('refuses unknown scenarios and non-positive factors', () => {
    expect(() => sweepLoad(design, testCatalog, testPriceBooks, { scenarioId: 'nope' })).toThrow(/nope/);
    expect(() => sweepLoad(design, testCatalog, testPriceBooks, { factors: [0, 1] })).toThrow(/positive/);
  });
});

describe('projectMonths', () => {
  /*
   * launch: 400 000 events/month, 5/s peak, growth +50 %/month → events 400 000 × 1.5^m
   *  m0 (×1)     Api 0 (free)  Work 40 000 GB-s $0.40  Store $2 + 200 000 PUTs $1.00  Model $73 = $76.40
   *  m1 (×1.5)   Api 0         Work $0.60              Store $2 + $1.50                Model $73 = $77.10
   *  m2 (×2.25)  Api 0         Work $0.90              Store $2 + $2.25                Model $73 = $78.15
   *  m3 (×3.375) 1.35 M events: Api 0.35 M × $1/M = $0.35, Work $1.35, Store $2 + $3.375, Model $73 = $80.075,
   *              billed $80.08: like AWS, the engine rounds each meter's bill to the cent ($3.375 → $3.38),
   *              while the per-category split keeps the exact $5.375
   *  → the gate's free million runs out in month index 3.
   *  Model peak = 0.5 × 1.5^m rps: 2 instances from m10 (28.8 rps), 3 at m11 (43.2), 4 at m12 (64.9),
   *  and at m13 (97.3 rps) it needs 5 > max 4: the first quota warning.
   */
  it('projects totals month by month with growth', () => {
    const p = projectMonths(design, testCatalog, testPriceBooks, { scenarioId: 'launch', months: 12 });
    expect(p.months).toHaveLength(12);
    expect(p.months.slice(0, 4).map((m) => [m.monthIndex, m.loadMultiplier, m.totalMonthlyUsd])).toEqual([
      [0, 1, 76.4],
      [1, 1.5, 77.1],
      [2, 2.25, 78.15],
      [3, 3.375, 80.08],
    ]);
    expect(p.months[3]?.byCategory).toEqual({ networking: 0.35, compute: 74.35, storage: 5.375 });
    expect(p.freeTierEnds).toEqual([
      {
        meter: 'gate.requests',
        label: 'Gate — requests',
        labels: { en: 'Gate — requests', fr: 'Passerelle — requêtes' },
        monthIndex: 3,
      },
    ]);
    expect(p.firstFreeTierExhaustedMonth).toBe(3);
    expect(p.firstWarningMonth).toBeNull();
    for (const m of p.months)
      expect(m.totalMonthlyUsd).toBe(
        estimateDesign(design, testCatalog, testPriceBooks, {
          scenarioId: 'launch',
          monthIndex: m.monthIndex,
        }).totalMonthlyUsd,
      );
    expect(p.totalUsd).toBeCloseTo(
      p.months.reduce((s, m) => s + m.totalMonthlyUsd, 0),
      6,
    );
  });

  it('finds capacity steps and the first quota warning month', () => {
    const p = projectMonths(design, testCatalog, testPriceBooks, { scenarioId: 'launch', months: 14 });
    expect(p.events.filter((e) => e.kind === 'capacityStep').map((e) => [e.at, e.from, e.to])).toEqual([
      [10, 1, 2],
      [11, 2, 3],
      [12, 3, 4],
    ]);
    expect(p.firstWarningMonth).toBe(13);
    expect(p.events.find((e) => e.kind === 'warning')).toMatchObject({
      at: 13,
      nodeId: 'Model',
      key: 'quota',
    });
  });

  it('reports a free tier already exceeded in the first month at index 0, not as the first exhaustion', () => {
    const p = projectMonths(design, testCatalog, testPriceBooks, { scenarioId: 'normal', months: 3 });
    expect(p.growthPerMonth).toBe(0);
    expect(p.months.map((m) => m.totalMonthlyUsd)).toEqual([83, 83, 83]);
    expect(p.freeTierEnds).toEqual([
      {
        meter: 'gate.requests',
        label: 'Gate — requests',
        labels: { en: 'Gate — requests', fr: 'Passerelle — requêtes' },
        monthIndex: 0,
      },
    ]);
    expect(p.firstFreeTierExhaustedMonth).toBeNull();
  });
});
