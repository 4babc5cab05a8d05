import { catalog } from '../../../catalog';
import type { Connection, ConnectionKind, Design } from '../../../shared/model/design';
import { canConnect } from '../../../shared/validation/connections';
import { generateDesign } from '../generateDesign';

/** Nodes of one generated unit (see generateDesign) laid out as a 5 x 2 block. */
const UNIT_SIZE = 10;
const UNIT_COLUMNS = 10;

/**
 * Five more connections per unit (1.5 per node in all), each between the same services and
 * of the same kind as one of generateDesign's: [source index, target index, kind, share,
 * target in the next unit].
 */
const EXTRA: readonly (readonly [number, number, ConnectionKind, number, boolean])[] = [
  [1, 5, 'write', 1, false],
  [1, 6, 'publish', 0.01, false],
  [0, 4, 'invoke', 0.1, false],
  [4, 3, 'write', 0.05, true],
  [4, 7, 'log', 1, true],
];

/**
 * The benchmark design: generateDesign's units of real catalog services, about 1.5
 * connections per node (every one allowed by the catalog, checked here), laid out as a user
 * would: each unit's ten services in two rows of five, units ten to a row.
 */
export function canvasDesign(nodeCount: number): Design {
  const design = generateDesign(nodeCount, catalog);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const extra: Connection[] = [];
  const units = Math.ceil(nodeCount / UNIT_SIZE);
  for (let u = 0; u < units; u++)
    for (const [s, t, kind, ratio, next] of EXTRA) {
      const source = byId.get(`N${u}x${s}`);
      const target = byId.get(`N${next ? u + 1 : u}x${t}`);
      if (!source || !target) continue;
      const check = canConnect(catalog, source.service, target.service);
      if (!check.ok || !check.kinds.includes(kind))
        throw new Error(`${source.service} -> ${target.service} (${kind}) is not allowed`);
      extra.push({ id: `${source.id}To${target.id}`, source: source.id, target: target.id, kind, ratio });
    }
  return {
    ...design,
    connections: [...design.connections, ...extra],
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
