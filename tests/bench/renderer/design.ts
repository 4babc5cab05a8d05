import { catalog } from '../../../catalog';
import type { Design } from '../../../shared/model/design';
import { generateDesign } from '../generateDesign';

/** Nodes of one generated unit (see generateDesign) laid out as a 5 x 2 block. */
const UNIT_SIZE = 10;
const UNIT_COLUMNS = 10;

/**
 * The generated benchmark design (real catalog services and allowed connections, about 1.5
 * connections per node) laid out on a grid of units, as a user would arrange it: each
 * unit's ten services in two rows of five, units ten to a row.
 */
export function canvasDesign(nodeCount: number): Design {
  const design = generateDesign(nodeCount, catalog);
  return {
    ...design,
    nodes: design.nodes.map((node, index) => {
      const unit = Math.floor(index / UNIT_SIZE);
      const k = index % UNIT_SIZE;
      return {
        ...node,
        position: {
          x: (unit % UNIT_COLUMNS) * 1300 + (k % 5) * 250,
          y: Math.floor(unit / UNIT_COLUMNS) * 320 + Math.floor(k / 5) * 130,
        },
      };
    }),
  };
}
