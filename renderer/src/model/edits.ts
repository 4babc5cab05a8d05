/**
 * Pure edits of the Design used by commands and the canvas. Each returns a new Design and
 * never mutates its input. Node and group positions in the Design are absolute canvas
 * coordinates; the canvas projection converts them to React Flow's parent-relative ones.
 */
import type {
  ConfigValue,
  Connection,
  ConnectionKind,
  Design,
  Group,
  GroupKind,
  Position,
  ServiceNode,
} from '../../../shared/model';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import type { ServiceDefinition } from '../../../shared/service/types';
import { idBase, uniqueId, usedIds } from './ids';
import type { Selection } from './selection';

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    region: 'us-east-1',
    nodes: [],
    connections: [],
    groups: [],
    scenarios: [],
    notes: '',
  };
}

/** Config with each field's default, as a new node gets it. */
export function defaultConfig(service: ServiceDefinition): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const [key, field] of Object.entries(service.config)) out[key] = field.default;
  return out;
}

export const groupSizes: Readonly<Record<GroupKind, { width: number; height: number }>> = {
  vpc: { width: 560, height: 360 },
  availabilityZone: { width: 420, height: 300 },
  subnet: { width: 320, height: 220 },
};

export function groupKindOf(service: ServiceDefinition): GroupKind {
  if (service.id === 'subnet') return 'subnet';
  if (service.id === 'availabilityZone') return 'availabilityZone';
  return 'vpc';
}

/** Adds a node of `service` at `position` (absolute), in `group` if given. */
export function addServiceNode(
  design: Design,
  service: ServiceDefinition,
  position: Position,
  group?: string,
): { design: Design; id: string } {
  const id = uniqueId(idBase(service.id), usedIds(design));
  const node: ServiceNode = {
    id,
    service: service.id,
    label: service.name.en,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    config: defaultConfig(service),
    usage: {},
    ...(group !== undefined ? { group } : {}),
  };
  return { design: { ...design, nodes: [...design.nodes, node] }, id };
}

/** Adds a group container (VPC, subnet) whose top-left corner is `position`. */
export function addGroup(
  design: Design,
  service: ServiceDefinition,
  position: Position,
  parent?: string,
): { design: Design; id: string } {
  const kind = groupKindOf(service);
  const id = uniqueId(idBase(service.id === 'vpc' ? 'VPC' : service.id), usedIds(design));
  const group: Group = {
    id,
    kind,
    label: id,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    size: groupSizes[kind],
    config: defaultConfig(service),
    ...(parent !== undefined ? { parent } : {}),
  };
  return { design: { ...design, groups: [...design.groups, group] }, id };
}

export function updateNode(
  design: Design,
  id: string,
  patch: Partial<Pick<ServiceNode, 'label' | 'config' | 'usage' | 'group' | 'position'>>,
): Design {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)) };
}

export function updateGroup(
  design: Design,
  id: string,
  patch: Partial<Pick<Group, 'label' | 'config' | 'size' | 'position'>>,
): Design {
  return { ...design, groups: design.groups.map((g) => (g.id === id ? { ...g, ...patch } : g)) };
}

export function updateConnection(
  design: Design,
  id: string,
  patch: Partial<Pick<Connection, 'kind' | 'ratio' | 'payloadBytes' | 'label'>>,
): Design {
  return {
    ...design,
    connections: design.connections.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c, ...patch };
      if ('payloadBytes' in patch && patch.payloadBytes === undefined) delete next.payloadBytes;
      return next;
    }),
  };
}

export function addConnection(
  design: Design,
  source: string,
  target: string,
  kind: ConnectionKind,
): { design: Design; id: string } {
  const id = uniqueId(`${source}To${target}`.slice(0, 60), usedIds(design));
  const connection: Connection = { id, source, target, kind, ratio: 1 };
  return { design: { ...design, connections: [...design.connections, connection] }, id };
}

/** Moves nodes and groups to new absolute positions; a moved group carries its contents. */
export function moveItems(
  design: Design,
  nodes: Readonly<Record<string, Position>>,
  groups: Readonly<Record<string, Position>>,
): Design {
  const shift = new Map<string, Position>();
  for (const g of design.groups) {
    const to = groups[g.id];
    if (to) shift.set(g.id, { x: to.x - g.position.x, y: to.y - g.position.y });
  }
  const inheritedShift = (groupId: string | undefined): Position | undefined => {
    let current = groupId;
    const seen = new Set<string>();
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const s = shift.get(current);
      if (s) return s;
      current = design.groups.find((g) => g.id === current)?.parent;
    }
    return undefined;
  };
  return {
    ...design,
    groups: design.groups.map((g) => {
      const to = groups[g.id];
      if (to) return { ...g, position: to };
      const s = inheritedShift(g.parent);
      return s ? { ...g, position: { x: g.position.x + s.x, y: g.position.y + s.y } } : g;
    }),
    nodes: design.nodes.map((n) => {
      const to = nodes[n.id];
      if (to) return { ...n, position: to };
      const s = inheritedShift(n.group);
      return s ? { ...n, position: { x: n.position.x + s.x, y: n.position.y + s.y } } : n;
    }),
  };
}

/** Deletes the selection: nodes with their connections and scenario entries; groups release their contents. */
export function deleteItems(design: Design, selection: Selection): Design {
  const nodeIds = new Set(selection.nodes);
  const groupIds = new Set(selection.groups);
  const connectionIds = new Set(selection.connections);
  if (nodeIds.size + groupIds.size + connectionIds.size === 0) return design;
  const parentOf = new Map(design.groups.map((g) => [g.id, g.parent]));
  const survivingParent = (id: string | undefined): string | undefined => {
    let current = id;
    while (current !== undefined && groupIds.has(current)) current = parentOf.get(current);
    return current;
  };
  return {
    ...design,
    nodes: design.nodes
      .filter((n) => !nodeIds.has(n.id))
      .map((n) =>
        n.group !== undefined && groupIds.has(n.group) ? withGroup(n, survivingParent(n.group)) : n,
      ),
    groups: design.groups
      .filter((g) => !groupIds.has(g.id))
      .map((g) =>
        g.parent !== undefined && groupIds.has(g.parent) ? withParent(g, survivingParent(g.parent)) : g,
      ),
    connections: design.connections.filter(
      (c) => !connectionIds.has(c.id) && !nodeIds.has(c.source) && !nodeIds.has(c.target),
    ),
    scenarios: design.scenarios.map((s) => ({
      ...s,
      loads: s.loads.filter((l) => !nodeIds.has(l.nodeId)),
      overrides: Object.fromEntries(Object.entries(s.overrides).filter(([id]) => !nodeIds.has(id))),
    })),
  };
}

export function withGroup(node: ServiceNode, group: string | undefined): ServiceNode {
  const { group: _old, ...rest } = node;
  return group === undefined ? rest : { ...rest, group };
}

function withParent(g: Group, parent: string | undefined): Group {
  const { parent: _old, ...rest } = g;
  return parent === undefined ? rest : { ...rest, parent };
}

/** The innermost group whose rectangle contains `point` (absolute), excluding `exclude`. */
export function groupAt(design: Design, point: Position, exclude?: ReadonlySet<string>): string | undefined {
  let best: Group | undefined;
  for (const g of design.groups) {
    if (exclude?.has(g.id)) continue;
    const inside =
      point.x >= g.position.x &&
      point.y >= g.position.y &&
      point.x <= g.position.x + g.size.width &&
      point.y <= g.position.y + g.size.height;
    if (inside && (!best || g.size.width * g.size.height < best.size.width * best.size.height)) best = g;
  }
  return best?.id;
}
