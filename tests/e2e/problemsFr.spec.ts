import { fraudDesign } from './domain';
import { dropService, openDesign } from './helpers';
import { expect, test } from './fixtures';

test('in French the Problems tab speaks French: missing prices, quotas, unreached nodes', async ({ app }) => {
  // The fraud pipeline in Paris has SageMaker lines without a bundled price.
  await openDesign(app, { ...fraudDesign(), region: 'eu-west-3' }, 'fraud-paris.nuage.json');
  await app.getByTestId('tab-problems').click();
  const notebook = app.locator('[data-testid="problem"][data-node="Notebook"]').first();
  await expect(notebook).toContainText('is not counted in the total');

  await app.getByTestId('language-select').selectOption('fr');
  await expect(notebook).toContainText('Aucun prix pour sagemaker.');
  await expect(notebook).toContainText('« Data science notebook » n’est pas compté dans le total');
  await expect(notebook).not.toContainText('is not counted');
  await expect(
    app.locator('[data-testid="problem"][data-code="missing_price"]', { hasText: 'No price' }),
  ).toHaveCount(0);

  // A peak over the API Gateway quota: the warning reads in French, with French thousands.
  await app.getByTestId('tab-cost').click();
  const peak = app.getByTestId('load-TransactionsApi-peakPerSecond');
  await peak.fill('15000');
  await peak.press('Enter');
  await app.getByTestId('tab-problems').click();
  const api = app.locator('[data-testid="problem"][data-code="quota"][data-node="TransactionsApi"]');
  await expect(api).toContainText(
    'Transactions API : Le pic de 15\u202f000 requêtes/s dépasse le quota par défaut',
  );
  // The canvas marks the node (amber: a warning), its tooltip in French; unpriced nodes are
  // not marked (their cost badge says so).
  await expect(app.getByTestId('node-status-TransactionsApi')).toHaveAttribute('data-severity', 'warning');
  await expect(app.getByTestId('node-status-TransactionsApi')).toHaveAttribute(
    'title',
    /15\u202f000 requêtes\/s/,
  );
  await expect(app.getByTestId('node-status-Notebook')).toHaveCount(0);
  await app.screenshot({ path: 'tests/screenshots/node-status.png' });
  const lambda = app.locator('[data-testid="problem"][data-code="quota"][data-node="ScoringFunction"]');
  await expect(lambda).toContainText(
    'La concurrence de pointe estimée (1\u202f800) dépasse le quota par défaut du compte',
  );

  // A queue nothing reaches.
  await dropService(app, 'sqs', { x: 120, y: 520 });
  await expect(app.locator('[data-testid="problem"][data-code="no_load"]').first()).toContainText(
    'Aucune charge n’atteint',
  );

  // Back in English, the same problems read as before.
  await app.getByTestId('language-select').selectOption('en');
  await expect(api).toContainText('Peak 15,000 requests/s exceeds the default quota of 10,000 requests/s');
});

test('in French the export dialog lists the template problems in French', async ({ app }) => {
  await app.getByTestId('language-select').selectOption('fr');
  await app.getByTestId('cmd-export.menu').click();
  await app.getByTestId('export-menu-file.exportCloudFormationYaml').click();
  const problems = app.getByTestId('export-problem');
  await expect(problems.first()).toBeVisible();
  // Model Monitor waits for the endpoint's model: it is created under the endpoint's condition.
  await expect(
    problems.filter({
      hasText: 'ModelMonitor dépend d’une ressource créée seulement si FraudModelHasModel est vraie',
    }),
  ).toHaveCount(1);
  await expect(problems.filter({ hasText: 'needs a resource created only when' })).toHaveCount(0);
  await app.getByTestId('export-close').click();
});
