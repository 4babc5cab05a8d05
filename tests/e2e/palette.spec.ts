import { expect, test } from './fixtures';

test('palette search matches English names, French names and aliases, accent-insensitively', async ({
  app,
}) => {
  const search = app.getByTestId('palette-search');
  const items = app.locator('[data-testid^="palette-item-"]');
  const total = await items.count();
  expect(total).toBeGreaterThan(5);

  await search.fill('kinesis data');
  await expect(app.getByTestId('palette-item-kinesisStream')).toBeVisible();
  await expect(app.getByTestId('palette-item-lambda')).toHaveCount(0);

  // French name ("Compartiment Amazon S3"), typed without capitals.
  await search.fill('compartiment');
  await expect(app.getByTestId('palette-item-s3')).toBeVisible();
  await expect(app.getByTestId('palette-item-dynamodb')).toHaveCount(0);

  // French name with accents and a typographic apostrophe ("Tâche d’entraînement SageMaker").
  await search.fill("tache d'entrainement");
  await expect(app.getByTestId('palette-item-sagemakerTraining')).toBeVisible();
  await expect(app.getByTestId('palette-item-sagemakerEndpoint')).toHaveCount(0);

  // Alias ("clé-valeur" on DynamoDB), accent- and case-insensitive.
  await search.fill('CLE-VALEUR');
  await expect(app.getByTestId('palette-item-dynamodb')).toBeVisible();
  await expect(app.getByTestId('palette-item-s3')).toHaveCount(0);

  await search.fill('zzz-nothing');
  await expect(app.getByTestId('palette-no-results')).toBeVisible();
  await search.fill('');
  await expect(items).toHaveCount(total);
});

test('categories collapse and the whole UI switches to French', async ({ app }) => {
  const ml = app.getByTestId('palette-category-ml');
  const count = await ml.locator('[data-testid^="palette-item-"]').count();
  expect(count).toBeGreaterThan(1);
  await expect(ml.getByTestId('palette-count')).toHaveText(String(count));
  await ml.getByRole('button').click();
  await expect(ml.locator('[data-testid^="palette-item-"]')).toHaveCount(0);
  await ml.getByRole('button').click();
  await expect(ml.locator('[data-testid^="palette-item-"]')).toHaveCount(count);

  await app.getByTestId('language-select').selectOption('fr');
  await expect(ml.getByRole('button')).toContainText('Apprentissage automatique');
  await expect(app.getByTestId('tab-inspector')).toHaveText('Inspecteur');
  await expect(app.getByTestId('cmd-edit.undo')).toHaveAttribute('aria-label', 'Annuler');
  await expect(app.getByTestId('palette-item-s3')).toContainText('Compartiment Amazon S3');
  await app.reload();
  await expect(app.getByTestId('tab-inspector')).toHaveText('Inspecteur');
});
