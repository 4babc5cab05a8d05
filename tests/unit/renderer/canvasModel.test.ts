import { describe, expect, it } from 'vitest';
import { applyNodeChanges, regroupAfterDrag } from '../../../renderer/src/canvas/applyFlowChanges';
import {
  formatShare,
  MAX_SELECTED_LABELS,
  ProjectionCache,
  toFlowEdges,
  toFlowNodes,
} from '../../../renderer/src/canvas/projection';
import { addGroup, addServiceNode, deleteItems } from '../../../renderer/src/model/edits';
import { emptySelection } from '../../../renderer/src/model/selection';
import type { Design } from '../../../shared/model';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from './testCatalog';

function withVpc(): Design {
  const base = designBuilder('Groups')
    .node('Lambda1', 'lambda', { position: { x: 500, y: 500 } })
    .build();
  const vpc = addGroup(base, testCatalog['vpc']!, { x: 100, y: 100 });
  const inner = addServiceNode(vpc.design, testCatalog['lambda']!, { x: 150, y: 160 }, vpc.id);
  return inner.design;
}

describe('canvas projection', () => {
  it('lists groups before their children with parent-relative positions; data carries only the id', () => {
    const design = withVpc();
    const nodes = toFlowNodes(design, { ...emptySelection, nodes: ['Lambda2'] }, new Map());
    expect(nodes.map((n) => n.id)).toEqual(['VPC1', 'Lambda1', 'Lambda2']);
    const child = nodes.find((n) => n.id === 'Lambda2');
    expect(child).toMatchObject({
      parentId: 'VPC1',
      position: { x: 50, y: 60 },
      selected: true,
      data: { id: 'Lambda2' },
    });
    expect(nodes[0]).toMatchObject({ width: 560, height: 360, type: 'awsGroup' });
  });

  it('keeps the object of every item a drag did not change', () => {
    const design = withVpc();
    const cache = new ProjectionCache();
    const first = cache.nodes(toFlowNodes(design, emptySelection, new Map()));
    const moved = applyNodeChanges(design, emptySelection, [
      { type: 'position', id: 'Lambda1', position: { x: 520, y: 510 }, dragging: true },
    ]).design;
    const second = cache.nodes(toFlowNodes(moved, emptySelection, new Map()));
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.position).toEqual({ x: 520, y: 510 });
  });

  it('formats shares readably, small ones included', () => {
    expect([1, 0.02, 0.125, 0.0005, 0.000123, 0].map(formatShare)).toEqual([
      '100%',
      '2%',
      '12.5%',
      '0.05%',
      '0.012%',
      '0%',
    ]);
  });

  it('projects connections as edges labelled by kind and share', () => {
    const design = designBuilder('E')
      .node('A', 'lambda')
      .node('B', 'sqs')
      .connect('A', 'B', 'publish', { id: 'AB', ratio: 0.02 })
      .connect('B', 'A', 'trigger', { id: 'BA' })
      .build();
    const [ab, ba] = toFlowEdges(design, emptySelection);
    expect(ab).toMatchObject({ id: 'AB', source: 'A', target: 'B', label: 'publish · 2%' });
    // Short edges carry no label unless selected, so labels never cover the nodes.
    expect(ba?.label).toBeUndefined();
    expect(toFlowEdges(design, { ...emptySelection, connections: ['BA'] })[1]?.label).toBe('trigger');
    // Select all on a large design: short connections stay unlabelled, shares keep theirs.
    const many = [...Array.from({ length: MAX_SELECTED_LABELS }, (_, i) => `X${i}`), 'BA', 'AB'];
    const all = toFlowEdges(design, { ...emptySelection, connections: many });
    expect(all[1]?.label).toBeUndefined();
    expect(all[0]?.label).toBe('publish · 2%');
  });
});

describe('React Flow changes -> design', () => {
  it('stores a dragged child at its absolute position', () => {
    const design = withVpc();
    const out = applyNodeChanges(design, emptySelection, [
      { type: 'position', id: 'Lambda2', position: { x: 10, y: 20 }, dragging: true },
    ]);
    expect(out.design.nodes.find((n) => n.id === 'Lambda2')?.position).toEqual({ x: 110, y: 120 });
  });

  it('moving a group carries the nodes inside it', () => {
    const design = withVpc();
    const out = applyNodeChanges(design, emptySelection, [
      { type: 'position', id: 'VPC1', position: { x: 200, y: 100 }, dragging: true },
    ]);
    expect(out.design.groups[0]?.position).toEqual({ x: 200, y: 100 });
    expect(out.design.nodes.find((n) => n.id === 'Lambda2')?.position).toEqual({ x: 250, y: 160 });
    expect(out.design.nodes.find((n) => n.id === 'Lambda1')?.position).toEqual({ x: 500, y: 500 });
  });

  it('select changes update the selection, resizes update the group size', () => {
    const design = withVpc();
    const out = applyNodeChanges(design, emptySelection, [
      { type: 'select', id: 'VPC1', selected: true },
      { type: 'select', id: 'Lambda1', selected: true },
      {
        type: 'dimensions',
        id: 'VPC1',
        dimensions: { width: 700, height: 400 },
        resizing: true,
        setAttributes: true,
      },
    ]);
    expect(out.selection).toEqual({ nodes: ['Lambda1'], groups: ['VPC1'], connections: [] });
    expect(out.design.groups[0]?.size).toEqual({ width: 700, height: 400 });
  });

  it('after a drag a node joins the group under its centre, or leaves it', () => {
    const design = withVpc();
    const size = new Map([['Lambda1', { width: 188, height: 64 }]]);
    const moved = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'Lambda1' ? { ...n, position: { x: 300, y: 300 } } : n)),
    };
    expect(
      regroupAfterDrag(moved, ['Lambda1'], size, { width: 188, height: 64 }).nodes.find(
        (n) => n.id === 'Lambda1',
      )?.group,
    ).toBe('VPC1');
    const out = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'Lambda2' ? { ...n, position: { x: 900, y: 900 } } : n)),
    };
    expect(
      regroupAfterDrag(out, ['Lambda2'], size, { width: 188, height: 64 }).nodes.find(
        (n) => n.id === 'Lambda2',
      )?.group,
    ).toBeUndefined();
  });

  it('a dragged group nests in the group under its centre, never in itself', () => {
    const design = withVpc();
    const subnet = addGroup(design, { ...testCatalog['vpc']!, id: 'subnet' }, { x: 900, y: 900 });
    expect(subnet.design.groups.find((g) => g.id === subnet.id)?.kind).toBe('subnet');
    const moved = {
      ...subnet.design,
      groups: subnet.design.groups.map((g) =>
        g.id === subnet.id ? { ...g, position: { x: 150, y: 150 } } : g,
      ),
    };
    const nested = regroupAfterDrag(moved, [subnet.id], new Map(), { width: 188, height: 64 });
    expect(nested.groups.find((g) => g.id === subnet.id)?.parent).toBe('VPC1');
    expect(
      regroupAfterDrag(nested, ['VPC1'], new Map(), { width: 188, height: 64 }).groups[0]?.parent,
    ).toBeUndefined();
  });

  it('deleting a group keeps its nodes, released from the group', () => {
    const design = deleteItems(withVpc(), { ...emptySelection, groups: ['VPC1'] });
    expect(design.groups).toEqual([]);
    expect(design.nodes.map((n) => [n.id, n.group])).toEqual([
      ['Lambda1', undefined],
      ['Lambda2', undefined],
    ]);
  });

  it('new node ids derive from the service and stay unique and alphanumeric', () => {
    let design = designBuilder('Ids').node('Lambda1', 'lambda').build();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const added = addServiceNode(design, testCatalog['lambda']!, { x: 0, y: 0 });
      design = added.design;
      ids.push(added.id);
    }
    expect(ids).toEqual(['Lambda2', 'Lambda3', 'Lambda4']);
    expect(design.nodes.at(-1)?.config).toEqual({ memoryMb: 512, runtime: 'nodejs20.x' });
  });
});

describe('auto layout', () => {
  it('uses the node size the shared layout assumes, and lays a chain out left to right in one step', async () => {
    const { NODE_SIZE } = await import('../../../shared/cloudformation/layout');
    const { SERVICE_NODE_SIZE } = await import('../../../renderer/src/canvas/projection');
    expect(SERVICE_NODE_SIZE).toEqual(NODE_SIZE);
    const { createDefaultRegistry } = await import('../../../renderer/src/commands');
    const { testContext } = await import('./testCatalog');
    const ctx = testContext(
      designBuilder('Chain')
        .node('A', 'lambda', { position: { x: 900, y: 0 } })
        .node('B', 'sqs', { position: { x: 0, y: 500 } })
        .connect('A', 'B', 'publish', { id: 'AB' })
        .build(),
    );
    await createDefaultRegistry().run('view.autoLayout', ctx);
    const [a, b] = ctx.design.getState().design.nodes;
    expect(b!.position.x).toBeGreaterThanOrEqual(a!.position.x + NODE_SIZE.width);
    expect(ctx.design.temporal.getState().pastStates).toHaveLength(1);
  });
});
