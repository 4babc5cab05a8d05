/**
 * Lookups by id into a Design's nodes and groups, built once per array (WeakMap on the array
 * object): every node card selects its own item in O(1) instead of scanning the design.
 */
import type { Design, Group, ServiceNode } from '../../../shared/model';

const nodeIndexes = new WeakMap<readonly ServiceNode[], ReadonlyMap<string, ServiceNode>>();
const groupIndexes = new WeakMap<readonly Group[], ReadonlyMap<string, Group>>();

function indexOf<T extends { readonly id: string }>(
  cache: WeakMap<readonly T[], ReadonlyMap<string, T>>,
  items: readonly T[],
): ReadonlyMap<string, T> {
  let index = cache.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    cache.set(items, index);
  }
  return index;
}

/** The service node with this id, or undefined. */
export function nodeById(design: Design, id: string): ServiceNode | undefined {
  return indexOf(nodeIndexes, design.nodes).get(id);
}

/** The group with this id, or undefined. */
export function groupById(design: Design, id: string): Group | undefined {
  return indexOf(groupIndexes, design.groups).get(id);
}
