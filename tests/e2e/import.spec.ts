import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';
import type * as CfnModule from '../../shared/cloudformation';
import { catalog } from './domain';
import { expect, test } from './fixtures';

// Loaded through tsx, like the catalog in domain.ts.
const { fromTemplate } = (await tsImport(
  '../../shared/cloudformation/index.ts',
  import.meta.url,
)) as typeof CfnModule;

const S3_LAMBDA = '/work/shared/fixtures/cfn/aws-cloudformation-templates/S3__S3_LambdaTrigger.yaml';

test('importing the public S3 → Lambda trigger template puts its nodes on the canvas', async ({ app }) => {
  const expected = await fromTemplate(await readFile(S3_LAMBDA, 'utf8'), catalog, { region: 'us-east-1' });
  expect(expected.ok).toBe(true);
  if (!expected.ok) return;
  const { design, report } = expected.value;
  expect(design.nodes.length).toBeGreaterThan(0);

  // The toolbar button opens the browser's file chooser.
  const [chooser] = await Promise.all([
    app.waitForEvent('filechooser'),
    app.getByTestId('cmd-file.importCloudFormation').click(),
  ]);
  await chooser.setFiles(S3_LAMBDA);

  await expect(app.getByTestId('import-report')).toBeVisible();
  await expect(app.getByTestId('import-summary')).toContainText(
    `${design.nodes.length} services, ${design.connections.length} connections`,
  );
  await expect(app.getByTestId('import-unsupported')).toHaveCount(report.unsupported.length);
  for (const node of design.nodes) await expect(app.getByTestId(`node-${node.id}`)).toBeVisible();
  await expect(app.getByTestId('status-nodes')).toHaveText(`${design.nodes.length} services`);
  await app.getByTestId('import-report-close').click();
  await expect(app.getByTestId('import-report')).toHaveCount(0);
  // The imported design is priced like any other.
  await app.getByTestId('tab-cost').click();
  await expect(app.getByTestId('cost-total')).toBeVisible();
});

test('a broken template shows each issue and keeps the current design', async ({ app }) => {
  const title = await app.getByTestId('document-title').textContent();
  const nodes = await app.getByTestId('status-nodes').textContent();
  const broken =
    'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n';
  const expected = await fromTemplate(broken, catalog);
  expect(expected.ok).toBe(false);

  await app.getByTestId('import-file-input').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(broken),
  });
  await expect(app.getByTestId('import-error')).toBeVisible();
  await expect(app.getByTestId('import-error')).toContainText('broken.yaml');
  if (!expected.ok) {
    await expect(app.getByTestId('import-error-issue')).toHaveCount(expected.issues.length);
    await expect(app.getByTestId('import-error-issue').first()).toContainText(expected.issues[0]!.message);
  }
  await expect(app.getByTestId('document-title')).toHaveText(title ?? '');
  await expect(app.getByTestId('status-nodes')).toHaveText(nodes ?? '');

  // A template without Resources is refused too, with its location.
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('import-error')).toHaveCount(0);
  await app.getByTestId('import-file-input').setInputFiles({
    name: 'empty.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"Description": "no resources"}'),
  });
  await expect(app.getByTestId('import-error-issue').first()).toBeVisible();
  await expect(app.getByTestId('status-nodes')).toHaveText(nodes ?? '');
});
