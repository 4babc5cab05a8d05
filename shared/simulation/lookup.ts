import type { Design } from '../model/design';
import type { Catalog, ServiceDefinition } from '../service/types';
import type { FlatQuantities } from './flat';
import type { ConnectionFlow, NodeUsage } from './types';

const servicesCache = new WeakMap<
  Design['nodes'],
  WeakMap<
    Catalog,
    { readonly list: readonly (ServiceDefinition | undefined)[]; readonly ids: readonly string[] }
  >
>();

/** True while the list still names the services it was resolved for (a node swapped in place is seen). */
function sameServices(nodes: Design['nodes'], ids: readonly string[]): boolean {
  if (ids.length !== nodes.length) return false;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.service !== ids[i]) return false;
  return true;
}

/**
 * Each node's service definition, index for index with `nodes` (undefined when the catalog
 * does not know it). Cached per (immutable) node list and catalog, so repeated estimates of
 * a large design skip one keyed lookup per node.
 *
 * @example
 * servicesOf(design.nodes, catalog)[0]?.category // 'networking'
 */
export function servicesOf(
  nodes: Design['nodes'],
  catalog: Catalog,
): readonly (ServiceDefinition | undefined)[] {
  let byCatalog = servicesCache.get(nodes);
  if (!byCatalog) servicesCache.set(nodes, (byCatalog = new WeakMap()));
  let cached = byCatalog.get(catalog);
  if (!cached || !sameServices(nodes, cached.ids)) {
    const list: (ServiceDefinition | undefined)[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) list[i] = catalog[nodes[i]!.service];
    cached = { list, ids: nodes.map((n) => n.service) };
    byCatalog.set(catalog, cached);
  }
  return cached.list;
}

/** A simulation's results in design order, as `simulate` produced them. */
export interface OrderedResult {
  readonly nodes: Design['nodes'];
  readonly connections: Design['connections'];
  /**
   * usages[i] belongs to nodes[i]; flows[c] to connections[c]. Both empty when the simulation
   * was asked for no id-keyed records: the parallel arrays below suffice for pricing.
   */
  readonly usages: readonly NodeUsage[];
  readonly flows: readonly ConnectionFlow[];
  /**
   * Per node, in design order: the quantities, sizing and assumptions of usages[i]. Without
   * id-keyed records the quantities are in `flat` instead and nodeQuantities is empty.
   */
  readonly nodeQuantities: readonly Readonly<Record<string, number>>[];
  readonly flat: FlatQuantities | null;
  readonly nodeSizing: readonly Readonly<Record<string, number>>[];
  readonly nodeAssumptions: readonly (readonly string[])[];
  /** Per connection, in design order: what flows[c] holds, without an object per connection. */
  readonly flowEvents: Float64Array;
  readonly flowBytes: Float64Array;
  readonly flowQuantities: readonly Readonly<Record<string, number>>[];
}

const distinct = new WeakMap<readonly { readonly id: string }[], boolean>();

/**
 * True when no two items share an id (cached per immutable list). Design-order arrays
 * stand in for the id-keyed records only then (an unparsed design may repeat ids).
 *
 * @example
 * idsAreDistinct([{ id: 'A' }, { id: 'A' }]) // false
 */
export function idsAreDistinct(list: readonly { readonly id: string }[]): boolean {
  let known = distinct.get(list);
  if (known === undefined) {
    const ids = new Set<string>();
    for (const item of list) ids.add(item.id);
    distinct.set(list, (known = ids.size === list.length));
  }
  return known;
}
