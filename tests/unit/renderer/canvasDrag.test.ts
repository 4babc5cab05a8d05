import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { priceBooks } from '../../../catalog';
import { regroupAfterDrag } from '../../../renderer/src/canvas/applyFlowChanges';
import {
  mergeDragPositions,
  noDragPositions,
  splitDragChanges,
  withDragPositions,
  type DragPositions,
} from '../../../renderer/src/canvas/dragOverlay';
import { dispatchNodeChanges } from '../../../renderer/src/canvas/nodeChanges';
import { SERVICE_NODE_SIZE, toFlowNodes, type FlowNode } from '../../../renderer/src/canvas/projection';
import { costReportFor } from '../../../renderer/src/cost/costReport';
import { emptySelection } from '../../../renderer/src/model/selection';
import { groupById, nodeById } from '../../../renderer/src/store/designIndex';
import { createDesignStore } from '../../../renderer/src/store/designStore';
import { createUiStore } from '../../../renderer/src/store/uiStore';
import { estimateDesign } from '../../../shared/pricing';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from './testCatalog';

const design = designBuilder('Drag')
  .node('Api', 'apiGateway', { position: { x: 0, y: 0 } })
  .node('Fn', 'lambda', { position: { x: 300, y: 0 } })
  .node('Table', 'dynamodb', { position: { x: 600, y: 0 } })
  .connect('Api', 'Fn', 'invoke')
  .connect('Fn', 'Table', 'write')
  .load('Api', 2_000_000)
  .build();

const move = (id: string, x: number, y: number, dragging: boolean): NodeChange<FlowNode> => ({
  type: 'position',
  id,
  position: { x, y },
  dragging,
});

/** Runs a drag of `Fn` through the canvas's change path: 30 moves, then the drop. */
function dragFn() {
  const store = createDesignStore(design);
  const ui = createUiStore();
  let designUpdates = 0;
  store.subscribe((s, p) => {
    if (s.design !== p.design) designUpdates += 1;
  });
  let shown: DragPositions = noDragPositions;
  const targets = {
    design: store,
    ui,
    onDragMoves: (moves: DragPositions) => (shown = mergeDragPositions(shown, moves)),
    onMeasured: () => undefined,
  };
  dispatchNodeChanges(targets, [{ type: 'select', id: 'Fn', selected: true }]);
  store.getState().beginGesture();
  for (let i = 1; i <= 30; i++) dispatchNodeChanges(targets, [move('Fn', 300 + i * 5, i * 2, true)]);
  const duringDrag = { designUpdates, shown, design: store.getState().design };
  dispatchNodeChanges(targets, [move('Fn', 450, 60, false)]);
  const dropped = regroupAfterDrag(store.getState().design, ['Fn'], new Map(), SERVICE_NODE_SIZE);
  if (dropped !== store.getState().design) store.getState().preview(dropped);
  store.getState().endGesture();
  return { store, ui, duringDrag, designUpdates };
}

describe('canvas drag', () => {
  it('keeps drag positions out of the design until the drop, then records one history step', () => {
    const { store, ui, duringDrag, designUpdates } = dragFn();
    // The drop previews the final design; ending the gesture records it (start, then end).
    expect(duringDrag.designUpdates).toBe(0);
    expect(duringDrag.design).toBe(design);
    expect(duringDrag.shown.get('Fn')).toEqual({ x: 450, y: 60 });
    expect(designUpdates).toBeLessThanOrEqual(3);
    expect(nodeById(store.getState().design, 'Fn')?.position).toEqual({ x: 450, y: 60 });
    expect(ui.getState().selection.nodes).toEqual(['Fn']);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().design).toBe(design);
  });

  it('a drag does not re-estimate the cost: layout-only designs reuse the report', () => {
    const catalog = { ...testCatalog };
    let estimates = 0;
    const counting: typeof estimateDesign = (...args) => {
      estimates += 1;
      return estimateDesign(...args);
    };
    const before = costReportFor(design, catalog, priceBooks, counting);
    expect(estimates).toBe(1);
    const { store } = dragFn();
    const after = costReportFor(store.getState().design, catalog, priceBooks, counting);
    expect(after).toBe(before);
    expect(estimates).toBe(1);
    // A real edit (Lambda memory) is estimated again.
    const edited = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'Fn' ? { ...n, config: { memoryMb: 2048 } } : n)),
    };
    costReportFor(edited, catalog, priceBooks, counting);
    expect(estimates).toBe(2);
  });

  it('splits drag moves from other changes and shows them over the projection', () => {
    const select: NodeChange<FlowNode> = { type: 'select', id: 'Api', selected: true };
    const { moves, rest } = splitDragChanges([move('Fn', 1, 2, true), select, move('Api', 5, 5, false)]);
    expect([...moves]).toEqual([['Fn', { x: 1, y: 2 }]]);
    expect(rest).toEqual([select, move('Api', 5, 5, false)]);

    const nodes = toFlowNodes(design, emptySelection, new Map());
    expect(withDragPositions(nodes, noDragPositions)).toBe(nodes);
    const shown = withDragPositions(nodes, moves);
    expect(shown[0]).toBe(nodes[0]);
    expect(shown[2]).toBe(nodes[2]);
    expect(shown[1]?.position).toEqual({ x: 1, y: 2 });
    expect(mergeDragPositions(moves, new Map())).toBe(moves);
  });

  it('looks nodes and groups up by id, one index per array', () => {
    expect(nodeById(design, 'Table')).toBe(design.nodes[2]);
    expect(nodeById(design, 'Nope')).toBeUndefined();
    expect(groupById(design, 'Nope')).toBeUndefined();
  });
});
