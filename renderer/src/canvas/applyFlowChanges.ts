/**
 * Turns React Flow node changes into Design edits and selection updates (pure, so it is
 * tested without a DOM). Positions arrive parent-relative and are stored absolute.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Design, Position } from '../../../shared/model';
import { groupAt, moveItems, updateGroup, withGroup } from '../model/edits';
import type { Selection } from '../model/selection';
import type { FlowEdge, FlowNode } from './projection';

export interface NodeChangeOutcome {
  readonly design: Design;
  readonly selection: Selection;
  /** Measured sizes of service nodes reported by React Flow. */
  readonly measured: ReadonlyMap<string, { width: number; height: number }>;
}

export function applyNodeChanges(
  design: Design,
  selection: Selection,
  changes: readonly NodeChange<FlowNode>[],
): NodeChangeOutcome {
  const groupIds = new Set(design.groups.map((g) => g.id));
  const nodeParent = new Map(design.nodes.map((n) => [n.id, n.group]));
  const groupParent = new Map(design.groups.map((g) => [g.id, g.parent]));
  const measured = new Map<string, { width: number; height: number }>();
  let nodes = new Set(selection.nodes);
  let groups = new Set(selection.groups);
  const groupMoves: Record<string, Position> = {};
  const nodeMoves: Record<string, Position> = {};
  const relativeMoves: { id: string; position: Position; isGroup: boolean }[] = [];
  let next = design;

  for (const change of changes) {
    if (change.type === 'select') {
      const target = groupIds.has(change.id) ? groups : nodes;
      if (change.selected) target.add(change.id);
      else target.delete(change.id);
    } else if (change.type === 'position' && change.position) {
      relativeMoves.push({ id: change.id, position: change.position, isGroup: groupIds.has(change.id) });
    } else if (change.type === 'dimensions' && change.dimensions) {
      if (groupIds.has(change.id)) {
        if (change.resizing || change.setAttributes)
          next = updateGroup(next, change.id, {
            size: {
              width: Math.round(change.dimensions.width),
              height: Math.round(change.dimensions.height),
            },
          });
      } else measured.set(change.id, change.dimensions);
    }
  }

  if (relativeMoves.length > 0) {
    // Groups first, so children are placed against their parent's new origin.
    const origin = new Map(next.groups.map((g) => [g.id, g.position]));
    const absolute = (parent: string | undefined, p: Position): Position => {
      const o = parent !== undefined ? origin.get(parent) : undefined;
      return o ? { x: p.x + o.x, y: p.y + o.y } : p;
    };
    const ordered = [...relativeMoves].sort((a, b) => Number(b.isGroup) - Number(a.isGroup));
    for (const move of ordered) {
      if (move.isGroup) {
        const abs = absolute(groupParent.get(move.id), move.position);
        groupMoves[move.id] = abs;
        origin.set(move.id, abs);
      } else nodeMoves[move.id] = absolute(nodeParent.get(move.id), move.position);
    }
    next = moveItems(next, nodeMoves, groupMoves);
  }
  nodes = new Set([...nodes].filter((id) => next.nodes.some((n) => n.id === id)));
  groups = new Set([...groups].filter((id) => groupIds.has(id)));
  return {
    design: next,
    selection: { nodes: [...nodes], groups: [...groups], connections: selection.connections },
    measured,
  };
}

export function applyEdgeChanges(selection: Selection, changes: readonly EdgeChange<FlowEdge>[]): Selection {
  const connections = new Set(selection.connections);
  for (const change of changes) {
    if (change.type !== 'select') continue;
    if (change.selected) connections.add(change.id);
    else connections.delete(change.id);
  }
  return { ...selection, connections: [...connections] };
}

/**
 * After a drag: each moved service node joins the innermost group under its centre, and each
 * moved group the innermost other group under its centre (never itself or a descendant).
 */
export function regroupAfterDrag(
  design: Design,
  movedIds: readonly string[],
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  defaultSize: { width: number; height: number },
): Design {
  let next = design;
  for (const id of movedIds) {
    const node = next.nodes.find((n) => n.id === id);
    if (node) {
      const size = sizes.get(id) ?? defaultSize;
      const centre = { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
      const group = groupAt(next, centre);
      if (group !== node.group)
        next = { ...next, nodes: next.nodes.map((n) => (n.id === id ? withGroup(n, group) : n)) };
      continue;
    }
    const group = next.groups.find((g) => g.id === id);
    if (!group) continue;
    const excluded = descendantsOf(next, id);
    excluded.add(id);
    const centre = {
      x: group.position.x + group.size.width / 2,
      y: group.position.y + group.size.height / 2,
    };
    const parent = groupAt(next, centre, excluded);
    if (parent !== group.parent) {
      next = {
        ...next,
        groups: next.groups.map((g) => {
          if (g.id !== id) return g;
          const { parent: _old, ...rest } = g;
          return parent === undefined ? rest : { ...rest, parent };
        }),
      };
    }
  }
  return next;
}

function descendantsOf(design: Design, groupId: string): Set<string> {
  const out = new Set<string>();
  let frontier = [groupId];
  while (frontier.length > 0) {
    const children = design.groups.filter((g) => g.parent !== undefined && frontier.includes(g.parent));
    frontier = children.map((g) => g.id).filter((id) => !out.has(id));
    for (const id of frontier) out.add(id);
  }
  return out;
}
