/**
 * The React Flow view of a Design: nodes and edges are a projection, rebuilt from the
 * document; `data` carries only the id. Design positions are absolute; React Flow wants
 * children relative to their parent group, parents listed before children.
 */
import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { Design, Group, Position } from '../../../shared/model';
import type { Lang } from '../../../shared/service/types';
import { kindNames } from '../i18n/kinds';
import type { Selection } from '../model/selection';

export interface ItemData extends Record<string, unknown> {
  readonly id: string;
}
export type FlowNode = Node<ItemData>;
export type FlowEdge = Edge<ItemData>;

export const SERVICE_NODE_TYPE = 'service';
export const GROUP_NODE_TYPE = 'awsGroup';
/** The node card's size (styles/app.css); shared/cloudformation/layout.ts NODE_SIZE assumes the same. */
export const SERVICE_NODE_SIZE = { width: 188, height: 64 } as const;

export type MeasuredSizes = ReadonlyMap<string, { width: number; height: number }>;

/** Absolute position of every group. */
export function groupOrigins(design: Design): Map<string, Position> {
  return new Map(design.groups.map((g) => [g.id, g.position]));
}

function depth(group: Group, byId: ReadonlyMap<string, Group>): number {
  let d = 0;
  let parent = group.parent;
  const seen = new Set<string>();
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent);
    d += 1;
    parent = byId.get(parent)?.parent;
  }
  return d;
}

const relative = (p: Position, origin: Position | undefined): Position =>
  origin ? { x: p.x - origin.x, y: p.y - origin.y } : p;

export function toFlowNodes(design: Design, selection: Selection, measured: MeasuredSizes): FlowNode[] {
  const byId = new Map(design.groups.map((g) => [g.id, g]));
  const origins = groupOrigins(design);
  const selectedNodes = new Set(selection.nodes);
  const selectedGroups = new Set(selection.groups);
  const groups = [...design.groups]
    .map((g) => ({ g, d: depth(g, byId) }))
    .sort((a, b) => a.d - b.d)
    .map(({ g, d }): FlowNode => {
      const parent = g.parent !== undefined && byId.has(g.parent) ? g.parent : undefined;
      return {
        id: g.id,
        type: GROUP_NODE_TYPE,
        position: relative(g.position, parent !== undefined ? origins.get(parent) : undefined),
        data: { id: g.id },
        width: g.size.width,
        height: g.size.height,
        measured: { width: g.size.width, height: g.size.height },
        selected: selectedGroups.has(g.id),
        zIndex: d,
        dragHandle: '.group-node__header',
        ...(parent !== undefined ? { parentId: parent } : {}),
      };
    });
  const nodes = design.nodes.map((n): FlowNode => {
    const parent = n.group !== undefined && byId.has(n.group) ? n.group : undefined;
    const size = measured.get(n.id);
    return {
      id: n.id,
      type: SERVICE_NODE_TYPE,
      position: relative(n.position, parent !== undefined ? origins.get(parent) : undefined),
      data: { id: n.id },
      selected: selectedNodes.has(n.id),
      zIndex: 100,
      ...(size ? { measured: size } : {}),
      ...(parent !== undefined ? { parentId: parent } : {}),
    };
  });
  return [...groups, ...nodes];
}

/** A share as a percentage readable at any size: 2%, 12.5%, 0.05%. */
export function formatShare(ratio: number): string {
  const percent = ratio * 100;
  if (percent === 0) return '0%';
  const shown = percent >= 1 ? Math.round(percent * 10) / 10 : Number(percent.toPrecision(2));
  return `${shown}%`;
}

/** Below this distance between node origins an edge label would sit on the nodes. */
const MIN_LABELLED_LENGTH = 300;
/**
 * A selected short connection shows its label when at most this many are selected: beyond,
 * (select all on a large design) the labels would cover the canvas and cost a layout each.
 */
export const MAX_SELECTED_LABELS = 20;

export function toFlowEdges(design: Design, selection: Selection, lang: Lang = 'en'): FlowEdge[] {
  const selected = new Set(selection.connections);
  const labelSelected = selected.size <= MAX_SELECTED_LABELS;
  const positions = new Map(design.nodes.map((n) => [n.id, n.position]));
  const length = (a: string, b: string): number => {
    const p = positions.get(a);
    const q = positions.get(b);
    return p && q ? Math.hypot(p.x - q.x, p.y - q.y) : 0;
  };
  return design.connections.map((c) => ({
    id: c.id,
    source: c.source,
    target: c.target,
    data: { id: c.id },
    label:
      (labelSelected && selected.has(c.id)) ||
      c.ratio !== 1 ||
      length(c.source, c.target) >= MIN_LABELLED_LENGTH
        ? c.ratio !== 1
          ? `${kindNames[c.kind][lang]} · ${formatShare(c.ratio)}`
          : kindNames[c.kind][lang]
        : undefined,
    selected: selected.has(c.id),
    zIndex: 50,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    className: 'nuage-edge',
  }));
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.selected === b.selected &&
    a.width === b.width &&
    a.height === b.height &&
    a.zIndex === b.zIndex &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height
  );
}

function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.label === b.label &&
    a.selected === b.selected &&
    a.zIndex === b.zIndex &&
    a.className === b.className
  );
}

/**
 * Keeps the previous object for every item whose projection did not change, so React Flow
 * (and memoised node components) only update what moved during a drag.
 */
export function reuseUnchanged<T extends FlowNode | FlowEdge>(
  previous: readonly T[],
  next: readonly T[],
): T[] {
  if (previous.length === 0) return [...next];
  const byId = new Map(previous.map((item) => [item.id, item]));
  const same = (a: T, b: T): boolean =>
    'position' in a ? sameNode(a as FlowNode, b as FlowNode) : sameEdge(a as FlowEdge, b as FlowEdge);
  return next.map((item) => {
    const old = byId.get(item.id);
    return old !== undefined && same(old, item) ? old : item;
  });
}

/** Remembers the last projection of one canvas and applies `reuseUnchanged` to the next. */
export class ProjectionCache {
  private lastNodes: FlowNode[] = [];
  private lastEdges: FlowEdge[] = [];

  nodes(next: readonly FlowNode[]): FlowNode[] {
    this.lastNodes = reuseUnchanged(this.lastNodes, next);
    return this.lastNodes;
  }

  edges(next: readonly FlowEdge[]): FlowEdge[] {
    this.lastEdges = reuseUnchanged(this.lastEdges, next);
    return this.lastEdges;
  }
}
