import { expect, test } from './fixtures';
import { connect, dropService, newDesign, saveAndRead } from './helpers';

type Saved = {
  nodes: { id: string; position: { x: number; y: number } }[];
  connections: { source: string; target: string }[];
};

test('keyboard copy/paste duplicates nodes with their connection; select all + Delete empties the canvas', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'apiGateway', { x: 150, y: 150 });
  await dropService(app, 'lambda', { x: 450, y: 150 });
  await connect(app, 'ApiGateway1', 'Lambda1');
  await expect(app.getByTestId('status-connections')).toHaveText('1 connection');
  const before = (await saveAndRead(app)).json as Saved;
  expect(before.nodes).toHaveLength(2);

  await app.getByTestId('canvas').click({ position: { x: 700, y: 600 } });
  await app.keyboard.press('Control+a');
  await app.keyboard.press('Control+c');
  await app.keyboard.press('Control+v');
  await expect(app.getByTestId('status-nodes')).toHaveText('4 services');
  const after = (await saveAndRead(app)).json as Saved;
  const ids = after.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(4);
  expect(ids).toEqual(['ApiGateway1', 'Lambda1', 'ApiGateway2', 'Lambda2']);
  expect(after.connections.map((c) => `${c.source}>${c.target}`)).toEqual([
    'ApiGateway1>Lambda1',
    'ApiGateway2>Lambda2',
  ]);
  expect(after.nodes[2]!.position).toEqual({
    x: before.nodes[0]!.position.x + 40,
    y: before.nodes[0]!.position.y + 40,
  });

  await app.keyboard.press('Control+a');
  await app.keyboard.press('Delete');
  await expect(app.getByTestId('status-nodes')).toHaveText('0 services');
  await app.keyboard.press('Control+z');
  await expect(app.getByTestId('status-nodes')).toHaveText('4 services');
});

test('the context menu runs the same commands', async ({ app }) => {
  await newDesign(app);
  await dropService(app, 'lambda', { x: 300, y: 200 });
  await app.getByTestId('node-Lambda1').click({ button: 'right' });
  const menu = app.getByTestId('context-menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /Copy/ }).click();
  await app.getByTestId('canvas').click({ button: 'right', position: { x: 600, y: 500 } });
  await menu.getByRole('menuitem', { name: /Paste/ }).click();
  await expect(app.getByTestId('node-Lambda2')).toBeVisible();
  await app.getByTestId('node-Lambda2').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /Delete/ }).click();
  await expect(app.getByTestId('node-Lambda2')).toHaveCount(0);
  await expect(app.getByTestId('status-nodes')).toHaveText('1 service');
});
