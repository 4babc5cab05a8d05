import { expect, test } from './fixtures';
import { fraudDesign } from './domain';
import { dropService, newDesign, openDesign } from './helpers';

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

test('a retired service is marked in the palette, listed last, and an error once placed', async ({ app }) => {
  await newDesign(app);
  const iot = app.getByTestId('palette-category-iot');
  const items = iot.locator('[data-testid^="palette-item-"]');
  // Retired services sort after the others of their category.
  await expect(items.last()).toHaveAttribute('data-testid', 'palette-item-iotAnalytics');
  const retired = app.getByTestId('palette-item-iotAnalytics');
  await expect(retired.getByTestId('palette-retired')).toHaveText('Retired');
  await expect(retired).toHaveAttribute('title', /AWS retired this service on 2025-12-15/);
  await expect(app.getByTestId('palette-item-iotCore').getByTestId('palette-retired')).toHaveCount(0);
  // Search still finds it (existing designs and templates use it).
  await app.getByTestId('palette-search').fill('télémétrie');
  await expect(retired).toBeVisible();
  await app.getByTestId('palette-search').fill('');

  await dropService(app, 'iotAnalytics', { x: 300, y: 200 });
  await expect(app.getByTestId('status-nodes')).toHaveText('1 service');
  const node = app.locator('[data-testid^="node-"]').first();
  // The card carries an error marker whose tooltip is the problem.
  const status = app.locator('[data-testid^="node-status-"]');
  await expect(status).toHaveAttribute('data-severity', 'error');
  await expect(status).toHaveAttribute('title', /which AWS retired on 2025-12-15/);
  await node.click();
  await expect(app.getByTestId('inspector-retired')).toContainText('it can no longer be created');
  await app.getByTestId('tab-problems').click();
  const problem = app.locator('[data-testid="problem"][data-code="service_retired"]');
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(problem).toContainText('which AWS retired on 2025-12-15');
  await app.screenshot({ path: 'tests/screenshots/retired-service.png' });

  await app.getByTestId('language-select').selectOption('fr');
  await expect(problem).toContainText('retiré par AWS le 2025-12-15');
  await expect(retired.getByTestId('palette-retired')).toHaveText('Retiré');
});

test('in a region where AWS does not offer a service, the palette says so and a node of it is an error', async ({
  app,
}) => {
  await expect(app.getByTestId('palette-item-comprehend').getByTestId('palette-not-offered')).toHaveCount(0);
  await openDesign(app, { ...fraudDesign(), region: 'eu-west-3' }, 'fraud-paris.nuage.json');
  const badge = app.getByTestId('palette-item-comprehend').getByTestId('palette-not-offered');
  await expect(badge).toHaveText('Not in eu-west-3');
  await dropService(app, 'comprehend', { x: 700, y: 600 });
  await app.getByTestId('tab-problems').click();
  const problem = app.locator('[data-testid="problem"][data-code="service_not_in_region"]');
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(problem).toContainText('which AWS does not offer in eu-west-3');
  await app.getByTestId('language-select').selectOption('fr');
  await expect(badge).toHaveText('Absent de eu-west-3');
  await expect(problem).toContainText('qu’AWS ne propose pas dans eu-west-3');
});
