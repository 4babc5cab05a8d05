import { expect, test } from './fixtures';
import { connect, dropService, newDesign, saveAndRead } from './helpers';

test('dragging a service from the palette creates a node at the drop point', async ({ app }) => {
  await newDesign(app);
  const canvas = await app.getByTestId('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  await dropService(app, 'lambda', { x: 320, y: 260 });
  const node = app.getByTestId('node-Lambda1');
  await expect(node).toBeVisible();
  await expect(node.getByTestId('node-label')).toHaveText('AWS Lambda function');
  const box = await node.boundingBox();
  if (!box) throw new Error('no node box');
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + 320))).toBeLessThan(3);
  expect(Math.abs(box.y + box.height / 2 - (canvas.y + 260))).toBeLessThan(3);
  // The new node is selected and shown in the inspector with its catalog defaults.
  await expect(app.getByTestId('inspector-node-id')).toContainText('Lambda1');
  await expect(app.getByTestId('field-config-memoryMb')).toHaveValue(/\d+/);
  await dropService(app, 'lambda', { x: 320, y: 420 });
  await expect(app.getByTestId('node-Lambda2')).toBeVisible();
  await expect(app.getByTestId('status-nodes')).toHaveText('2 services');
});

test('connecting compatible services creates an edge; an incompatible pair is refused with the reason', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'apiGateway', { x: 150, y: 150 });
  await dropService(app, 'lambda', { x: 500, y: 150 });
  await connect(app, 'ApiGateway1', 'Lambda1');
  await expect(app.locator('.react-flow__edge')).toHaveCount(1);
  await expect(app.getByTestId('status-connections')).toHaveText('1 connection');
  await expect(app.getByTestId('connection-inspector')).toBeVisible();
  await expect(app.getByTestId('field-kind')).toHaveValue('invoke');
  // The same pair again is refused rather than duplicated.
  await connect(app, 'ApiGateway1', 'Lambda1');
  await expect(app.getByTestId('connection-error')).toContainText('already connected');
  await expect(app.locator('.react-flow__edge')).toHaveCount(1);
  await app.getByTestId('connection-error').getByRole('button').click();

  await dropService(app, 'sns', { x: 150, y: 400 });
  await dropService(app, 'kinesisStream', { x: 500, y: 400 });
  await connect(app, 'Sns1', 'KinesisStream1');
  const error = app.getByTestId('connection-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(
    'Amazon SNS topic cannot send to Amazon Kinesis Data Streams: allowed targets are',
  );
  await expect(app.locator('.react-flow__edge')).toHaveCount(1);
});

test('a group from the palette is a container: a node dropped inside belongs to it', async ({ app }) => {
  await newDesign(app);
  await dropService(app, 'vpc', { x: 80, y: 80 });
  const group = app.locator('[data-testid^="group-"]').first();
  await expect(group).toBeVisible();
  await dropService(app, 'lambda', { x: 260, y: 220 });
  const node = app.getByTestId('node-Lambda1');
  await expect(node).toBeVisible();
  // Inside the group in React Flow's tree: the node wrapper is positioned relative to its parent.
  const groupBox = await group.boundingBox();
  const nodeBox = await node.boundingBox();
  if (!groupBox || !nodeBox) throw new Error('boxes');
  expect(nodeBox.x).toBeGreaterThan(groupBox.x);
  expect(nodeBox.y).toBeGreaterThan(groupBox.y);
  await dropService(app, 'lambda', { x: 760, y: 620 });
  const saved = (await saveAndRead(app)).json as {
    groups: { id: string; kind: string }[];
    nodes: { id: string; group?: string }[];
  };
  expect(saved.groups).toHaveLength(1);
  expect(saved.groups[0]?.kind).toBe('vpc');
  expect(saved.nodes.find((n) => n.id === 'Lambda1')?.group).toBe(saved.groups[0]?.id);
  expect(saved.nodes.find((n) => n.id === 'Lambda2')?.group).toBeUndefined();
});

test('a group is resized with its handles (one undo step) and a marquee can start inside it', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'vpc', { x: 60, y: 60 });
  await dropService(app, 'lambda', { x: 200, y: 160 });
  const group = app.locator('[data-testid^="group-"]').first();
  const before = (await saveAndRead(app)).json as { groups: { size: { width: number; height: number } }[] };

  // Marquee from inside the group body around the node.
  const box = await app.getByTestId('node-Lambda1').boundingBox();
  if (!box) throw new Error('no node');
  await app.mouse.move(box.x - 15, box.y - 10);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width + 15, box.y + box.height + 10, { steps: 5 });
  await app.mouse.up();
  await expect(app.getByTestId('node-Lambda1').locator('xpath=.')).toHaveClass(/service-node--selected/);
  await expect(group).not.toHaveClass(/group-node--selected/);

  await group.locator('.group-node__header').click();
  await expect(app.getByTestId('group-inspector')).toBeVisible();
  const handle = group.locator('.react-flow__resize-control.handle.bottom.right');
  const h = await handle.boundingBox();
  if (!h) throw new Error('no resize handle');
  await app.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await app.mouse.down();
  for (let i = 1; i <= 5; i++) await app.mouse.move(h.x + i * 20, h.y + i * 12);
  await app.mouse.up();
  const after = (await saveAndRead(app)).json as typeof before;
  expect(after.groups[0]!.size.width).toBeGreaterThan(before.groups[0]!.size.width + 50);
  expect(after.groups[0]!.size.height).toBeGreaterThan(before.groups[0]!.size.height + 30);
  await app.getByTestId('cmd-edit.undo').click();
  expect(((await saveAndRead(app)).json as typeof before).groups[0]!.size).toEqual(before.groups[0]!.size);
});
