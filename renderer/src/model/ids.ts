/** Id helpers: ids are CloudFormation logical ids (alphanumeric, start with a letter). */

/** 'sagemakerEndpoint' -> 'SagemakerEndpoint'; anything non-alphanumeric dropped. */
export function idBase(serviceId: string): string {
  const clean = serviceId.replace(/[^A-Za-z0-9]/g, '');
  const base = clean.replace(/^[0-9]+/, '');
  if (base === '') return 'Node';
  return (base[0] ?? 'N').toUpperCase() + base.slice(1, 56);
}

/** The first `${base}${n}` (n >= 1) not in `taken`; adds it to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${base}${n}`)) n += 1;
  const id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** Every id used by nodes, groups and connections of a design. */
export function usedIds(design: {
  readonly nodes: readonly { id: string }[];
  readonly groups: readonly { id: string }[];
  readonly connections: readonly { id: string }[];
}): Set<string> {
  return new Set([
    ...design.nodes.map((n) => n.id),
    ...design.groups.map((g) => g.id),
    ...design.connections.map((c) => c.id),
  ]);
}

/** Strips a trailing number: 'Lambda12' -> 'Lambda'. */
export function stripIndex(id: string): string {
  const base = id.replace(/[0-9]+$/, '');
  return base === '' ? 'Node' : base;
}
