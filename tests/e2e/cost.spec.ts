import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Design } from '../../shared/model';
import { catalog, estimateDesign, fraudDesign, priceBooks } from './domain';
import { expect, test } from './fixtures';
import { dropService, newDesign, openDesign, saveAndRead } from './helpers';

const expectedTotal = (design: Design): number =>
  estimateDesign(design, catalog, priceBooks, { scenarioId: design.activeScenarioId }).totalMonthlyUsd;

async function openCost(page: Page): Promise<void> {
  await page.getByTestId('tab-cost').click();
  await expect(page.getByTestId('cost-panel')).toBeVisible();
}

test('the fraud pipeline total equals estimateDesign for the active scenario', async ({ app }) => {
  await openCost(app);
  const design = fraudDesign();
  const expected = expectedTotal(design);
  expect(expected).toBeGreaterThan(0);
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(expected));
  await expect(app.getByTestId('cost-total')).toContainText(
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(expected),
  );
  await expect(app.getByTestId('cost-as-of')).toContainText(priceBooks['us-east-1']!.as_of);
  await expect(app.getByTestId('cost-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  // Lines without a price are marked, never shown as $0. Which meters lack a price depends on
  // the bundled book, so the node is found from the shared report rather than named here.
  const report = estimateDesign(design, catalog, priceBooks, { scenarioId: design.activeScenarioId });
  const unpriced = report.nodes.find((n) => n.lines.some((l) => l.missingPrice));
  if (unpriced) {
    const meter = unpriced.lines.find((l) => l.missingPrice)!.meter;
    await expect(app.getByTestId('cost-missing-count')).toBeVisible();
    await app.getByTestId(`cost-node-toggle-${unpriced.id}`).click();
    const line = app.getByTestId(`cost-node-${unpriced.id}`).locator(`[data-meter="${meter}"]`);
    await expect(line).toHaveAttribute('data-missing', 'true');
    await expect(line.getByTestId('cost-line-missing')).toBeVisible();
  } else {
    await expect(app.getByTestId('cost-missing-count')).toHaveCount(0);
  }
  // A priced line shows quantity × listed price per tier, as on the AWS page.
  await app.getByTestId('cost-node-toggle-TransactionsApi').click();
  const apiLine = app.getByTestId('cost-node-TransactionsApi').getByTestId('cost-line').first();
  await expect(apiLine).toContainText('2,000,000 requests');
  await expect(apiLine.getByTestId('cost-line-tier').first()).toContainText('$3.50 per 1M requests');
  // Node badges on the canvas show each node's monthly cost.
  const lake = estimateDesign(design, catalog, priceBooks, {
    scenarioId: design.activeScenarioId,
  }).nodes.find((n) => n.id === 'DataLake')!;
  expect(lake.monthlyUsd).toBeGreaterThan(0);
  expect(lake.monthlyUsd).toBeLessThan(100);
  await expect(app.getByTestId('cost-badge-DataLake')).toHaveAttribute('data-usd', String(lake.monthlyUsd));
  await expect(app.getByTestId('cost-badge-DataLake')).toHaveText(`$${lake.monthlyUsd.toFixed(2)}`);
  await mkdir('tests/screenshots', { recursive: true });
  await app.locator('.sidebar__content').evaluate((element) => element.scrollTo(0, 0));
  await expect(app.getByTestId('cost-total')).toBeInViewport();
  await app.screenshot({ path: 'tests/screenshots/cost-panel.png' });
});

test('editing Lambda memory in the inspector changes the total live', async ({ app }) => {
  const design = fraudDesign();
  const before = expectedTotal(design);
  const lambda = design.nodes.find((n) => n.id === 'ScoringFunction')!;
  lambda.config = { ...lambda.config, memoryMb: 3008 };
  const after = expectedTotal(design);
  expect(after).not.toBe(before);

  await app.getByTestId('node-ScoringFunction').click();
  await app.getByTestId('tab-inspector').click();
  const badge = app.getByTestId('cost-badge-ScoringFunction');
  const badgeBefore = await badge.getAttribute('data-usd');
  const memory = app.getByTestId('field-config-memoryMb');
  await memory.fill('3008');
  await memory.press('Enter');
  await expect(badge).not.toHaveAttribute('data-usd', badgeBefore ?? '');
  await openCost(app);
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(after));
});

test('the free-tier toggle changes the total and is undoable', async ({ app }) => {
  await openCost(app);
  const design = fraudDesign();
  const withFree = expectedTotal(design);
  const scenario = design.scenarios.find((s) => s.id === design.activeScenarioId)!;
  scenario.freeTier = false;
  const withoutFree = expectedTotal(design);
  expect(withoutFree).toBeGreaterThan(withFree);

  await expect(app.getByTestId('cost-free-tier')).toBeChecked();
  await app.getByTestId('cost-free-tier').uncheck();
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(withoutFree));
  await app.getByTestId('cmd-edit.undo').click();
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(withFree));
  await expect(app.getByTestId('cost-free-tier')).toBeChecked();
});

test('a region without prices shows every line as missing, not as $0', async ({ app }) => {
  await openCost(app);
  // The first region offered without a bundled price book.
  const unpriced = await app
    .getByTestId('cost-region')
    .locator('optgroup')
    .nth(1)
    .locator('option')
    .first()
    .getAttribute('value');
  expect(unpriced).toBeTruthy();
  expect(Object.keys(priceBooks)).not.toContain(unpriced);
  await app.getByTestId('cost-region').selectOption(unpriced!);
  await expect(app.getByTestId('cost-as-of')).toContainText(`No price book for ${unpriced}`);
  const design = fraudDesign();
  const lineCount = estimateDesign({ ...design, region: unpriced! }, catalog, priceBooks, {
    scenarioId: design.activeScenarioId,
  }).nodes.reduce((n, node) => n + node.lines.length, 0);
  await expect(app.getByTestId('cost-missing-count')).toContainText(`${lineCount} lines without a price`);
  await app.getByTestId('cost-node-toggle-TransactionsApi').click();
  const line = app.getByTestId('cost-node-TransactionsApi').getByTestId('cost-line').first();
  await expect(line).toHaveAttribute('data-missing', 'true');
  await expect(line.getByTestId('cost-line-amount')).toHaveCount(0);
  await expect(app.getByTestId('cost-badge-TransactionsApi')).toContainText('?');
  await app.getByTestId('cmd-edit.undo').click();
  await expect(app.getByTestId('cost-as-of')).toContainText('us-east-1');
});

test('the load editor changes the entry load (one undo step) and the connections show events', async ({
  app,
}) => {
  await openCost(app);
  const design = fraudDesign();
  const scenario = design.scenarios.find((s) => s.id === design.activeScenarioId)!;
  const entry = scenario.loads[0]!;
  entry.eventsPerMonth *= 10;
  const expected = expectedTotal(design);
  const field = app.getByTestId(`load-${entry.nodeId}-eventsPerMonth`);
  await field.fill(String(entry.eventsPerMonth));
  await field.press('Enter');
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(expected));
  await app.getByTestId('cost-edge-labels').check();
  await expect(app.locator('.react-flow__edge-text').first()).toContainText('/mo');
  await app.getByTestId('cmd-edit.undo').click();
  await expect(app.getByTestId('cost-total')).toHaveAttribute(
    'data-usd',
    String(expectedTotal(fraudDesign())),
  );
});

test('the problems list counts problems and clicking one selects and centers its node', async ({ app }) => {
  // In Paris, where the notebook's instance hours have no bundled price (a problem to list).
  const paris: Design = { ...fraudDesign(), region: 'eu-west-3' };
  expect(priceBooks['eu-west-3']!.missing?.['sagemaker.notebook.ml.t3.medium.hours']).toBeDefined();
  await openDesign(app, paris, 'fraud-paris.nuage.json');
  await app.getByTestId('tab-problems').click();
  await expect(app.getByTestId('tab-problems').locator('.sidebar__badge')).toHaveText(/^\d+$/);
  // Pan away first so centering is observable.
  await app.getByTestId('cmd-view.zoomIn').click();
  const problem = app.locator('[data-testid="problem"][data-node="Notebook"]').first();
  await expect(problem).toContainText('No price');
  await problem.click();
  const node = app.getByTestId('node-Notebook');
  await expect(node).toHaveClass(/service-node--selected/);
  const canvas = (await app.getByTestId('canvas').boundingBox())!;
  await expect
    .poll(async () => {
      const box = await node.boundingBox();
      if (!box) return Infinity;
      return Math.hypot(
        box.x + box.width / 2 - (canvas.x + canvas.width / 2),
        box.y + box.height / 2 - (canvas.y + canvas.height / 2),
      );
    })
    .toBeLessThan(20);
});

test('a new design gets a scenario and an entry load from the cost panel; the total follows', async ({
  app,
}) => {
  await newDesign(app);
  await dropService(app, 'apiGateway', { x: 300, y: 200 });
  await openCost(app);
  await expect(app.getByTestId('cost-free-tier')).toBeDisabled();
  await app.getByTestId('cost-add-scenario').click();
  await expect(app.getByTestId('cost-free-tier')).toBeEnabled();
  const entry = app.getByTestId('load-editor').locator('fieldset').first();
  const id = (await entry.getAttribute('data-testid'))!.replace(/^load-/, '');
  const events = app.getByTestId(`load-${id}-eventsPerMonth`);
  await events.fill('-5');
  await expect(app.getByTestId(`load-${id}-eventsPerMonth-error`)).toBeVisible();
  await events.fill('30000000');
  await events.press('Enter');
  const saved = (await saveAndRead(app)).json as Design;
  expect(saved.scenarios[0]?.loads.find((l) => l.nodeId === id)?.eventsPerMonth).toBe(30_000_000);
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(expectedTotal(saved)));
  expect(expectedTotal(saved)).toBeGreaterThan(0);
});

test('each bundled price says where it comes from, and transcribed prices are marked unverified', async ({
  app,
}) => {
  await openCost(app);
  const design = fraudDesign();
  const book = priceBooks[design.region]!;
  const report = estimateDesign(design, catalog, priceBooks, { scenarioId: design.activeScenarioId });
  let checked = 0;
  for (const kind of ['aws-text', 'transcription'] as const) {
    const node = report.nodes.find((n) =>
      n.lines.some((l) => !l.missingPrice && (book.meters[l.meter]?.verification ?? 'aws-text') === kind),
    );
    if (!node) continue;
    checked++;
    const line = node.lines.find(
      (l) => !l.missingPrice && (book.meters[l.meter]?.verification ?? 'aws-text') === kind,
    )!;
    await app.getByTestId(`cost-node-toggle-${node.id}`).click();
    const source = app
      .getByTestId(`cost-node-${node.id}`)
      .locator(`[data-meter="${line.meter}"]`)
      .getByTestId('cost-line-source');
    await expect(source).toHaveAttribute('data-verification', kind);
    await expect(source).toContainText(book.meters[line.meter]!.as_of);
    if (kind === 'transcription') await expect(source).toContainText('unverified');
    else await expect(source.locator('a')).toHaveAttribute('href', book.meters[line.meter]!.source);
  }
  expect(checked).toBeGreaterThan(0);
});
