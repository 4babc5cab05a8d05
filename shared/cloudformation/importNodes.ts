import type { ConfigValue } from '../model/design';
import type { Catalog, CfnResource, ServiceDefinition } from '../service/types';
import { recoverConfig } from './importConfig';
import type { ImportedResource } from './importShape';
import { referencedIds } from './references';

export type Outcome = 'node' | 'part' | 'connection' | 'group' | 'network' | 'unsupported';

/** What became of one resource of the imported template. */
export interface ImportReportEntry {
  readonly logicalId: string;
  readonly type: string;
  readonly outcome: Outcome;
  readonly detail: string;
}

export interface ImportedNode {
  readonly id: string;
  readonly logicalId: string;
  readonly service: ServiceDefinition;
  readonly config: Readonly<Record<string, ConfigValue>>;
  group?: string;
}

/** Shared state of one import: resources, references, who owns what. */
export class ImportState {
  readonly ids: string[];
  readonly refs = new Map<string, string[]>();
  readonly nodes = new Map<string, ImportedNode>(); // by logical id
  /** Logical id → logical id of the node it belongs to (the node itself for nodes). */
  readonly owner = new Map<string, string>();
  readonly entries = new Map<string, ImportReportEntry>();
  private readonly usedIds = new Set<string>();

  constructor(
    readonly resources: Readonly<Record<string, ImportedResource>>,
    readonly catalog: Catalog,
  ) {
    this.ids = Object.keys(resources);
    for (const id of this.ids)
      this.refs.set(
        id,
        referencedIds(resources[id]!.Properties).filter((r) => r in resources && r !== id),
      );
  }

  /** A design id derived from a logical id: alphanumeric, starts with a letter, unique. */
  designId(wanted: string): string {
    let base = wanted.replace(/[^A-Za-z0-9]/g, '');
    if (!/^[A-Za-z]/.test(base)) base = `R${base}`;
    base = base.slice(0, 60);
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}${n}`;
    this.usedIds.add(id);
    return id;
  }

  record(logicalId: string, outcome: Outcome, detail: string): void {
    this.entries.set(logicalId, { logicalId, type: this.resources[logicalId]!.Type, outcome, detail });
  }

  /** Nodes a resource refers to, parts mapped to their node, in first-seen order. */
  nodesReferencedBy(logicalId: string): string[] {
    const out: string[] = [];
    for (const r of this.refs.get(logicalId) ?? []) {
      const node = this.owner.get(r);
      if (node !== undefined && !out.includes(node)) out.push(node);
    }
    return out;
  }
}

/**
 * A resource becomes a node of the service whose mapping, replayed for that logical id,
 * puts a resource of the same type under that id (the node's main resource), the most
 * similar one when several services could; resources the mapping creates beside it
 * (log group, endpoint config, role...) become the node's parts, and so do the roles a
 * compute node refers to. A candidate that is a part of another node is not a node.
 *
 * @example
 * findNodes(state); state.nodes.get('Fn')?.service.id // 'lambda'
 */
export function findNodes(state: ImportState): void {
  const services = Object.values(state.catalog);
  const candidates: Candidate[] = [];
  for (const logicalId of state.ids) {
    const resource = state.resources[logicalId]!;
    if (state.entries.has(logicalId)) continue;
    let best: (Candidate & { score: number }) | undefined;
    for (const service of services) {
      if (service.group || !service.cloudformation.types.includes(resource.Type)) continue;
      const recovered = recoverConfig(service, logicalId, state.resources);
      if (recovered === undefined) continue;
      if (best === undefined || recovered.score > best.score)
        best = {
          logicalId,
          service,
          config: recovered.config,
          replayed: recovered.replayed,
          score: recovered.score,
        };
    }
    if (best) candidates.push(best);
  }
  const partOf = new Map<string, string>();
  for (const candidate of candidates)
    for (const part of partsOf(state, candidate))
      if (!partOf.has(part)) partOf.set(part, candidate.logicalId);

  for (const candidate of candidates) {
    const owner = partOf.get(candidate.logicalId);
    if (owner !== undefined && owner !== candidate.logicalId) continue;
    const id = state.designId(candidate.logicalId);
    state.nodes.set(candidate.logicalId, {
      id,
      logicalId: candidate.logicalId,
      service: candidate.service,
      config: candidate.config,
    });
    state.owner.set(candidate.logicalId, candidate.logicalId);
    state.record(candidate.logicalId, 'node', `${candidate.service.name.en} node ${id}`);
  }
  for (const [part, owner] of partOf) {
    if (!state.nodes.has(owner) || state.owner.has(part)) continue;
    state.owner.set(part, owner);
    state.record(part, 'part', `created with node ${state.nodes.get(owner)!.id}`);
  }
  attachByReference(state);
}

interface Candidate {
  readonly logicalId: string;
  readonly service: ServiceDefinition;
  readonly config: Record<string, ConfigValue>;
  readonly replayed: Readonly<Record<string, CfnResource>>;
}

/** Resources created with the node: the mapping's other resources and the roles it runs as. */
function partsOf(state: ImportState, candidate: Candidate): string[] {
  const out: string[] = [];
  for (const [id, resource] of Object.entries(candidate.replayed))
    if (id !== candidate.logicalId && state.resources[id]?.Type === resource.Type) out.push(id);
  const role = `${candidate.logicalId}Role`;
  if (candidate.service.cloudformation.role && state.resources[role]?.Type === 'AWS::IAM::Role')
    out.push(role);
  if (candidate.service.cloudformation.role)
    for (const id of state.refs.get(candidate.logicalId) ?? [])
      if (state.resources[id]?.Type === 'AWS::IAM::Role' && !out.includes(id)) out.push(id);
  return out;
}

/**
 * Remaining resources of a type the node's service declares (types[1..]), and IAM roles
 * and instance profiles, join the node that refers to them or that they refer to.
 */
function attachByReference(state: ImportState): void {
  const attachable = (id: string, node: ImportedNode): boolean => {
    const type = state.resources[id]!.Type;
    return (
      node.service.cloudformation.types.includes(type) ||
      type === 'AWS::IAM::Role' ||
      type === 'AWS::IAM::InstanceProfile'
    );
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of state.ids) {
      if (state.owner.has(id)) continue;
      const owners = new Set<string>();
      for (const other of state.ids) {
        const owner = state.owner.get(other);
        if (owner === undefined) continue;
        if ((state.refs.get(other) ?? []).includes(id) || (state.refs.get(id) ?? []).includes(other))
          owners.add(owner);
      }
      const node = [...owners].map((o) => state.nodes.get(o)!).find((n) => attachable(id, n));
      if (node === undefined) continue;
      const referencedByNode = [...state.ids].some(
        (o) => state.owner.get(o) === node.logicalId && (state.refs.get(o) ?? []).includes(id),
      );
      if (state.resources[id]!.Type.startsWith('AWS::IAM::') && !referencedByNode) continue;
      state.owner.set(id, node.logicalId);
      state.record(id, 'part', `belongs to node ${node.id}`);
      changed = true;
    }
  }
}
