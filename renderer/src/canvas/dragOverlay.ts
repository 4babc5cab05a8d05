/**
 * Drag positions kept in the canvas while a drag is in progress: React Flow reports a
 * position change on every pointer move, and writing each one to the design store would make
 * every subscriber (cost, problems, inspector, each node card) run per frame. The canvas shows
 * these positions over the projection and writes the design once, when the drag ends.
 */
import type { NodeChange, XYPosition } from '@xyflow/react';
import type { FlowNode } from './projection';

/** Parent-relative positions of the nodes being dragged, by id. */
export type DragPositions = ReadonlyMap<string, XYPosition>;

export const noDragPositions: DragPositions = new Map();

/**
 * Splits React Flow node changes into the positions of an ongoing drag (`dragging: true`) and
 * every other change (selection, sizes, the final position when the drag ends).
 *
 * @example
 * splitDragChanges([{ type: 'position', id: 'A', position: { x: 1, y: 2 }, dragging: true }])
 * // { moves: Map { 'A' => { x: 1, y: 2 } }, rest: [] }
 */
export function splitDragChanges(changes: readonly NodeChange<FlowNode>[]): {
  moves: DragPositions;
  rest: NodeChange<FlowNode>[];
} {
  const moves = new Map<string, XYPosition>();
  const rest: NodeChange<FlowNode>[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.dragging === true && change.position)
      moves.set(change.id, change.position);
    else rest.push(change);
  }
  return { moves, rest };
}

/** The previous drag positions updated with new moves (the same map when there are none). */
export function mergeDragPositions(previous: DragPositions, moves: DragPositions): DragPositions {
  if (moves.size === 0) return previous;
  const next = new Map(previous);
  for (const [id, position] of moves) next.set(id, position);
  return next;
}

/**
 * The projected nodes with the drag positions shown: the same array when nothing is dragged,
 * and the same object for every node that is not dragged (React Flow skips those).
 */
export function withDragPositions(nodes: FlowNode[], positions: DragPositions): FlowNode[] {
  if (positions.size === 0) return nodes;
  return nodes.map((node) => {
    const position = positions.get(node.id);
    return position === undefined || (position.x === node.position.x && position.y === node.position.y)
      ? node
      : { ...node, position, dragging: true };
  });
}
