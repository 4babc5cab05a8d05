import { copyFile, mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('screenshot of the app with the fraud-detection pipeline', async ({ app }) => {
  await expect(app.getByTestId('document-title')).toContainText(/fraud/i);
  // Every service node shows its AWS icon (not the fallback glyph).
  const nodes = app.locator('.service-node');
  expect(await nodes.count()).toBeGreaterThan(5);
  await expect(app.locator('.service-node .aws-icon--fallback')).toHaveCount(0);
  await expect(app.locator('.service-node img.aws-icon')).toHaveCount(await nodes.count());
  await app.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('img.aws-icon')].every(
      (img) => img.complete && img.naturalWidth > 0,
    ),
  );
  await app.getByTestId('node-ScoringFunction').click();
  await expect(app.getByTestId('node-inspector')).toBeVisible();
  await mkdir('tests/screenshots', { recursive: true });
  await app.screenshot({ path: 'tests/screenshots/app-fraud.png' });
  await mkdir('docs', { recursive: true });
  await copyFile('tests/screenshots/app-fraud.png', 'docs/screenshot.png');
});
