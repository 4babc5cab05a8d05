import { expect, test } from './fixtures';
import { dropService, newDesign, saveAndRead } from './helpers';

type Saved = { nodes: { id: string; label: string; config: Record<string, unknown> }[] };

test('inspector edits change the node; invalid values show the message and are not applied', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'lambda', { x: 300, y: 200 });
  await app.getByTestId('node-Lambda1').click();
  const label = app.getByTestId('field-label');
  await label.fill('Score transaction');
  await label.press('Enter');
  await expect(app.getByTestId('node-Lambda1').getByTestId('node-label')).toHaveText('Score transaction');

  const memory = app.getByTestId('field-config-memoryMb');
  await memory.fill('2048');
  await memory.press('Enter');
  await memory.fill('50');
  await expect(app.getByTestId('field-config-memoryMb-error')).toContainText('at least');
  await memory.press('Enter');
  await expect(app.getByTestId('field-config-memoryMb-error')).toBeVisible();

  const saved = (await saveAndRead(app)).json as Saved;
  expect(saved.nodes[0]).toMatchObject({
    id: 'Lambda1',
    label: 'Score transaction',
    config: { memoryMb: 2048 },
  });
});

test('undo and redo restore the exact designs (toolbar and keyboard)', async ({ app }) => {
  const s0 = (await saveAndRead(app)).json as Saved;
  await dropService(app, 'sns', { x: 120, y: 120 });
  await expect(app.getByTestId('node-Sns2').or(app.getByTestId('node-Sns1'))).toHaveCount(1);
  const s1 = (await saveAndRead(app)).json as Saved;
  expect(s1.nodes.length).toBe(s0.nodes.length + 1);
  const first = s0.nodes[0]!;
  await app.getByTestId(`node-${first.id}`).click();
  await app.keyboard.press('Delete');
  const s2 = (await saveAndRead(app)).json as Saved;
  expect(s2.nodes.length).toBe(s0.nodes.length);

  await app.keyboard.press('Control+z');
  expect((await saveAndRead(app)).json).toEqual(s1);
  await app.getByTestId('cmd-edit.undo').click();
  expect((await saveAndRead(app)).json).toEqual(s0);
  await expect(app.getByTestId('cmd-edit.undo')).toBeDisabled();
  await app.keyboard.press('Control+Shift+z');
  expect((await saveAndRead(app)).json).toEqual(s1);
  await app.keyboard.press('Control+y');
  expect((await saveAndRead(app)).json).toEqual(s2);
  await expect(app.getByTestId('cmd-edit.redo')).toBeDisabled();
});

test('a node drag is one undo step; typing in a field does not trigger shortcuts', async ({ app }) => {
  await newDesign(app);
  await dropService(app, 'lambda', { x: 200, y: 200 });
  const before = (await saveAndRead(app)).json as { nodes: { position: { x: number; y: number } }[] };
  const box = await app.getByTestId('node-Lambda1').boundingBox();
  if (!box) throw new Error('no box');
  await app.mouse.move(box.x + 60, box.y + 30);
  await app.mouse.down();
  for (let i = 1; i <= 8; i++) await app.mouse.move(box.x + 60 + i * 20, box.y + 30 + i * 5);
  await app.mouse.up();
  const after = (await saveAndRead(app)).json as typeof before;
  expect(after.nodes[0]!.position.x).toBeGreaterThan(before.nodes[0]!.position.x + 100);
  await app.keyboard.press('Control+z');
  expect((await saveAndRead(app)).json).toEqual(before);

  await app.getByTestId('node-Lambda1').click();
  const label = app.getByTestId('field-label');
  await label.fill('abc');
  await label.press('Backspace');
  await expect(app.getByTestId('node-Lambda1')).toBeVisible();
  await expect(label).toHaveValue('ab');
});
