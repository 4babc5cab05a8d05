import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateNode } from '../../../renderer/src/model/edits';
import { startRecoveryWriter } from '../../../renderer/src/platform/recoveryWriter';
import { parseDesignText } from '../../../shared/model';
import { designBuilder } from '../../support/designBuilder';
import { testContext } from './testCatalog';

afterEach(() => vi.useRealTimers());

describe('recovery writer', () => {
  it('writes the unsaved document once after a burst of changes, and nothing when clean', async () => {
    vi.useFakeTimers();
    const ctx = testContext(designBuilder('R').node('Lambda1', 'lambda').build());
    const writes: string[] = [];
    const platform = {
      ...ctx.platform,
      recovery: {
        write: async (text: string) => void writes.push(text),
        read: async () => null,
        clear: async () => undefined,
      },
    };
    const stop = startRecoveryWriter({ ...ctx, platform }, 1000);
    for (const label of ['a', 'b', 'c'])
      ctx.design.getState().commit(updateNode(ctx.design.getState().design, 'Lambda1', { label }));
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(1);
    const restored = parseDesignText(writes[0]!);
    expect(restored.ok && restored.value.nodes[0]?.label).toBe('c');

    // Undo back to the saved document: clean, so nothing is written.
    ctx.ui.getState().markSaved(ctx.design.getState().design);
    ctx.design.getState().commit(updateNode(ctx.design.getState().design, 'Lambda1', { label: 'd' }));
    ctx.design.getState().undo();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    stop();
    ctx.design.getState().commit(updateNode(ctx.design.getState().design, 'Lambda1', { label: 'e' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
  });
});
