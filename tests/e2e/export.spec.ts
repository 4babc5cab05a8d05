import { mkdir, readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';
import type * as CfnModule from '../../shared/cloudformation';
import { catalog, priceBooks, templates, estimateDesign } from './domain';
import { expect, test } from './fixtures';

// Through tsx, like the catalog in domain.ts.
const { toTemplate, toYaml, toJson, parseCfnYaml } = (await tsImport(
  '../../shared/cloudformation/index.ts',
  import.meta.url,
)) as typeof CfnModule;
const fraud = templates.find((t) => /fraud/i.test(t.id))!.design;

test('export dialog: YAML with short-form intrinsics, JSON switch, copy, and a saved file that parses', async ({
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.getByTestId('cmd-export.menu').click();
  await app.getByTestId('export-menu-file.exportCloudFormationYaml').click();
  const dialog = app.getByTestId('export-dialog');
  const preview = app.getByTestId('export-preview');
  await expect(dialog).toBeVisible();
  await expect(preview).toContainText('!Ref');
  await expect(preview).toContainText('!GetAtt');
  await expect(preview.locator('.tok--tag').first()).toBeVisible();
  const expectedYaml = toYaml(toTemplate(fraud, catalog).template);
  await expect(preview).toContainText('AWSTemplateFormatVersion');
  await mkdir('tests/screenshots', { recursive: true });
  await app.screenshot({ path: 'tests/screenshots/export-dialog.png' });

  await app.getByTestId('export-format-json').click();
  await expect(preview).toContainText('"Fn::GetAtt"');
  await expect(preview).not.toContainText('!Ref');
  await app.getByTestId('export-copy').click();
  await expect(app.getByTestId('export-status')).toContainText('Copied');
  const copied = await app.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(toJson(toTemplate(fraud, catalog).template));

  await app.getByTestId('export-format-yaml').click();
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-save').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.yaml$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toBe(expectedYaml);
  const parsed = parseCfnYaml(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok)
    expect(Object.keys((parsed.value as { Resources: object }).Resources)).toContain('ScoringFunction');
  await app.getByTestId('export-close').click();
  await expect(dialog).toHaveCount(0);
});

test('export problems are listed before the template', async ({ app }) => {
  // A design whose node uses a service the catalog does not know: the exporter reports it.
  const design = {
    ...fraud,
    nodes: [
      ...fraud.nodes,
      {
        id: 'Legacy',
        service: 'notAService',
        label: 'Legacy',
        position: { x: 0, y: 0 },
        config: {},
        usage: {},
      },
    ],
  };
  const expected = toTemplate(design, catalog).problems;
  expect(expected.map((p) => p.code)).toContain('unknown_service');
  await app.getByTestId('open-file-input').setInputFiles({
    name: 'legacy.nuage.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(design)),
  });
  await expect(app.getByTestId('node-Legacy')).toBeVisible();
  await app.getByTestId('cmd-export.menu').click();
  await app.getByTestId('export-menu-file.exportCloudFormationYaml').click();
  await expect(app.getByTestId('export-problem')).toHaveCount(expected.length);
  await expect(app.getByTestId('export-problem').first()).toContainText(expected[0]!.message);
  const problemFirst = await app.evaluate(() => {
    const problems = document.querySelector('[data-testid="export-problems"]');
    const preview = document.querySelector('[data-testid="export-preview"]');
    return (
      !!problems &&
      !!preview &&
      !!(problems.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(problemFirst).toBe(true);
});

test('cost CSV and diagram PNG/SVG downloads', async ({ app }) => {
  const csvDownload = app.waitForEvent('download');
  await app.getByTestId('cmd-export.menu').click();
  await app.getByTestId('export-menu-file.exportCostCsv').click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const rows = csv.trim().split('\n');
  expect(rows[0]).toBe(
    'node_id,node_label,service,category,meter,description,quantity,unit,list_price_usd,per,free_quantity,monthly_usd,missing_price',
  );
  const report = estimateDesign(fraud, catalog, priceBooks, { scenarioId: fraud.activeScenarioId });
  expect(rows.at(-1)).toBe(`TOTAL,,,,,,,,,,,${report.totalMonthlyUsd},`);
  expect(rows).toContain(
    rows.find((r) => r.startsWith('TransactionsApi,') && r.includes('apigateway.rest.requests')),
  );
  const api = rows.find((r) => r.startsWith('TransactionsApi,'))!.split(',');
  expect(api.slice(6, 8)).toEqual(['2000000', 'requests']);

  // Icons load lazily: export once every node shows its AWS icon.
  await expect(app.locator('.service-node .aws-icon--fallback')).toHaveCount(0);
  await app.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('img.aws-icon')].every(
      (img) => img.complete && img.naturalWidth > 0,
    ),
  );
  for (const format of ['png', 'svg'] as const) {
    const download = app.waitForEvent('download');
    await app.getByTestId('cmd-export.menu').click();
    await app.getByTestId(`export-menu-file.export${format === 'png' ? 'Png' : 'Svg'}`).click();
    const file = await readFile(await (await download).path());
    if (format === 'png')
      expect([...file.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    else expect(file.toString('utf8')).toMatch(/^<svg[\s\S]*ScoringFunction|^<svg[\s\S]*Score transaction/);
    expect(file.length).toBeGreaterThan(10_000);
  }
});
