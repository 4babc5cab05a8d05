import { describe, expect, it } from 'vitest';
import { createDesignStore } from '../../../renderer/src/store/designStore';
import { addServiceNode, moveItems, updateNode } from '../../../renderer/src/model/edits';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from './testCatalog';

const lambda = testCatalog['lambda']!;
const base = designBuilder('Store test')
  .node('Lambda1', 'lambda', { position: { x: 0, y: 0 } })
  .build();

describe('design store history', () => {
  it('undo and redo restore the exact previous and next designs', () => {
    const store = createDesignStore(base);
    const s0 = store.getState().design;
    store.getState().commit(addServiceNode(s0, lambda, { x: 100, y: 40 }).design);
    const s1 = store.getState().design;
    store.getState().commit(updateNode(s1, 'Lambda2', { label: 'Scorer', config: { memoryMb: 1024 } }));
    const s2 = store.getState().design;
    expect(s2.nodes.map((n) => n.id)).toEqual(['Lambda1', 'Lambda2']);

    store.getState().undo();
    expect(store.getState().design).toBe(s1);
    store.getState().undo();
    expect(store.getState().design).toBe(s0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().design).toBe(s1);
    store.getState().redo();
    expect(store.getState().design).toBe(s2);
    expect(store.getState().design).toEqual(JSON.parse(JSON.stringify(s2)));
  });

  it('records a whole drag as one history entry from its start position', () => {
    const store = createDesignStore(base);
    const start = store.getState().design;
    store.getState().beginGesture();
    for (let i = 1; i <= 20; i++)
      store.getState().preview(moveItems(store.getState().design, { Lambda1: { x: i * 5, y: i } }, {}));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.getState().design.nodes[0]?.position).toEqual({ x: 100, y: 20 });
    store.getState().undo();
    expect(store.getState().design).toBe(start);
    store.getState().redo();
    expect(store.getState().design.nodes[0]?.position).toEqual({ x: 100, y: 20 });
  });

  it('a gesture that changes nothing records nothing, and a commit during a gesture ends it first', () => {
    const store = createDesignStore(base);
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    store.getState().beginGesture();
    store.getState().preview(moveItems(store.getState().design, { Lambda1: { x: 50, y: 0 } }, {}));
    store.getState().commit(updateNode(store.getState().design, 'Lambda1', { label: 'Renamed' }));
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    expect(store.getState().isGesturing()).toBe(false);
  });

  it('committing the same design records nothing; replace clears history', () => {
    const store = createDesignStore(base);
    store.getState().commit(store.getState().design);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().commit(updateNode(base, 'Lambda1', { label: 'x' }));
    const other = designBuilder('Other').build();
    store.getState().replace(other);
    expect(store.getState().design).toBe(other);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = createDesignStore(base);
    store.getState().commit(updateNode(base, 'Lambda1', { label: 'a' }));
    store.getState().undo();
    store.getState().commit(updateNode(base, 'Lambda1', { label: 'b' }));
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    expect(store.getState().design.nodes[0]?.label).toBe('b');
  });
});
