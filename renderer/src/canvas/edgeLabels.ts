/**
 * Slot for connection labels computed outside the canvas (the cost panel registers one that
 * adds events per month). The registered hook runs on every canvas render; register before
 * render. A labeller maps (connection id, the canvas's own label) to the label shown.
 */
export type EdgeLabeller = (connectionId: string, base: string | undefined) => string | undefined;
export type EdgeLabelHook = () => EdgeLabeller | null;

const none: EdgeLabelHook = () => null;
let hook: EdgeLabelHook = none;

/** Sets the edge-label hook; returns a function that removes it. */
export function registerEdgeLabels(useLabels: EdgeLabelHook): () => void {
  hook = useLabels;
  return () => {
    if (hook === useLabels) hook = none;
  };
}

let overrideHook: EdgeLabelHook = none;

/**
 * Sets a hook whose labeller, when not null, is used instead of the registered one (compare
 * mode labels connections with their delta against a baseline). Returns the remover.
 */
export function registerEdgeLabelOverride(useLabels: EdgeLabelHook): () => void {
  overrideHook = useLabels;
  return () => {
    if (overrideHook === useLabels) overrideHook = none;
  };
}

/** The registered labeller (or null) for this render; both hooks always run (hook order). */
export function useEdgeLabeller(): EdgeLabeller | null {
  const base = hook();
  const override = overrideHook();
  return override ?? base;
}

/** Applies a labeller to projected edges (same array when there is none). */
export function labelEdges<E extends { id: string; label?: unknown }>(
  edges: E[],
  labeller: EdgeLabeller | null,
): E[] {
  if (labeller === null) return edges;
  return edges.map((edge) => {
    const label = labeller(edge.id, typeof edge.label === 'string' ? edge.label : undefined);
    return label === edge.label ? edge : { ...edge, label };
  });
}
