import type { Connection, ConnectionKind } from '../model/design';
import type { ConnectionRule, ServiceDefinition } from '../service/types';
import { resolveConfig } from '../service/fields';
import type { ImportedNode, ImportState } from './importNodes';
import { referencedIds } from './references';

export type ImportedConnection = Pick<Connection, 'id' | 'source' | 'target' | 'kind'>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Kinds a wiring resource most likely stands for, by type. */
const preferredKinds: Readonly<Record<string, readonly ConnectionKind[]>> = {
  'AWS::Lambda::EventSourceMapping': ['stream', 'trigger', 'subscribe'],
  'AWS::SNS::Subscription': ['subscribe'],
  'AWS::Lambda::Permission': ['trigger', 'invoke'],
  'AWS::ApiGateway::Method': ['invoke'],
  'AWS::Events::Rule': ['trigger'],
};

function rulesBetween(source: ServiceDefinition, target: ServiceDefinition): ConnectionRule[] {
  return source.connections.filter((rule) => rule.targets.includes(target.id));
}

/** Collects connections without duplicates (same source, target and kind). */
class Connections {
  readonly list: ImportedConnection[] = [];
  constructor(private readonly state: ImportState) {}

  hasDirected(source: string, target: string): boolean {
    return this.list.some((c) => c.source === source && c.target === target);
  }

  has(a: string, b: string): boolean {
    return this.list.some((c) => (c.source === a && c.target === b) || (c.source === b && c.target === a));
  }

  add(source: ImportedNode, target: ImportedNode, kind: ConnectionKind, wantedId?: string): void {
    if (this.list.some((c) => c.source === source.id && c.target === target.id && c.kind === kind)) return;
    const free =
      wantedId !== undefined &&
      /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(wantedId) &&
      !this.state.nodes.has(wantedId);
    const id = this.state.designId(free ? wantedId : `${source.id}To${target.id}`.slice(0, 56));
    this.list.push({ id, source: source.id, target: target.id, kind });
  }
}

/**
 * The kinds whose IAM actions a statement grants, with how well they match: 3 = one kind's
 * actions exactly, 2 = kinds whose actions it all contains, 1 = a kind sharing most of the
 * statement's actions (a hand-written subset), 0 = none.
 */
function kindsForActions(
  rules: readonly ConnectionRule[],
  actions: ReadonlySet<string>,
): { kinds: ConnectionKind[]; quality: number } {
  const options: { kind: ConnectionKind; actions: readonly string[] }[] = [];
  for (const rule of rules)
    for (const kind of rule.kinds) {
      const granted = rule.iam?.[kind];
      if (granted && granted.length > 0) options.push({ kind, actions: granted });
    }
  const exact = options.find(
    (o) => o.actions.length === actions.size && o.actions.every((a) => actions.has(a)),
  );
  if (exact) return { kinds: [exact.kind], quality: 3 };
  const contained = options
    .filter((o) => o.actions.every((a) => actions.has(a)))
    .sort((a, b) => b.actions.length - a.actions.length);
  const covered = new Set<string>();
  const chosen: ConnectionKind[] = [];
  for (const option of contained)
    if (option.actions.some((a) => !covered.has(a)) && !chosen.includes(option.kind)) {
      chosen.push(option.kind);
      option.actions.forEach((a) => covered.add(a));
    }
  if (chosen.length > 0) return { kinds: chosen, quality: 2 };
  const overlapping = options
    .map((o) => ({ ...o, overlap: o.actions.filter((a) => actions.has(a)).length }))
    .filter((o) => o.overlap * 2 >= actions.size && o.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap);
  return overlapping.length > 0 ? { kinds: [overlapping[0]!.kind], quality: 1 } : { kinds: [], quality: 0 };
}

interface Grant {
  readonly sid?: string;
  readonly actions: ReadonlySet<string>;
  readonly targets: readonly string[];
}

/**
 * The use of a key the exporter adds to a role reaching an encrypted resource (Sid
 * `<connection>Key`, kms:Decrypt and perhaps kms:GenerateDataKey): it follows from the
 * resource's own `encrypt` connection, not from one of the role's node.
 */
function derivedKeyUse(statement: Readonly<Record<string, unknown>>): boolean {
  const actions = asList(statement['Action']);
  return (
    typeof statement['Sid'] === 'string' &&
    statement['Sid'].endsWith('Key') &&
    actions.length > 0 &&
    actions.every((a) => a === 'kms:Decrypt' || a === 'kms:GenerateDataKey')
  );
}

function grantsOf(document: unknown, state: ImportState): Grant[] {
  if (!isObject(document)) return [];
  return asList(document['Statement'])
    .filter(isObject)
    .filter((s) => s['Effect'] === 'Allow' && !derivedKeyUse(s))
    .map((s) => {
      const targets: string[] = [];
      for (const id of referencedIds(s['Resource'])) {
        const owner = state.owner.get(id);
        if (owner !== undefined && !targets.includes(owner)) targets.push(owner);
      }
      return {
        ...(typeof s['Sid'] === 'string' ? { sid: s['Sid'] } : {}),
        actions: new Set(asList(s['Action']).filter((a): a is string => typeof a === 'string')),
        targets,
      };
    });
}

/**
 * Connections recognised in the template: IAM statements on a node's role (the kinds whose
 * actions they grant), wiring resources joining two nodes (event-source mappings,
 * subscriptions, permissions, API methods), and node properties naming another node.
 * Each connection must be allowed by a catalog rule.
 *
 * @example
 * findConnections(state) // [{ id: 'StreamToFn', source: 'Stream', target: 'Fn', kind: 'stream' }]
 */
export function findConnections(state: ImportState): ImportedConnection[] {
  const found = new Connections(state);
  const node = (logicalId: string): ImportedNode => state.nodes.get(logicalId)!;

  // 1. IAM: inline policies of roles owned by nodes, and AWS::IAM::Policy attached to them.
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    let holders: string[] = [];
    let documents: unknown[] = [];
    if (resource.Type === 'AWS::IAM::Role' && state.owner.has(id)) {
      holders = [state.owner.get(id)!];
      // A policy present only under a condition is `Fn::If: [condition, policy, NoValue]`.
      documents = asList(resource.Properties['Policies'])
        .filter(isObject)
        .map((p) => (Array.isArray(p['Fn::If']) ? (p['Fn::If'] as unknown[])[1] : p))
        .filter(isObject)
        .map((p) => p['PolicyDocument']);
    } else if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
      holders = referencedIds(resource.Properties['Roles'])
        .map((role) => state.owner.get(role))
        .filter((o): o is string => o !== undefined);
      documents = [resource.Properties['PolicyDocument']];
    }
    let matched = false;
    for (const holder of holders)
      for (const grant of documents.flatMap((d) => grantsOf(d, state)))
        for (const target of grant.targets) {
          if (target === holder) continue;
          const [h, t] = [node(holder), node(target)];
          const forward = kindsForActions(rulesBetween(h.service, t.service), grant.actions);
          const backward = kindsForActions(rulesBetween(t.service, h.service), grant.actions);
          // The role of a function polling a stream holds the stream's read actions: the
          // connection then runs from the stream to the function.
          const [from, to, match] = backward.quality > forward.quality ? [t, h, backward] : [h, t, forward];
          const sid = match.kinds.length === 1 ? grant.sid : undefined;
          match.kinds.forEach((kind) => found.add(from, to, kind, sid));
          matched ||= match.kinds.length > 0;
        }
    if (!state.owner.has(id) && !state.entries.has(id) && holders.length > 0)
      state.record(
        id,
        matched ? 'connection' : 'part',
        matched ? 'permissions of connections' : `policy of node ${node(holders[0]!).id}`,
      );
  }

  // 2. Wiring resources that join nodes.
  for (const id of state.ids) {
    const resource = state.resources[id]!;
    if (state.owner.has(id) || state.entries.has(id) || resource.Type.startsWith('AWS::IAM::')) continue;
    const joined = state.nodesReferencedBy(id);
    for (const other of state.ids)
      if (
        (state.refs.get(other) ?? []).includes(id) &&
        state.owner.has(other) &&
        !joined.includes(state.owner.get(other)!)
      )
        joined.push(state.owner.get(other)!);
    let linked = false;
    const preferred = preferredKinds[resource.Type] ?? [];
    // One connection per pair of nodes a wiring resource joins, in the direction a rule
    // allows (the one whose kinds suit the resource type first: a mapping is a stream).
    for (let i = 0; i < joined.length; i++)
      for (let j = i + 1; j < joined.length; j++) {
        const options = [
          [node(joined[i]!), node(joined[j]!)],
          [node(joined[j]!), node(joined[i]!)],
        ]
          .map(([a, b]) => ({
            a: a!,
            b: b!,
            kinds: rulesBetween(a!.service, b!.service).flatMap((r) => r.kinds),
          }))
          .filter((o) => o.kinds.length > 0);
        const choice = options.find((o) => o.kinds.some((k) => preferred.includes(k))) ?? options[0];
        if (choice === undefined) continue;
        const kind = preferred.find((k) => choice.kinds.includes(k)) ?? choice.kinds[0]!;
        if (!found.hasDirected(choice.a.id, choice.b.id) || !preferred.includes(kind))
          found.add(choice.a, choice.b, kind);
        linked = true;
      }
    if (linked)
      state.record(id, 'connection', `wiring between ${joined.map((j) => node(j).id).join(' and ')}`);
  }

  // 3. A node's own properties naming another node (a bucket notifying a function...).
  for (const source of state.nodes.values()) {
    const targets = new Set<string>();
    for (const id of state.ids)
      if (state.owner.get(id) === source.logicalId && state.resources[id]!.Type !== 'AWS::IAM::Role')
        state.nodesReferencedBy(id).forEach((t) => targets.add(t));
    for (const target of targets) {
      if (target === source.logicalId) continue;
      const t = node(target);
      if (found.has(source.id, t.id)) continue;
      const direct = rulesBetween(source.service, t.service)[0];
      const reverse = rulesBetween(t.service, source.service)[0];
      if (direct) found.add(source, t, direct.kinds[0]!);
      else if (reverse) found.add(t, source, reverse.kinds[0]!);
    }
  }

  markReplayedWiring(state, found.list);
  return found.list;
}

/** Resources the catalog's wiring would create for the connections found are marked as theirs. */
function markReplayedWiring(state: ImportState, connections: readonly ImportedConnection[]): void {
  const byId = new Map([...state.nodes.values()].map((n) => [n.id, n]));
  for (const connection of connections) {
    const source = byId.get(connection.source)!;
    const target = byId.get(connection.target)!;
    const rule = source.service.connections.find(
      (r) => r.targets.includes(target.service.id) && r.kinds.includes(connection.kind),
    );
    if (!rule?.wiring) continue;
    try {
      const produced = rule.wiring({
        source: { id: source.logicalId, config: resolveConfig(source.service, source.config) },
        target: { id: target.logicalId, config: resolveConfig(target.service, target.config) },
        connectionId: connection.id,
        kind: connection.kind,
        targetArn: target.service.cloudformation.arn?.(target.logicalId) ?? { Ref: target.logicalId },
        sourceArn: source.service.cloudformation.arn?.(source.logicalId) ?? { Ref: source.logicalId },
        targetRef: target.service.cloudformation.reference?.(target.logicalId) ?? { Ref: target.logicalId },
        sourceRef: source.service.cloudformation.reference?.(source.logicalId) ?? { Ref: source.logicalId },
        sourceRoleLogicalId: `${source.logicalId}Role`,
        targetRoleLogicalId: `${target.logicalId}Role`,
      });
      const ends = new Set([source.logicalId, target.logicalId]);
      for (const [id, resource] of Object.entries(produced)) {
        const entry = state.entries.get(id);
        if (
          state.resources[id]?.Type === resource.Type &&
          !state.owner.has(id) &&
          (entry === undefined || entry.outcome === 'part')
        ) {
          state.record(id, 'connection', `wiring of ${connection.id}`);
          continue;
        }
        // Hand-written templates name their wiring freely: a free resource of the same type
        // that refers only to the connection's ends plays the same part.
        const alike = state.ids.find((other) => {
          if (
            state.entries.has(other) ||
            state.owner.has(other) ||
            state.resources[other]!.Type !== resource.Type
          )
            return false;
          const joined = state.nodesReferencedBy(other);
          return joined.length > 0 && joined.every((n) => ends.has(n));
        });
        if (alike !== undefined) state.record(alike, 'connection', `wiring of ${connection.id}`);
      }
    } catch {
      // Wiring that cannot run on defaults marks nothing.
    }
  }
}
