/**
 * The shipped CLI end to end: bundle it as `npm run build:cli` does, write the fraud
 * template to a temp file, and run `bin/nuage.mjs` in a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import { serializeDesign } from '../../../shared/model/parse';
import { estimateDesign, roundCents } from '../../../shared/pricing';

const root = new URL('../../../', import.meta.url).pathname;
const fraud = templates.find((t) => t.id === 'fraudDetection')!.design;
let dir = '';
const nuage = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/nuage.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.cli.config.ts',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  dir = mkdtempSync(join(tmpdir(), 'nuage-cli-'));
  writeFileSync(join(dir, 'fraud.nuage.json'), serializeDesign(fraud));
  writeFileSync(join(dir, 'bad.nuage.json'), JSON.stringify({ ...fraud, region: 'Paris' }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('built nuage CLI', () => {
  it('estimates the fraud template as JSON, matching the engine in-process', () => {
    const run = nuage('estimate', 'fraud.nuage.json', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    const report = estimateDesign(fraud, catalog, priceBooks);
    expect(json).toMatchObject({ region: 'us-east-1', scenario: 'Normal month', currency: 'USD' });
    expect(json.totalMonthlyUsd).toBe(roundCents(report.totalMonthlyUsd));
    expect(json.nodes.map((n: { id: string }) => n.id)).toEqual(report.nodes.map((n) => n.id));
    expect(Object.keys(json.nodes[0].lines[0]).sort()).toEqual([
      'meter',
      'monthlyUsd',
      'quantity',
      'unit',
      'unitPriceUsd',
    ]);
  });

  it('prints a table for another scenario', () => {
    const run = nuage('estimate', 'fraud.nuage.json', '--scenario', 'peak');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Scenario "Black Friday peak" in us-east-1');
    expect(run.stdout).toMatch(/^Total\s+\$[\d,]+\.\d\d$/m);
  });

  it('exits 1 naming the file and JSON path of a bad design, 2 on an unknown command', () => {
    const bad = nuage('estimate', 'bad.nuage.json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad.nuage.json at region: must be an AWS region code');
    const unknown = nuage('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Usage: nuage <command>');
  });
});
