import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog/index';
import { createDefaultRegistry, type CommandContext } from '../../../renderer/src/commands';
import { scenarioViewStoreFor } from '../../../renderer/src/scenarios/scenarioViewStore';
import type { IpcRequest, NuageApi } from '../../../shared/ipc';
import type { Design } from '../../../shared/model';
import { estimateDesign } from '../../../shared/pricing';
import { testContext } from './testCatalog';

const fraud = (): Design => structuredClone(templates.find((t) => /fraud/i.test(t.id))!.design);

/** A command context over the real catalog (scenario analyses need real prices). */
function fraudContext(): CommandContext {
  return { ...testContext(fraud()), catalog };
}

const design = (ctx: CommandContext): Design => ctx.design.getState().design;

/** Stands in for the Electron preload: records what `file:export` was asked to save. */
function fakeElectron(): IpcRequest<'file:export'>[] {
  const saved: IpcRequest<'file:export'>[] = [];
  const api = {
    platform: 'electron',
    'file:export': async (request: IpcRequest<'file:export'>) => {
      saved.push(request);
      return { ok: true, value: { path: `/tmp/${request.suggestedName}` } };
    },
  } as unknown as NuageApi;
  (globalThis as { window?: unknown }).window = { nuage: api };
  return saved;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('scenario commands', () => {
  it('new scenario starts from the active one’s loads, becomes active, and undoes in one step', async () => {
    const ctx = fraudContext();
    const registry = createDefaultRegistry();
    const before = design(ctx);
    const active = before.scenarios.find((s) => s.id === before.activeScenarioId)!;
    expect(await registry.run('scenario.new', ctx)).toBe(true);
    const after = design(ctx);
    expect(after.scenarios).toHaveLength(before.scenarios.length + 1);
    const created = after.scenarios.at(-1)!;
    expect(after.activeScenarioId).toBe(created.id);
    expect(created.loads).toEqual(active.loads);
    expect(created.growthPerMonth).toBe(0);
    ctx.design.getState().undo();
    expect(design(ctx)).toBe(before);
  });

  it('delete is refused for the last scenario; move up/down follow the list ends', async () => {
    const ctx = fraudContext();
    const registry = createDefaultRegistry();
    const ids = design(ctx).scenarios.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(1);
    ctx.design.getState().commit({ ...design(ctx), activeScenarioId: ids[0] });
    expect(registry.isEnabled('scenario.moveUp', ctx)).toBe(false);
    expect(await registry.run('scenario.moveDown', ctx)).toBe(true);
    expect(design(ctx).scenarios.map((s) => s.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    while (design(ctx).scenarios.length > 1) expect(await registry.run('scenario.delete', ctx)).toBe(true);
    expect(registry.isEnabled('scenario.delete', ctx)).toBe(false);
    expect(await registry.run('scenario.delete', ctx)).toBe(false);
    expect(design(ctx).scenarios).toHaveLength(1);
    expect(registry.isEnabled('scenario.toggleDiagramCompare', ctx)).toBe(false);
  });

  it('compare and compare-on-diagram are view state, not design edits', async () => {
    const ctx = fraudContext();
    const registry = createDefaultRegistry();
    const before = design(ctx);
    await registry.run('scenario.compare', ctx);
    await registry.run('scenario.toggleDiagramCompare', ctx);
    const view = scenarioViewStoreFor(ctx.ui).getState();
    expect(view.compareOpen).toBe(true);
    expect(view.diagramCompare).toBe(true);
    expect(design(ctx)).toBe(before);
    expect(ctx.design.temporal.getState().pastStates).toHaveLength(0);
    // Each UI store has its own scenario view state.
    expect(scenarioViewStoreFor(testContext(fraud()).ui).getState().compareOpen).toBe(false);
  });

  it('exports the comparison as CSV through file:export; totals equal estimateDesign', async () => {
    const saved = fakeElectron();
    const ctx = fraudContext();
    const d = design(ctx);
    const [first, second] = d.scenarios;
    scenarioViewStoreFor(ctx.ui).getState().setBaseline(second!.id);
    expect(await createDefaultRegistry().run('scenario.exportComparisonCsv', ctx)).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ encoding: 'utf8', filters: [{ extensions: ['csv'] }] });
    expect(saved[0]!.suggestedName).toMatch(/-comparison\.csv$/);
    const rows = Papa.parse<string[]>(saved[0]!.content.trim()).data;
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['Level', 'Id', 'Name', 'Currency']);
    const total = rows.find((r) => r[0] === 'total')!;
    for (const s of d.scenarios) {
      const column = header.indexOf(s.name);
      expect(column).toBeGreaterThan(3);
      const expected = estimateDesign(d, catalog, priceBooks, { scenarioId: s.id }).totalMonthlyUsd;
      expect(Number(total[column])).toBeCloseTo(expected, 6);
    }
    // Deltas are against the chosen baseline (the second scenario).
    const deltaColumn = header.indexOf(`${first!.name} − ${second!.name}`);
    expect(deltaColumn).toBeGreaterThan(0);
    const firstTotal = estimateDesign(d, catalog, priceBooks, { scenarioId: first!.id }).totalMonthlyUsd;
    const secondTotal = estimateDesign(d, catalog, priceBooks, { scenarioId: second!.id }).totalMonthlyUsd;
    expect(Number(total[deltaColumn])).toBeCloseTo(firstTotal - secondTotal, 5);
  });

  it('exports the active scenario’s 12-month projection as CSV', async () => {
    const saved = fakeElectron();
    const ctx = fraudContext();
    const growing = design(ctx).scenarios.find((s) => s.growthPerMonth > 0)!;
    ctx.design.getState().commit({ ...design(ctx), activeScenarioId: growing.id });
    await createDefaultRegistry().run('scenario.exportProjectionCsv', ctx);
    const rows = Papa.parse<string[]>(saved[0]!.content.trim()).data;
    expect(rows).toHaveLength(13);
    expect(rows[0]!.slice(0, 4)).toEqual(['Month', 'Load multiplier', 'Currency', 'Total']);
    expect(Number(rows[2]![1])).toBeCloseTo((1 + growing.growthPerMonth) ** 1, 9);
    const month3 = estimateDesign(design(ctx), catalog, priceBooks, {
      scenarioId: growing.id,
      monthIndex: 2,
    });
    expect(Number(rows[3]![3])).toBeCloseTo(month3.totalMonthlyUsd, 6);
  });
});
