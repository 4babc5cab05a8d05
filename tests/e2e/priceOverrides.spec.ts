import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Design } from '../../shared/model';
import { catalog, estimateDesign, fraudDesign, priceBooks } from './domain';
import { expect, test } from './fixtures';
import { openDesign, saveAndRead } from './helpers';

const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';
const price = 0.23;
const reportOf = (design: Design) =>
  estimateDesign(design, catalog, priceBooks, { scenarioId: design.activeScenarioId });

/**
 * The fraud pipeline in Paris, where the bundled book has no SageMaker instance-hour price
 * (an unpriced line for the user to fill), opened from a file so nothing is unsaved.
 */
async function openParis(page: Page): Promise<Design> {
  const design: Design = { ...fraudDesign(), region: 'eu-west-3' };
  expect(priceBooks['eu-west-3']!.missing?.[meter]).toBeDefined();
  await openDesign(page, design, 'fraud-paris.nuage.json');
  await page.getByTestId('tab-cost').click();
  await expect(page.getByTestId('cost-region')).toHaveValue('eu-west-3');
  return design;
}

async function openEndpointLine(page: Page) {
  await page.getByTestId('tab-cost').click();
  await expect(page.getByTestId('cost-panel')).toBeVisible();
  await page.getByTestId('cost-node-toggle-FraudModel').click();
  return page.getByTestId('cost-node-FraudModel').locator(`[data-meter="${meter}"]`);
}

test('a price set on the unpriced SageMaker endpoint hours adds exactly quantity × price; undo, save and open', async ({
  app,
}) => {
  const design = await openParis(app);
  const before = reportOf(design);
  const missing = before.nodes.find((n) => n.id === 'FraudModel')!.lines.find((l) => l.meter === meter)!;
  expect(missing.missingPrice).toBe(true);
  const withPrice = reportOf({
    ...design,
    priceOverrides: [{ region: design.region, meter, usd: price, per: 1, note: 'from the AWS page' }],
  });
  // Quantity × price, billed to the cent like every meter, on top of the bundled total.
  const added = Math.round(missing.quantity * price * 100) / 100;
  expect(added).toBeGreaterThan(100);
  expect(withPrice.totalMonthlyUsd).toBeCloseTo(before.totalMonthlyUsd + added, 6);

  const total = app.getByTestId('cost-total');
  const line = await openEndpointLine(app);
  await expect(total).toHaveAttribute('data-usd', String(before.totalMonthlyUsd));
  await expect(line).toHaveAttribute('data-missing', 'true');
  // Why the book has no price: its recorded reason, folded until asked for.
  const why = line.getByTestId('cost-line-why');
  await expect(why.locator('p')).toBeHidden();
  await why.locator('summary').click();
  await expect(why.locator('p')).toHaveText(priceBooks['eu-west-3']!.missing![meter]!);
  await line.screenshot({ path: 'tests/screenshots/missing-price-why.png' });
  await why.locator('summary').click();

  // Escape cancels without a change.
  await line.getByTestId('set-price').click();
  await expect(line.getByTestId('price-override-usd')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(line.getByTestId('price-override-editor')).toHaveCount(0);
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);

  // Per hour is prefilled; a negative price or a zero quantity is refused with a message.
  await line.getByTestId('set-price').click();
  await expect(line.getByTestId('price-override-per')).toHaveValue('1');
  await line.getByTestId('price-override-usd').fill('-1');
  await expect(line.getByTestId('price-override-usd-error')).toBeVisible();
  await line.getByTestId('price-override-per').fill('0');
  await expect(line.getByTestId('price-override-per-error')).toBeVisible();
  await line.getByTestId('price-override-save').click();
  await expect(line.getByTestId('price-override-editor')).toBeVisible();
  await expect(total).toHaveAttribute('data-usd', String(before.totalMonthlyUsd));

  // Enter saves: one undoable edit.
  await line.getByTestId('price-override-per').fill('1');
  await line.getByTestId('price-override-usd').fill('0.23');
  await line.getByTestId('price-override-note').fill('from the AWS page');
  await mkdir('tests/screenshots', { recursive: true });
  await line.screenshot({ path: 'tests/screenshots/price-override-editor.png' });
  await line.getByTestId('price-override-note').press('Enter');
  await expect(line.getByTestId('price-override-editor')).toHaveCount(0);
  await expect(total).toHaveAttribute('data-usd', String(withPrice.totalMonthlyUsd));
  await expect(line).toHaveAttribute('data-missing', 'false');
  await expect(line).toHaveAttribute('data-user-price', 'true');
  await expect(line.getByTestId('user-price')).toContainText('Your price');
  await expect(line.getByTestId('user-price')).toContainText('from the AWS page');
  await expect(line.getByTestId('cost-line-amount')).toHaveText(
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      withPrice.nodes.find((n) => n.id === 'FraudModel')!.lines.find((l) => l.meter === meter)!.monthlyUsd,
    ),
  );
  await expect(app.getByTestId('dirty-mark')).toBeVisible();
  await line.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'tests/screenshots/price-override.png' });

  await app.getByTestId('cmd-edit.undo').click();
  await expect(total).toHaveAttribute('data-usd', String(before.totalMonthlyUsd));
  await expect(line).toHaveAttribute('data-missing', 'true');
  await app.getByTestId('cmd-edit.redo').click();
  await expect(total).toHaveAttribute('data-usd', String(withPrice.totalMonthlyUsd));

  // Saved with the design; opening the file brings the price back.
  const saved = await saveAndRead(app);
  expect((saved.json as Design).priceOverrides).toEqual([
    { region: 'eu-west-3', meter, usd: price, per: 1, note: 'from the AWS page' },
  ]);
  await line.getByTestId('user-price-remove').click();
  await expect(total).toHaveAttribute('data-usd', String(before.totalMonthlyUsd));
  await expect(line).toHaveAttribute('data-missing', 'true');
  await app.getByTestId('open-file-input').setInputFiles(saved.path);
  await expect(total).toHaveAttribute('data-usd', String(withPrice.totalMonthlyUsd));
  await expect(app.getByTestId('dirty-mark')).toHaveCount(0);
});

test('editing a user price replaces it; the per-million default for requests', async ({ app }) => {
  const design = await openParis(app);
  const line = await openEndpointLine(app);
  await line.getByTestId('set-price').click();
  await line.getByTestId('price-override-usd').fill('0,25');
  await line.getByTestId('price-override-save').click();
  await line.getByTestId('user-price-edit').click();
  await expect(line.getByTestId('price-override-usd')).toHaveValue('0.25');
  await line.getByTestId('price-override-usd').fill('200');
  await line.getByTestId('price-override-per').fill('1000');
  await line.getByTestId('price-override-usd').press('Enter');
  const expected = reportOf({
    ...design,
    priceOverrides: [{ region: design.region, meter, usd: 200, per: 1000 }],
  }).totalMonthlyUsd;
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(expected));
  // A bundled per-million-requests line offers "Use my price…" prefilled with its listed price.
  const requests = priceBooks['eu-west-3']!.meters['lambda.requests']!;
  await app.getByTestId('cost-node-toggle-ScoringFunction').click();
  const api = app.getByTestId('cost-node-ScoringFunction').locator('[data-meter="lambda.requests"]');
  await api.hover();
  await api.getByTestId('override-price').click();
  await expect(api.getByTestId('price-override-per')).toHaveValue(String(requests.per));
  await expect(api.getByTestId('price-override-usd')).toHaveValue(String(requests.tiers[0]!.usd));
  await api.getByTestId('price-override-cancel').click();
  await expect(api.getByTestId('price-override-editor')).toHaveCount(0);
  // In French.
  await line.getByTestId('user-price-remove').click();
  await app.getByTestId('language-select').selectOption('fr');
  await expect(line.getByTestId('set-price')).toHaveText('Saisir un prix…');
  await line.getByTestId('set-price').click();
  await line.getByTestId('price-override-usd').fill('-2');
  await expect(line.getByTestId('price-override-usd-error')).toHaveText('Saisissez un prix ≥ 0 (ex. 0,23)');
  await expect(line.getByTestId('price-override-save')).toHaveText('Enregistrer');
});
