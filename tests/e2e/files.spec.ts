import { expect, test } from './fixtures';
import { saveAndRead } from './helpers';

test('save then open restores the identical design', async ({ app }) => {
  const saved = await saveAndRead(app);
  const design = saved.json as { name: string; nodes: { id: string }[] };
  expect(design.nodes.length).toBeGreaterThan(5);
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);

  // Change the document, then open the saved file over it (the discard prompt is accepted).
  await app.getByTestId(`node-${design.nodes[0]!.id}`).click();
  await app.keyboard.press('Delete');
  await expect(app.getByTestId('dirty-mark')).toBeVisible();
  await expect(app).toHaveTitle(`• ${design.name} — Nuage`);
  await app.getByTestId('open-file-input').setInputFiles(saved.path);
  await expect(app.getByTestId('status-nodes')).toHaveText(`${design.nodes.length} services`);
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);
  await expect(app).toHaveTitle(`${design.name} — Nuage`);

  const again = await saveAndRead(app);
  expect(again.json).toEqual(saved.json);
  expect(again.text).toBe(saved.text);
});

test('a corrupt file shows every issue with its path and keeps the current design', async ({ app }) => {
  const before = await saveAndRead(app);
  const broken = structuredClone(before.json) as { region: string; nodes: { id: string }[] };
  broken.region = 'mars-north-1x';
  broken.nodes[1]!.id = '9-not-an-id';
  await app.getByTestId('open-file-input').setInputFiles({
    name: 'broken.nuage.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const dialog = app.getByTestId('open-error');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken.nuage.json');
  await expect(dialog.getByTestId('open-error-issue').filter({ hasText: 'region' })).toHaveCount(1);
  await expect(dialog.getByTestId('open-error-issue').filter({ hasText: 'nodes[1].id' })).toHaveCount(1);
  await dialog.getByTestId('open-error-close').click();
  await expect(dialog).toHaveCount(0);

  await app.getByTestId('open-file-input').setInputFiles({
    name: 'garbage.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "schemaVersion": 1, '),
  });
  await expect(dialog).toContainText('Not valid JSON');
  await dialog.getByTestId('open-error-close').click();

  const after = await saveAndRead(app);
  expect(after.text).toBe(before.text);
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);
});
