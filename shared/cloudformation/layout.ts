import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Position } from '../model/design';

/** Size of a service node on the canvas (matches the renderer's node card). */
export const NODE_SIZE = { width: 188, height: 64 } as const;
const EMPTY_GROUP = { width: 240, height: 140 } as const;

export interface LayoutInput {
  readonly nodes: readonly { readonly id: string; readonly group?: string }[];
  readonly groups: readonly { readonly id: string; readonly parent?: string }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

export interface LayoutResult {
  /** Absolute positions of nodes and groups (top-left corners). */
  readonly positions: ReadonlyMap<string, Position>;
  readonly sizes: ReadonlyMap<string, { readonly width: number; readonly height: number }>;
}

let elk: InstanceType<typeof ELK> | undefined;

/**
 * Lays a design out left to right with ELK's layered algorithm, groups as containers
 * around their members. Deterministic for the same input.
 *
 * @example
 * const { positions } = await layoutGraph({ nodes: [{ id: 'A' }, { id: 'B' }], groups: [],
 *   edges: [{ id: 'AB', source: 'A', target: 'B' }] });
 * positions.get('B')!.x > positions.get('A')!.x // true
 */
export async function layoutGraph(input: LayoutInput): Promise<LayoutResult> {
  elk ??= new ELK();
  const children = new Map<string | undefined, ElkNode[]>();
  const push = (parent: string | undefined, child: ElkNode): void => {
    children.set(parent, [...(children.get(parent) ?? []), child]);
  };
  const groupIds = new Set(input.groups.map((g) => g.id));
  for (const node of input.nodes)
    push(node.group !== undefined && groupIds.has(node.group) ? node.group : undefined, {
      id: node.id,
      ...NODE_SIZE,
    });
  for (const group of input.groups)
    push(group.parent !== undefined && groupIds.has(group.parent) ? group.parent : undefined, {
      id: group.id,
      layoutOptions: { 'elk.padding': '[top=48,left=24,bottom=24,right=24]' },
    });
  const build = (node: ElkNode): ElkNode => {
    const inside = children.get(node.id) ?? [];
    if (!groupIds.has(node.id)) return node;
    return inside.length === 0 ? { ...node, ...EMPTY_GROUP } : { ...node, children: inside.map(build) };
  };
  const edges: ElkExtendedEdge[] = input.edges.map((e) => ({
    id: e.id,
    sources: [e.source],
    targets: [e.target],
  }));
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.randomSeed': '1',
    },
    children: (children.get(undefined) ?? []).map(build),
    edges,
  };
  const laid = await elk.layout(graph);
  const positions = new Map<string, Position>();
  const sizes = new Map<string, { width: number; height: number }>();
  const walk = (node: ElkNode, origin: Position): void => {
    const at = { x: Math.round(origin.x + (node.x ?? 0)), y: Math.round(origin.y + (node.y ?? 0)) };
    positions.set(node.id, at);
    sizes.set(node.id, {
      width: Math.round(node.width ?? NODE_SIZE.width),
      height: Math.round(node.height ?? NODE_SIZE.height),
    });
    for (const child of node.children ?? [])
      walk(child, { x: origin.x + (node.x ?? 0), y: origin.y + (node.y ?? 0) });
  };
  for (const child of laid.children ?? []) walk(child, { x: 0, y: 0 });
  return { positions, sizes };
}
