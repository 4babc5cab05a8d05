/** Lays the design out left to right with the shared ELK layout, as one undoable step. */
import type { Design } from '../../../shared/model';
import type { CommandContext } from './types';

export function applyLayout(
  design: Design,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Design {
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const at = positions.get(n.id);
      return at ? { ...n, position: at } : n;
    }),
    groups: design.groups.map((g) => {
      const at = positions.get(g.id);
      const size = sizes.get(g.id);
      return at && size ? { ...g, position: at, size } : g;
    }),
  };
}

export async function autoLayout(ctx: CommandContext): Promise<void> {
  // Loaded on demand: ELK is large and only needed here and in CloudFormation import.
  const { layoutGraph } = await import('../../../shared/cloudformation/layout');
  const before = ctx.design.getState().design;
  const { positions, sizes } = await layoutGraph({
    nodes: before.nodes,
    groups: before.groups,
    edges: before.connections,
  });
  const state = ctx.design.getState();
  // The user may have edited while the layout ran: apply to the current design.
  state.commit(applyLayout(state.design, positions, sizes));
}
