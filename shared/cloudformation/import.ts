import { CURRENT_SCHEMA_VERSION, type Design } from '../model/design';
import { parseDesign } from '../model/parse';
import { fail, ok, type Issue, type Result } from '../result';
import type { Catalog } from '../service/types';
import { findConnections } from './importConnections';
import { findGroups, finishNetwork } from './importNetwork';
import { findNodes, ImportState, type ImportReportEntry } from './importNodes';
import { checkTemplateShape } from './importShape';
import { layoutGraph } from './layout';
import { parseCfnYaml } from './yaml';

export type { ImportReportEntry } from './importNodes';

export interface ImportReport {
  /** What became of every resource of the template, in template order. */
  readonly resources: readonly ImportReportEntry[];
  /** The resources Nuage could not represent (also in `resources`). */
  readonly unsupported: readonly ImportReportEntry[];
  /** Template sections that are not carried over (Parameters, Conditions...). */
  readonly notes: readonly string[];
}

export interface ImportOptions {
  /** Design name; defaults to the template's Description, else 'Imported stack'. */
  readonly name?: string;
  readonly region?: string;
}

const networkTypes =
  /^AWS::EC2::(NatGateway|EIP|NetworkAcl|NetworkAclEntry|SubnetNetworkAclAssociation|VPCEndpoint|TransitGateway.*|VPNGateway|VPCPeeringConnection)$/;

/**
 * CloudFormation template text (YAML with short-form tags, or JSON) → Design. Resources
 * whose type a catalog service declares become nodes (config recovered through the
 * service's `fromResource`), roles, policies, event-source mappings, permissions and
 * subscriptions become connections, VPCs and subnets become groups, and everything else
 * is listed as unsupported in the report. Bad input gives issues with line:column or a
 * path, and nothing is imported. Nodes are laid out left to right with ELK.
 *
 * @example
 * const r = await fromTemplate(readFileSync('stack.yaml', 'utf8'), catalog);
 * if (r.ok) open(r.value.design); else show(r.issues);
 */
export async function fromTemplate(
  text: string,
  catalog: Catalog,
  options: ImportOptions = {},
): Promise<Result<{ design: Design; report: ImportReport }>> {
  const parsed = parseCfnYaml(text);
  if (!parsed.ok) return parsed;
  const shape = checkTemplateShape(parsed.value);
  if (!shape.ok) return shape;
  const template = shape.value;

  const state = new ImportState(template.resources, catalog);
  const network = findGroups(state);
  findNodes(state);
  finishNetwork(state, network);
  const groups = network.groups;
  const connections = findConnections(state);
  for (const id of state.ids) {
    if (state.entries.has(id)) continue;
    const type = state.resources[id]!.Type;
    const referenced = state.nodesReferencedBy(id).map((n) => state.nodes.get(n)!);
    // Nuage names a node's extra resources after it (FraudAlertsEmail for FraudAlerts).
    const namedAfter =
      referenced.length === 1 && id.startsWith(referenced[0]!.logicalId) ? referenced[0] : undefined;
    if (namedAfter !== undefined) {
      state.owner.set(id, namedAfter.logicalId);
      state.record(id, 'part', `named after and refers to node ${namedAfter.id}`);
      continue;
    }
    const known = Object.values(catalog).some((s) => s.cloudformation.types.includes(type));
    const reason = networkTypes.test(type)
      ? 'network resource Nuage does not model'
      : known
        ? 'not attached to any imported node'
        : `no catalog service creates ${type}`;
    const about = referenced.length > 0 ? `refers to ${referenced.map((n) => n.id).join(', ')}; ` : '';
    state.record(id, 'unsupported', `${about}${reason}`);
  }

  const nodes = [...state.nodes.values()];
  const layout = await layoutGraph({
    nodes: nodes.map((n) => ({ id: n.id, ...(n.group !== undefined ? { group: n.group } : {}) })),
    groups,
    edges: connections,
  });
  const document = parsed.value as Record<string, unknown>;
  // "Fraud pipeline: exported by Nuage (...)" gives back "Fraud pipeline".
  const description = template.description
    ?.split('\n')[0]
    ?.replace(/: exported by Nuage \(.*\)$/, '')
    .trim();
  const candidate = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: options.name ?? (description ? description.slice(0, 80) : 'Imported stack'),
    region: options.region ?? 'us-east-1',
    nodes: nodes.map((n) => ({
      id: n.id,
      service: n.service.id,
      label: n.logicalId,
      position: layout.positions.get(n.id) ?? { x: 0, y: 0 },
      ...(n.group !== undefined ? { group: n.group } : {}),
      config: n.config,
      usage: {},
    })),
    connections: connections.map((c) => ({ ...c, ratio: 1 })),
    groups: groups.map((g) => ({
      ...g,
      position: layout.positions.get(g.id) ?? { x: 0, y: 0 },
      size: layout.sizes.get(g.id)!,
    })),
    scenarios: [],
    notes: '',
  };
  const design = parseDesign(candidate);
  if (!design.ok)
    return fail(
      design.issues.map((i): Issue => ({
        ...i,
        code: 'import_failed',
        message: `Imported design is invalid: ${i.message}`,
      })),
    );

  const entries = state.ids.map((id) => state.entries.get(id)!);
  const notes: string[] = [];
  for (const section of ['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Rules'])
    if (document[section] !== undefined)
      notes.push(`${section} are not carried over: the export writes its own from the design`);
  return ok({
    design: design.value,
    report: { resources: entries, unsupported: entries.filter((e) => e.outcome === 'unsupported'), notes },
  });
}
