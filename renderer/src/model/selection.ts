/** What is selected on the canvas; kept in the UI store, never in history. */
export interface Selection {
  readonly nodes: readonly string[];
  readonly groups: readonly string[];
  readonly connections: readonly string[];
}

export const emptySelection: Selection = Object.freeze({ nodes: [], groups: [], connections: [] });

export function isEmptySelection(s: Selection): boolean {
  return s.nodes.length === 0 && s.groups.length === 0 && s.connections.length === 0;
}

export function selectionEquals(a: Selection, b: Selection): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.nodes, b.nodes) && same(a.groups, b.groups) && same(a.connections, b.connections);
}
