/**
 * Where React Flow's node changes go: positions of an ongoing drag to the canvas only (see
 * dragOverlay), everything else to the design store (a preview during a gesture, a commit
 * otherwise) and the selection to the UI store.
 */
import type { NodeChange } from '@xyflow/react';
import type { DesignStore } from '../store/designStore';
import type { UiStore } from '../store/uiStore';
import { applyNodeChanges } from './applyFlowChanges';
import { splitDragChanges, type DragPositions } from './dragOverlay';
import type { FlowNode, MeasuredSizes } from './projection';

export interface NodeChangeTargets {
  readonly design: DesignStore;
  readonly ui: UiStore;
  /** Positions of nodes being dragged, shown by the canvas until the drag ends. */
  readonly onDragMoves: (moves: DragPositions) => void;
  /** Sizes of service nodes measured by React Flow. */
  readonly onMeasured: (sizes: MeasuredSizes) => void;
}

export function dispatchNodeChanges(targets: NodeChangeTargets, all: readonly NodeChange<FlowNode>[]): void {
  const { moves, rest } = splitDragChanges(all);
  if (moves.size > 0) targets.onDragMoves(moves);
  if (rest.length === 0) return;
  const store = targets.design.getState();
  const ui = targets.ui.getState();
  const outcome = applyNodeChanges(store.design, ui.selection, rest);
  if (outcome.measured.size > 0) targets.onMeasured(outcome.measured);
  if (outcome.design !== store.design) {
    if (store.isGesturing()) store.preview(outcome.design);
    else store.commit(outcome.design);
  }
  ui.setSelection(outcome.selection);
}
