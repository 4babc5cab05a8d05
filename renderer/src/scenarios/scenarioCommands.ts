/**
 * Scenario commands: every scenario operation of the panel, the toolbar and the tests goes
 * through these (each edit is one undoable design-store step, via shared/scenarios).
 */
import type { Design } from '../../../shared/model';
import {
  canDeleteScenario,
  comparisonToCsv,
  createScenario,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  projectionToCsv,
} from '../../../shared/scenarios';
import type { Command, CommandContext } from '../commands/types';
import { comparisonOf, projectionOf, resolveBaseline } from './analysis';
import { fileSlug } from '../model/fileSlug';
import { exportFile } from './exportFile';
import { scenarioViewStoreFor } from './scenarioViewStore';

const designOf = (ctx: CommandContext): Design => ctx.design.getState().design;

function commit(ctx: CommandContext, next: Design): void {
  if (next !== designOf(ctx)) ctx.design.getState().commit(next);
}

/** Id of the active scenario (or the first one). */
export function activeScenarioId(design: Design): string | undefined {
  const active = design.scenarios.find((s) => s.id === design.activeScenarioId);
  return (active ?? design.scenarios[0])?.id;
}

/** A new scenario starts from the active one's entry points and loads, other settings default. */
export function newScenario(design: Design, name?: string): Design {
  const source = design.scenarios.find((s) => s.id === activeScenarioId(design));
  return createScenario(design, {
    ...(name !== undefined ? { name } : {}),
    loads: source ? structuredClone(source.loads) : [],
  });
}

function moveActive(ctx: CommandContext, by: number): void {
  const design = designOf(ctx);
  const id = activeScenarioId(design);
  if (id === undefined) return;
  const index = design.scenarios.findIndex((s) => s.id === id);
  commit(ctx, moveScenario(design, id, index + by));
}

function activeIndex(ctx: CommandContext): number {
  const design = designOf(ctx);
  return design.scenarios.findIndex((s) => s.id === activeScenarioId(design));
}

async function exportCsv(ctx: CommandContext, kind: 'comparison' | 'projection'): Promise<void> {
  const design = designOf(ctx);
  const lang = ctx.ui.getState().lang;
  const view = scenarioViewStoreFor(ctx.ui).getState();
  let content: string;
  if (kind === 'comparison') {
    const baseline = resolveBaseline(design, view.baselineId);
    if (baseline === null) return;
    content = comparisonToCsv(comparisonOf(design, ctx.catalog, baseline, lang));
  } else {
    const id = activeScenarioId(design);
    if (id === undefined) return;
    content = projectionToCsv(projectionOf(design, ctx.catalog, id, lang));
  }
  const outcome = await exportFile({
    suggestedName: `${fileSlug(design.name)}-${kind}.csv`,
    mime: 'text/csv',
    content,
  });
  if (!outcome.ok) ctx.ui.getState().showToast('error', outcome.message, 'export-error');
}

const hasScenarios = (ctx: CommandContext): boolean => designOf(ctx).scenarios.length > 0;

export const scenarioCommands: readonly Command[] = [
  {
    id: 'scenario.new',
    label: { en: 'New scenario', fr: 'Nouveau scénario' },
    run: (ctx) => commit(ctx, newScenario(designOf(ctx))),
  },
  {
    id: 'scenario.duplicate',
    label: { en: 'Duplicate scenario', fr: 'Dupliquer le scénario' },
    enabled: hasScenarios,
    run: (ctx) => {
      const id = activeScenarioId(designOf(ctx));
      if (id !== undefined) commit(ctx, duplicateScenario(designOf(ctx), id, ctx.ui.getState().lang));
    },
  },
  {
    id: 'scenario.delete',
    label: { en: 'Delete scenario', fr: 'Supprimer le scénario' },
    enabled: (ctx) => {
      const id = activeScenarioId(designOf(ctx));
      return id !== undefined && canDeleteScenario(designOf(ctx), id);
    },
    run: (ctx) => {
      const id = activeScenarioId(designOf(ctx));
      if (id !== undefined) commit(ctx, deleteScenario(designOf(ctx), id));
    },
  },
  {
    id: 'scenario.moveUp',
    label: { en: 'Move scenario up', fr: 'Monter le scénario' },
    enabled: (ctx) => activeIndex(ctx) > 0,
    run: (ctx) => moveActive(ctx, -1),
  },
  {
    id: 'scenario.moveDown',
    label: { en: 'Move scenario down', fr: 'Descendre le scénario' },
    enabled: (ctx) => {
      const i = activeIndex(ctx);
      return i >= 0 && i < designOf(ctx).scenarios.length - 1;
    },
    run: (ctx) => moveActive(ctx, 1),
  },
  {
    id: 'scenario.compare',
    label: { en: 'Compare scenarios', fr: 'Comparer les scénarios' },
    glyph: '⚖',
    enabled: hasScenarios,
    run: (ctx) => scenarioViewStoreFor(ctx.ui).getState().openCompare(),
  },
  {
    id: 'scenario.toggleDiagramCompare',
    label: { en: 'Show deltas on the diagram', fr: 'Afficher les écarts sur le schéma' },
    enabled: (ctx) => designOf(ctx).scenarios.length > 1,
    run: (ctx) => {
      const view = scenarioViewStoreFor(ctx.ui).getState();
      view.setDiagramCompare(!view.diagramCompare);
    },
  },
  {
    id: 'scenario.exportComparisonCsv',
    label: { en: 'Export the comparison as CSV', fr: 'Exporter la comparaison en CSV' },
    enabled: hasScenarios,
    run: (ctx) => exportCsv(ctx, 'comparison'),
  },
  {
    id: 'scenario.exportProjectionCsv',
    label: { en: 'Export the 12-month projection as CSV', fr: 'Exporter la projection sur 12 mois en CSV' },
    enabled: hasScenarios,
    run: (ctx) => exportCsv(ctx, 'projection'),
  },
];
