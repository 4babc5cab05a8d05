import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index';
import {
  activeScenario,
  effectiveRegion,
  entryNodes,
  setActiveScenario,
  setEntryLoad,
  setFreeTier,
  setGrowth,
  setRegion,
} from '../../../renderer/src/cost/scenarioEdits';
import { costReportFor, problemsFor } from '../../../renderer/src/cost/costReport';
import { formatPerMonth, formatUsd, formatUsdCompact } from '../../../renderer/src/cost/format';
import { createDesignStore } from '../../../renderer/src/store/designStore';
import { designBuilder } from '../../support/designBuilder';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

const base = () =>
  deepFreeze(
    designBuilder('Edits')
      .node('Api', 'apiGateway')
      .node('Score', 'lambda')
      .connect('Api', 'Score', 'invoke')
      .scenario('normal', { loads: [{ nodeId: 'Api', eventsPerMonth: 2_000_000 }] })
      .scenario('peak', { region: 'eu-west-1' })
      .build(),
  );

describe('cost panel scenario edits', () => {
  it('changes the design region, or the scenario region when the scenario overrides it', () => {
    const design = base();
    const a = setRegion(design, 'eu-west-3');
    expect(a.region).toBe('eu-west-3');
    expect(effectiveRegion(a)).toBe('eu-west-3');
    const peak = setActiveScenario(design, 'peak');
    const b = setRegion(peak, 'us-east-1');
    expect(b.region).toBe(design.region);
    expect(activeScenario(b)?.region).toBe('us-east-1');
    expect(setRegion(design, design.region)).toBe(design);
  });

  it('toggles the active scenario free tier and growth; no-ops return the same design', () => {
    const design = base();
    const off = setFreeTier(design, false);
    expect(activeScenario(off)?.freeTier).toBe(false);
    expect(off.scenarios[1]).toBe(design.scenarios[1]);
    expect(setFreeTier(design, true)).toBe(design);
    expect(activeScenario(setGrowth(design, 0.05))?.growthPerMonth).toBe(0.05);
    expect(setActiveScenario(design, 'missing')).toBe(design);
  });

  it('edits, adds and clears entry loads', () => {
    const design = base();
    const more = setEntryLoad(design, 'Api', { eventsPerMonth: 5_000_000, peakPerSecond: 40 });
    expect(activeScenario(more)?.loads).toEqual([
      { nodeId: 'Api', eventsPerMonth: 5_000_000, payloadBytes: 1024, peakPerSecond: 40 },
    ]);
    const cleared = setEntryLoad(more, 'Api', { peakPerSecond: undefined });
    expect(activeScenario(cleared)?.loads[0]).not.toHaveProperty('peakPerSecond');
    expect(setEntryLoad(more, 'Api', { eventsPerMonth: 5_000_000 })).toBe(more);
    const added = setEntryLoad(design, 'Score', { eventsPerMonth: 10 });
    expect(activeScenario(added)?.loads.map((l) => l.nodeId)).toEqual(['Api', 'Score']);
    expect(entryNodes(added, catalog).map((n) => n.id)).toEqual(['Api', 'Score']);
  });

  it('each committed edit is one undo step and the estimate follows', () => {
    const store = createDesignStore(base());
    const before = costReportFor(store.getState().design, catalog).totalMonthlyUsd;
    store.getState().commit(setEntryLoad(store.getState().design, 'Api', { eventsPerMonth: 200_000_000 }));
    const after = costReportFor(store.getState().design, catalog).totalMonthlyUsd;
    expect(after).toBeGreaterThan(before);
    store.getState().undo();
    expect(costReportFor(store.getState().design, catalog).totalMonthlyUsd).toBe(before);
  });
});

describe('derived cost and problems', () => {
  it('is memoised on the design identity', () => {
    const design = base();
    expect(costReportFor(design, catalog)).toBe(costReportFor(design, catalog));
    expect(costReportFor(setGrowth(design, 0.1), catalog)).not.toBe(costReportFor(design, catalog));
  });

  it('reuses the estimate when only positions change (a drag), not when config changes', () => {
    const design = base();
    const report = costReportFor(design, catalog);
    const problems = problemsFor(design, catalog);
    const moved = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'Score' ? { ...n, position: { x: 999, y: 5 } } : n)),
    };
    expect(costReportFor(moved, catalog)).toBe(report);
    expect(problemsFor(moved, catalog)).toBe(problems);
    const bigger = {
      ...moved,
      nodes: moved.nodes.map((n) =>
        n.id === 'Score' ? { ...n, config: { ...n.config, memoryMb: 4096 } } : n,
      ),
    };
    expect(costReportFor(bigger, catalog)).not.toBe(report);
    expect(costReportFor(bigger, catalog).totalMonthlyUsd).not.toBe(report.totalMonthlyUsd);
  });

  it('reports a region without a price book as a problem and every line as missing', () => {
    const design = setRegion(base(), 'ap-south-1');
    const report = costReportFor(design, catalog);
    expect(report.nodes.flatMap((n) => n.lines).every((l) => l.missingPrice)).toBe(true);
    expect(report.totalMonthlyUsd).toBe(0);
    const problems = problemsFor(design, catalog);
    expect(problems[0]?.severity).toBe('error');
    expect(problems.map((p) => p.code)).toContain('missing_price_book');
  });
});

describe('cost formatting', () => {
  it('formats totals, compact badges and events per month', () => {
    expect(formatUsd(1234.5, 'en')).toBe('$1,234.50');
    expect(formatUsd(0.002, 'en')).toBe('< $0.01');
    expect(formatUsdCompact(12_345, 'en')).toBe('$12.3k');
    expect(formatUsdCompact(0.2, 'en')).toBe('$0.20');
    expect(formatUsdCompact(4_500_000, 'en')).toBe('$4.5M');
    expect(formatUsdCompact(12_345, 'fr')).toBe('12,3 k$');
    expect(formatPerMonth(2_000_000, 'en')).toBe('2M/mo');
  });
});
