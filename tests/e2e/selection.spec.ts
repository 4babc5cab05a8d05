import { expect, test } from './fixtures';
import { connect, dropService, newDesign } from './helpers';

test('marquee and Ctrl-click select several nodes; a click on the pane clears the selection', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'lambda', { x: 200, y: 150 });
  await dropService(app, 'sns', { x: 200, y: 300 });
  await dropService(app, 'dynamodb', { x: 550, y: 300 });

  const canvas = await app.getByTestId('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  await app.mouse.move(canvas.x + 40, canvas.y + 60);
  await app.mouse.down();
  await app.mouse.move(canvas.x + 250, canvas.y + 200, { steps: 4 });
  await app.mouse.move(canvas.x + 380, canvas.y + 380, { steps: 4 });
  await app.mouse.up();
  await expect(app.getByTestId('multi-inspector')).toContainText('2 items selected');
  await expect(app.locator('.service-node--selected')).toHaveCount(2);

  await app.getByTestId('node-Dynamodb1').click({ modifiers: ['Control'] });
  await expect(app.getByTestId('multi-inspector')).toContainText('3 items selected');

  await app.getByTestId('canvas').click({ position: { x: 700, y: 650 } });
  await expect(app.getByTestId('design-inspector')).toBeVisible();
  await expect(app.locator('.service-node--selected')).toHaveCount(0);
});

test('the connection inspector edits the share of events, refusing values above 1', async ({ app }) => {
  await newDesign(app);
  await dropService(app, 'apiGateway', { x: 150, y: 200 });
  await dropService(app, 'lambda', { x: 550, y: 200 });
  await connect(app, 'ApiGateway1', 'Lambda1');
  const ratio = app.getByTestId('field-ratio');
  await ratio.fill('1.5');
  await ratio.press('Enter');
  await expect(app.getByTestId('field-ratio-error')).toContainText('at most 1');
  await ratio.fill('0.25');
  await ratio.press('Enter');
  await expect(app.getByTestId('field-ratio-error')).toHaveCount(0);
  await expect(app.locator('.react-flow__edge-text')).toHaveText('invoke · 25%');
  // In a text field Ctrl+Z belongs to the field; the toolbar undoes the design.
  await app.getByTestId('cmd-edit.undo').click();
  await expect(app.locator('.react-flow__edge-text')).toHaveText('invoke');
  await expect(ratio).toHaveValue('1');
});
