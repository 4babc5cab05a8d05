import { mkdir } from 'node:fs/promises';
import { catalog, coverage, estimateRegions, fraudDesign, priceBooks, transferMeters } from './domain';
import { expect, test } from './fixtures';

test('compare regions: each bundled region priced with its gaps; Use switches the region, undo brings it back', async ({
  app,
}) => {
  const design = fraudDesign();
  const rows = estimateRegions(design, catalog, priceBooks, { scenarioId: design.activeScenarioId });
  const paris = rows.find((r) => r.region === 'eu-west-3')!;
  expect(paris.unpricedLines).toBeGreaterThan(0);
  // The region selector says how much of each bundled book is priced.
  const book = coverage(priceBooks, catalog, Object.values(transferMeters)).find(
    (r) => r.region === 'eu-west-3',
  )!;
  expect(book.priced).toBeLessThan(book.meters);

  await app.getByTestId('tab-cost').click();
  await expect(app.getByTestId('cost-region').locator('option[value="eu-west-3"]')).toHaveText(
    `eu-west-3 (${book.priced} of ${book.meters} prices)`,
  );
  const section = app.getByTestId('region-compare');
  await section.locator('summary').click();
  for (const row of rows) {
    const tr = app.getByTestId(`region-row-${row.region}`);
    await expect(tr).toHaveAttribute('data-usd', String(row.totalMonthlyUsd));
    await expect(tr).toHaveAttribute('data-unpriced', String(row.unpricedLines));
    await expect(tr).toContainText(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(row.totalMonthlyUsd),
    );
  }
  await expect(app.getByTestId('region-row-us-east-1')).toContainText('current');
  await expect(app.getByTestId('region-row-eu-west-3')).toContainText(
    `⚠ ${paris.unpricedLines} of ${paris.lines} lines`,
  );
  await section.scrollIntoViewIfNeeded();
  await mkdir('tests/screenshots', { recursive: true });
  await section.screenshot({ path: 'tests/screenshots/region-compare.png' });

  await app.getByTestId('region-use-eu-west-3').click();
  await expect(app.getByTestId('cost-region')).toHaveValue('eu-west-3');
  await expect(app.getByTestId('cost-total')).toHaveAttribute('data-usd', String(paris.totalMonthlyUsd));
  await expect(app.getByTestId('region-row-eu-west-3')).toContainText('current');
  await expect(app.getByTestId('dirty-mark')).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(app.getByTestId('cost-region')).toHaveValue('us-east-1');

  await app.getByTestId('language-select').selectOption('fr');
  await expect(section.locator('summary')).toHaveText('Comparer les régions');
  await expect(app.getByTestId('region-row-eu-west-3')).toContainText(`lignes sur ${paris.lines}`);
});
