/** Copy and paste of nodes with the connections between them (pure). */
import type { Connection, Design, ServiceNode } from '../../../shared/model';
import { stripIndex, uniqueId, usedIds } from './ids';
import type { Selection } from './selection';

export interface ClipboardContent {
  readonly nodes: readonly ServiceNode[];
  /** Connections whose both ends are among `nodes`. */
  readonly connections: readonly Connection[];
}

export const PASTE_OFFSET = 40;

export function copySelection(design: Design, selection: Selection): ClipboardContent | null {
  const ids = new Set(selection.nodes);
  const nodes = design.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const connections = design.connections.filter((c) => ids.has(c.source) && ids.has(c.target));
  return { nodes, connections };
}

/**
 * Adds copies of the clipboard's nodes with new unique ids, offset by `offset`, and the
 * connections between them re-pointed to the copies. Returns the new node ids.
 */
export function pasteContent(
  design: Design,
  clip: ClipboardContent,
  offset = PASTE_OFFSET,
): { design: Design; nodeIds: string[] } {
  const taken = usedIds(design);
  const groups = new Set(design.groups.map((g) => g.id));
  const rename = new Map<string, string>();
  const nodes = clip.nodes.map((n) => {
    const id = uniqueId(stripIndex(n.id), taken);
    rename.set(n.id, id);
    const { group, ...rest } = n;
    const copy: ServiceNode = {
      ...rest,
      id,
      position: { x: n.position.x + offset, y: n.position.y + offset },
      config: { ...n.config },
      usage: { ...n.usage },
    };
    return group !== undefined && groups.has(group) ? { ...copy, group } : copy;
  });
  const connections = clip.connections.map((c) => {
    const source = rename.get(c.source) ?? c.source;
    const target = rename.get(c.target) ?? c.target;
    return { ...c, id: uniqueId(`${source}To${target}`.slice(0, 60), taken), source, target };
  });
  return {
    design: {
      ...design,
      nodes: [...design.nodes, ...nodes],
      connections: [...design.connections, ...connections],
    },
    nodeIds: nodes.map((n) => n.id),
  };
}
