import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../../renderer/src/commands';
import { openDesignText } from '../../../renderer/src/commands/document';
import { emptySelection } from '../../../renderer/src/model/selection';
import { isDirty } from '../../../renderer/src/store/uiStore';
import { parseDesignText, serializeDesign } from '../../../shared/model';
import { designBuilder } from '../../support/designBuilder';
import { testContext } from './testCatalog';

const pipeline = () =>
  designBuilder('Pipeline')
    .node('Lambda1', 'lambda', { position: { x: 0, y: 0 }, config: { memoryMb: 1024 } })
    .node('Sqs1', 'sqs', { position: { x: 300, y: 0 } })
    .node('Lambda2', 'lambda', { position: { x: 600, y: 0 } })
    .connect('Lambda1', 'Sqs1', 'publish', { id: 'C1' })
    .connect('Sqs1', 'Lambda2', 'trigger', { id: 'C2' })
    .build();

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: false,
});

describe('edit commands', () => {
  it('copy + paste adds copies with new unique ids, offset, with their inner connection only', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    ctx.ui.getState().setSelection({ ...emptySelection, nodes: ['Lambda1', 'Sqs1'] });
    expect(await registry.run('edit.copy', ctx)).toBe(true);
    expect(await registry.run('edit.paste', ctx)).toBe(true);
    const design = ctx.design.getState().design;
    const ids = design.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['Lambda1', 'Sqs1', 'Lambda2', 'Lambda3', 'Sqs2']);
    const copy = design.nodes.find((n) => n.id === 'Lambda3');
    expect(copy?.position).toEqual({ x: 40, y: 40 });
    expect(copy?.config).toEqual({ memoryMb: 1024 });
    const pasted = design.connections.slice(2);
    expect(pasted).toHaveLength(1);
    expect(pasted[0]).toMatchObject({ source: 'Lambda3', target: 'Sqs2', kind: 'publish' });
    expect(design.connections.map((c) => c.id)).not.toContain(undefined);
    expect(new Set(design.connections.map((c) => c.id)).size).toBe(3);
    expect(ctx.ui.getState().selection.nodes).toEqual(['Lambda3', 'Sqs2']);
    // The result is still a valid design document.
    expect(parseDesignText(serializeDesign(design)).ok).toBe(true);
    // Pasting again does not collide with the first copies.
    await registry.run('edit.paste', ctx);
    const again = ctx.design.getState().design.nodes.map((n) => n.id);
    expect(new Set(again).size).toBe(7);
  });

  it('cut removes the nodes and their connections in one undoable step', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    const before = ctx.design.getState().design;
    ctx.ui.getState().setSelection({ ...emptySelection, nodes: ['Sqs1'] });
    await registry.run('edit.cut', ctx);
    const after = ctx.design.getState().design;
    expect(after.nodes.map((n) => n.id)).toEqual(['Lambda1', 'Lambda2']);
    expect(after.connections).toEqual([]);
    expect(ctx.ui.getState().clipboard?.nodes.map((n) => n.id)).toEqual(['Sqs1']);
    await registry.run('edit.undo', ctx);
    expect(ctx.design.getState().design).toBe(before);
  });

  it('delete is disabled with an empty selection and removes selected connections alone', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    expect(registry.isEnabled('edit.delete', ctx)).toBe(false);
    expect(await registry.run('edit.delete', ctx)).toBe(false);
    ctx.ui.getState().setSelection({ ...emptySelection, connections: ['C2'] });
    await registry.run('edit.delete', ctx);
    expect(ctx.design.getState().design.connections.map((c) => c.id)).toEqual(['C1']);
    expect(ctx.design.getState().design.nodes).toHaveLength(3);
  });

  it('select all selects every node, group and connection', async () => {
    const ctx = testContext(pipeline());
    await createDefaultRegistry().run('edit.selectAll', ctx);
    expect(ctx.ui.getState().selection).toEqual({
      nodes: ['Lambda1', 'Sqs1', 'Lambda2'],
      groups: [],
      connections: ['C1', 'C2'],
    });
  });

  it('undo / redo are enabled only when history allows', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    expect(registry.isEnabled('edit.undo', ctx)).toBe(false);
    ctx.ui.getState().setSelection({ ...emptySelection, nodes: ['Lambda2'] });
    await registry.run('edit.delete', ctx);
    expect(registry.isEnabled('edit.undo', ctx)).toBe(true);
    expect(registry.isEnabled('edit.redo', ctx)).toBe(false);
    await registry.run('edit.undo', ctx);
    expect(registry.isEnabled('edit.redo', ctx)).toBe(true);
  });
});

describe('shortcuts', () => {
  it('maps the standard editor shortcuts to commands', () => {
    const registry = createDefaultRegistry();
    expect(registry.forKey(key('z', { ctrl: true }))?.id).toBe('edit.undo');
    expect(registry.forKey(key('z', { meta: true }))?.id).toBe('edit.undo');
    expect(registry.forKey(key('Z', { ctrl: true, shift: true }))?.id).toBe('edit.redo');
    expect(registry.forKey(key('y', { ctrl: true }))?.id).toBe('edit.redo');
    expect(registry.forKey(key('Delete'))?.id).toBe('edit.delete');
    expect(registry.forKey(key('Backspace'))?.id).toBe('edit.delete');
    expect(registry.forKey(key('a', { ctrl: true }))?.id).toBe('edit.selectAll');
    expect(registry.forKey(key('c', { ctrl: true }))?.id).toBe('edit.copy');
    expect(registry.forKey(key('x', { ctrl: true }))?.id).toBe('edit.cut');
    expect(registry.forKey(key('v', { ctrl: true }))?.id).toBe('edit.paste');
    expect(registry.forKey(key('s', { ctrl: true }))?.id).toBe('file.save');
    expect(registry.forKey(key('S', { ctrl: true, shift: true }))?.id).toBe('file.saveAs');
    expect(registry.forKey(key('o', { ctrl: true }))?.id).toBe('file.open');
    expect(registry.forKey(key('n', { ctrl: true }))?.id).toBe('file.new');
    expect(registry.forKey(key('z'))).toBeUndefined();
  });
});

describe('document commands', () => {
  it('a file that fails to parse changes nothing and reports each issue with its path', () => {
    const ctx = testContext(pipeline());
    const before = ctx.design.getState().design;
    const bad = JSON.stringify({
      ...JSON.parse(serializeDesign(before)),
      nodes: [{ id: '1bad', service: 'lambda' }],
    });
    expect(openDesignText(ctx, { name: 'bad.nuage.json', text: bad })).toBe(false);
    expect(ctx.design.getState().design).toBe(before);
    const error = ctx.ui.getState().openError;
    expect(error?.fileName).toBe('bad.nuage.json');
    expect(error?.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['nodes[0].id', 'nodes[0].label', 'nodes[0].position']),
    );
    expect(openDesignText(ctx, { name: 'x', text: '{ not json' })).toBe(false);
    expect(ctx.ui.getState().openError?.issues[0]?.code).toBe('invalid_json');
  });

  it('opening asks before discarding unsaved changes and keeps the design when refused', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    ctx.ui.getState().setSelection({ ...emptySelection, nodes: ['Lambda2'] });
    await registry.run('edit.delete', ctx);
    const edited = ctx.design.getState().design;
    const other = serializeDesign(designBuilder('Other').node('Sqs9', 'sqs').build());
    ctx.platform.confirmAnswer = false;
    expect(openDesignText(ctx, { name: 'o.json', text: other })).toBe(false);
    expect(ctx.platform.confirmations).toBe(1);
    expect(ctx.design.getState().design).toBe(edited);
    ctx.platform.confirmAnswer = true;
    expect(openDesignText(ctx, { name: 'o.json', text: other })).toBe(true);
    expect(ctx.design.getState().design.name).toBe('Other');
    expect(ctx.design.temporal.getState().pastStates).toHaveLength(0);
    expect(isDirty(ctx.design.getState().design, ctx.ui.getState().savedDesign)).toBe(false);
  });

  it('save writes the serialized design and clears the dirty flag; reopening gives the same design', async () => {
    const ctx = testContext(pipeline());
    const registry = createDefaultRegistry();
    ctx.ui.getState().setSelection({ ...emptySelection, connections: ['C1'] });
    await registry.run('edit.delete', ctx);
    expect(isDirty(ctx.design.getState().design, ctx.ui.getState().savedDesign)).toBe(true);
    await registry.run('file.save', ctx);
    expect(isDirty(ctx.design.getState().design, ctx.ui.getState().savedDesign)).toBe(false);
    const text = ctx.platform.saved[0]!;
    expect(text).toBe(serializeDesign(ctx.design.getState().design));
    const reopened = parseDesignText(text);
    expect(reopened.ok && reopened.value).toEqual(ctx.design.getState().design);
  });

  it('new replaces the document with an empty one (clean, empty history)', async () => {
    const ctx = testContext(pipeline());
    await createDefaultRegistry().run('file.new', ctx);
    const design = ctx.design.getState().design;
    expect(design.nodes).toEqual([]);
    expect(design.name).toBe('Untitled design');
    expect(ctx.platform.confirmations).toBe(0);
  });
});
